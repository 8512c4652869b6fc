// Every figure of a rulebook under its file key: read for export and comparison, written when a
// rulebook file is loaded. One table of keys, so the file format and the listings cannot drift.

extension Rulebook {
    /// Every figure under its key, in listing order, as a rulebook file writes it.
    var fileFigures: [(key: RulebookFigureKey, figure: RulebookFileFigure)] {
        var out: [(key: RulebookFigureKey, figure: RulebookFileFigure)] = []
        func row(_ key: (SizeClass) -> RulebookFigureKey, _ table: SizeTable<Figure<Euros>>) {
            for size in SizeClass.allCases { out.append((key(size), RulebookFileFigure(table[size], value: FileValue.amount))) }
        }
        out.append((.sizeBoundaries, RulebookFileFigure(sizeBoundaries, value: FileValue.boundaries)))
        row(RulebookFigureKey.fonctionnement, fonctionnement)
        if let startUp = startUpFonctionnement { row(RulebookFigureKey.startUpFonctionnement, startUp) }
        if let windowEnd = startUpWindowEnd { out.append((.startUpWindowEnd, RulebookFileFigure(windowEnd, value: FileValue.date))) }
        for mission in missions {
            let kind = mission.kind
            if let start = mission.startDeadlineMonths {
                out.append((.startDeadline(kind), RulebookFileFigure(start, value: FileValue.integer)))
            }
            if let deployment = mission.deploymentDeadlineMonths {
                out.append((.deploymentDeadline(kind), RulebookFileFigure(deployment, value: FileValue.integer)))
            }
            row({ .missionFixed(kind, $0) }, mission.fixed)
            if let variable = mission.variable { row({ .missionVariable(kind, $0) }, variable) }
            if let activated = mission.activated { row({ .missionActivated(kind, $0) }, activated) }
        }
        row(RulebookFigureKey.yearlyMaximum, yearlyMaximum)
        out.append((.advanceShare, RulebookFileFigure(advanceRate, value: FileValue.fraction)))
        out.append((.prorationBasis, RulebookFileFigure(prorationBasis) { .string($0.rawValue) }))
        out.append((.prorateVariableEnvelope, RulebookFileFigure(prorateVariableEnvelope) { .bool($0) }))
        out.append((.rounding, RulebookFileFigure(rounding) { .string($0.rawValue) }))
        return out
    }

    /// Sets the figure of `key` from a file entry, creating the mission it belongs to if needed.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - entry: The entry.
    ///   - path: The entry's path, `figures.<key>`.
    ///   - newMissionsBy: The id to record as the introducer of a mission this creates.
    mutating func setFigure(_ key: RulebookFigureKey, _ entry: RulebookFileFigure, path: String,
                            newMissionsBy introducer: String) throws(CPTSKitError) {
        switch key {
        case .fonctionnement(let size): fonctionnement[size] = try entry.figure(path, byYear: true, JSONField.amount)
        case .startUpFonctionnement(let size):
            var table = startUpFonctionnement ?? Self.unknownRow
            table[size] = try entry.figure(path, JSONField.amount)
            startUpFonctionnement = table
        case .startUpWindowEnd: startUpWindowEnd = try entry.figure(path, JSONField.date)
        case .yearlyMaximum(let size): yearlyMaximum[size] = try entry.figure(path, byYear: true, JSONField.amount)
        case .sizeBoundaries: sizeBoundaries = try entry.figure(path, FileValue.readBoundaries)
        case .advanceShare: advanceRate = try entry.figure(path, FileValue.readShare)
        case .rounding:
            rounding = try entry.figure(path) { (value, path) throws(CPTSKitError) in try FileValue.choice(value, path, RoundingRule.self) }
        case .prorationBasis:
            prorationBasis = try entry.figure(path) { (value, path) throws(CPTSKitError) in
                try FileValue.choice(value, path, ProrationBasis.self)
            }
        case .prorateVariableEnvelope: prorateVariableEnvelope = try entry.figure(path, JSONField.bool)
        case .missionFixed(let kind, let size), .missionVariable(let kind, let size), .missionActivated(let kind, let size):
            let index = try missionPosition(kind, path: path, introducer: introducer)
            let figure = try entry.figure(path, byYear: true, JSONField.amount)
            switch key {
            case .missionFixed: missions[index].fixed[size] = figure
            case .missionVariable:
                guard missions[index].variable != nil else {
                    throw CPTSKitError(.unknownField, path: path,
                                       message: kind == .crisisResponse
                                           ? BilingualText(fr: "la mission de crise n'a pas d'enveloppe variable ; son montant en cas de crise est mission.crises_sanitaires.activated", en: "the crisis mission has no variable envelope; its amount in a crisis is mission.crises_sanitaires.activated")
                                           : Self.undeclaredPart(kind, "variable", missions[index]),
                                       value: key.description)
                }
                missions[index].variable = missions[index].variable ?? Self.unknownRow
                missions[index].variable?[size] = figure
            default:
                guard missions[index].activated != nil else {
                    throw CPTSKitError(.unknownField, path: path,
                                       message: kind.isACIMission
                                           ? BilingualText(fr: "seule la mission de crise (crises_sanitaires) a un montant d'activation", en: "only the crisis mission (crises_sanitaires) has an activation amount")
                                           : Self.undeclaredPart(kind, "activation", missions[index]),
                                       value: key.description)
                }
                missions[index].activated = missions[index].activated ?? Self.unknownRow
                missions[index].activated?[size] = figure
            }
        case .startDeadline(let kind), .deploymentDeadline(let kind):
            let index = try missionPosition(kind, path: path, introducer: introducer)
            let figure = try entry.figure(path, FileValue.readMonths)
            if case .startDeadline = key {
                missions[index].startDeadlineMonths = figure
            } else {
                missions[index].deploymentDeadlineMonths = figure
            }
        }
    }

    /// What a file is told when it gives a figure for a part its mission does not declare.
    private static func undeclaredPart(_ kind: MissionKind, _ part: String, _ rule: MissionRule) -> BilingualText {
        let parts = (rule.kind.declaration?.parts ?? [.fixed]).fileDescription
        return BilingualText(fr: "la mission \(kind.key) ne déclare pas la part \(part) (ses parts : \(parts))",
                             en: "the \(kind.key) mission does not declare the \(part) part (its parts: \(parts))")
    }

    /// The position of a mission's rule, appended in the agreement's order when the rulebook lacks it.
    private mutating func missionPosition(_ kind: MissionKind, path: String, introducer: String) throws(CPTSKitError) -> Int {
        if let index = missionIndex(kind) { return index }
        // A mission the ACI does not have is one the file or the rulebook it extends declares.
        guard kind.isACIMission, let declaration = kind.declaration else {
            var known = MissionKind.allCases
            for rule in missions where !known.contains(rule.kind) { known.append(rule.kind) }
            let list = known.sorted().map(\.key).joined(separator: ", ")
            throw CPTSKitError(.unknownMission, path: path,
                               message: BilingualText(fr: "mission inconnue ; missions connues : \(list)", en: "unknown mission; known missions: \(list)"),
                               value: kind.key)
        }
        let rule = MissionRule(kind: kind, introducedBy: introducer, startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                               fixed: Self.unknownRow, variable: declaration.parts.contains(.variable) ? Self.unknownRow : nil,
                               activated: declaration.parts.contains(.activation) ? Self.unknownRow : nil)
        let position = missions.firstIndex { $0.kind.ordinal > kind.ordinal } ?? missions.count
        missions.insert(rule, at: position)
        return position
    }

    /// Four unknown amounts: a row a file has not given yet.
    static var unknownRow: SizeTable<Figure<Euros>> {
        let unknown = Figure<Euros>(value: nil, source: SourceReference("—"), confidence: .notFound, section: "", note: nil)
        return SizeTable(unknown, unknown, unknown, unknown)
    }
}

/// Conversions between figure values and their file form.
enum FileValue {
    static func amount(_ value: Euros) -> JSONValue { .string(value.plainDescription) }
    static func date(_ value: CalendarDate) -> JSONValue { .string(value.description) }
    static func integer(_ value: Int) -> JSONValue { .number(String(value)) }
    static func fraction(_ value: Fraction) -> JSONValue { .string(value.decimalDescription) }

    static func boundaries(_ value: SizeBoundaries) -> JSONValue {
        .array(value.boundaries.map { .object([("population", .number(String($0.value))), ("side", .string($0.side.rawValue))]) })
    }

    /// Three thresholds `{"population": 40000, "side": "upper"}`, positive and increasing.
    static func readBoundaries(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> SizeBoundaries {
        let items = try JSONField.array(value, path)
        guard items.count == 3 else {
            throw CPTSKitError(.invalidRulebook, path: path, message: BilingualText(fr: "attendu trois seuils : T1|T2, T2|T3, T3|T4", en: "expected three thresholds: T1|T2, T2|T3, T3|T4"),
                               value: "\(items.count) items")
        }
        var bounds: [SizeBoundaries.Boundary] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            var object = try JSONObjectReader(item, path: itemPath)
            let population = try JSONField.integer(try object.required("population"), "\(itemPath).population")
            let side = try choice(try object.required("side"), "\(itemPath).side", SizeBoundaries.Side.self)
            try object.finish(known: ["population", "side"])
            guard population > 0 else {
                throw CPTSKitError(.invalidRulebook, path: "\(itemPath).population", message: BilingualText(fr: "un seuil doit être positif", en: "a threshold must be positive"),
                                   value: "\(population)")
            }
            if let previous = bounds.last, population <= previous.value {
                throw CPTSKitError(.invalidRulebook, path: "\(itemPath).population",
                                   message: BilingualText(fr: "les seuils doivent croître : celui-ci n'est pas au-dessus du précédent (\(previous.value))", en: "thresholds must increase: this one is not above the previous (\(previous.value))"),
                                   value: "\(population)")
            }
            bounds.append(SizeBoundaries.Boundary(population, side: side))
        }
        return SizeBoundaries(t1t2: bounds[0], t2t3: bounds[1], t3t4: bounds[2])
    }

    /// A deadline in months, at least one.
    static func readMonths(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Int {
        let months = try JSONField.integer(value, path)
        guard months > 0, months <= 600 else {
            throw CPTSKitError(.invalidRulebook, path: path, message: BilingualText(fr: "une échéance est un nombre positif de mois (1 à 600)", en: "a deadline is a positive number of months (1 to 600)"),
                               value: "\(months)")
        }
        return months
    }

    /// The advance share: a decimal above zero and at most one.
    static func readShare(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Fraction {
        let share = try JSONField.exact(value, path)
        guard share > .zero, share <= .one else {
            throw CPTSKitError(.invalidRulebook, path: path, message: BilingualText(fr: "la part d'avance est au-dessus de 0 et au plus 1 (0.75 pour 75 %)", en: "the advance share is above 0 and at most 1 (0.75 for 75 %)"),
                               value: share.decimalDescription)
        }
        return share
    }

    /// One of the raw values of an enumeration.
    static func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue, _ path: String, _ type: T.Type)
        throws(CPTSKitError) -> T where T.RawValue == String
    {
        let text = try JSONField.string(value, path)
        guard let parsed = T(rawValue: text) else {
            throw CPTSKitError(.wrongType, path: path,
                               message: BilingualText(fr: "attendu : \(T.allCases.map(\.rawValue).joined(separator: ", "))", en: "expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))"), value: text)
        }
        return parsed
    }
}
