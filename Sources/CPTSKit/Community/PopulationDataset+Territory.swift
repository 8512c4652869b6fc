extension PopulationDataset {
    /// Reads a CPTS's territory — its communes and EPCIs — in the geography of a millésime.
    ///
    /// A listed code is read as the commune it names today:
    /// - a commune of the millésime counts as itself, plus the communes it took in after the
    ///   millésime's geography (``TerritoryNote/Kind/absorbed``, warned);
    /// - Paris, Lyon and Marseille (75056, 69123, 13055) count as their arrondissements;
    /// - an old code, merged before the millésime's geography, counts as the commune it merged
    ///   into, with a warning naming the merge and its date;
    /// - a newer code counts as the communes it was made of (``TerritoryNote/Kind/created``), or,
    ///   for a restored commune, as the whole commune it was part of (``TerritoryNote/Kind/restored``);
    /// - a code of a département the dataset does not hold is not counted and is noted.
    ///
    /// An EPCI counts as its member communes in the geography of the dataset's latest millésime
    /// (the DGCL composition of 2025 for the national data), read in the millésime's geography
    /// the same way. Each commune counts once.
    ///
    /// - Parameters:
    ///   - cpts: The community.
    ///   - millesime: The census reference year.
    /// - Returns: The communes to count and how the codes were read.
    /// - Throws: ``CPTSKitError``: `unknownCommune` (path `cpts.communes[i]`) for a code of a held
    ///   département that no commune has or had, `unknownEPCI` (path `cpts.epcis[i]`) for an EPCI
    ///   the dataset does not hold, `invalidArgument` for a millésime it does not hold.
    public func territory(of cpts: CPTS, millesime: Int) throws(CPTSKitError) -> ResolvedTerritory {
        let reader = try read(cpts, millesime: millesime)
        return ResolvedTerritory(millesime: millesime, communes: reader.positions.map { communes[$0].code },
                                 outside: reader.outside, notes: reader.notes)
    }

    /// Reads a CPTS's codes and EPCIs: the positions of the communes to count, and the notes.
    func read(_ cpts: CPTS, millesime: Int) throws(CPTSKitError) -> TerritoryReader {
        guard let column = indexes.column(of: millesime) else {
            try requireMillesime(millesime, path: "millesime")
            return TerritoryReader(dataset: self, millesime: millesime, column: 0, listed: [])
        }
        var reader = TerritoryReader(dataset: self, millesime: millesime, column: column, listed: cpts.communes)
        let indexes = indexes
        let geography = Self.geographyDate(ofMillesime: millesime).dayNumber
        for (index, code) in cpts.communes.enumerated() {
            // The common case, inline: a commune of the millésime that took in no other since.
            if let position = indexes.position(of: code), indexes.exists(position, column: column),
               !indexes.isChangedInto(code, after: geography)
            {
                reader.count(position)
                continue
            }
            try reader.read(code, path: "cpts.communes[\(index)]", until: nil)
        }
        let epciDate = millesimes.last.map(Self.geographyDate(ofMillesime:))
        for (index, siren) in cpts.epcis.enumerated() {
            let path = "cpts.epcis[\(index)]"
            let members = indexes.epciMembers[siren] ?? []
            guard let first = members.first, let epci = communes[first].epci else {
                throw CPTSKitError(.unknownEPCI, path: path, message: BilingualText(fr: "aucun EPCI des données \(name) n'a ce SIREN", en: "no EPCI of the \(name) dataset has this SIREN"), value: siren)
            }
            let before = reader.positions.count
            for member in members { try reader.read(communes[member].code, path: path, until: epciDate, quiet: true) }
            let counted = reader.positions[before...].map { communes[$0].code }
            reader.note(.epci, path: path, code: siren, counted: counted, date: nil,
                        BilingualText(
                            fr: "EPCI \(siren) (\(epci.name)) : ses \(members.count) communes membres de \(epciDate.map { "\($0.year)" } ?? "la donnée"),"
                                + " lues dans la géographie du millésime \(millesime)",
                            en: "EPCI \(siren) (\(epci.name)): its \(members.count) member communes of \(epciDate.map { "\($0.year)" } ?? "the data"),"
                                + " read in the geography of millésime \(millesime)"))
        }
        return reader
    }
}

/// Reads listed codes in the geography of one millésime (see ``PopulationDataset/territory(of:millesime:)``).
struct TerritoryReader {
    let dataset: PopulationDataset
    let millesime: Int
    let column: Int
    let geography: CalendarDate
    /// The codes the CPTS lists, for the notes on communes taken in.
    let listed: [INSEECode]
    /// The positions of the communes to count, each once, in the order reached.
    private(set) var positions: [Int] = []
    private(set) var outside: [INSEECode] = []
    private(set) var notes: [TerritoryNote] = []
    private var counted: Set<Int> = []

    init(dataset: PopulationDataset, millesime: Int, column: Int, listed: [INSEECode]) {
        self.dataset = dataset
        self.millesime = millesime
        self.column = column
        geography = PopulationDataset.geographyDate(ofMillesime: millesime)
        self.listed = listed
        positions.reserveCapacity(listed.count)
    }

    /// The position of a commune that exists in the millésime's geography.
    func existing(_ code: INSEECode) -> Int? {
        guard let position = dataset.indexes.position(of: code),
              dataset.indexes.population(at: position, column: column, measure: .municipal) != nil
        else { return nil }
        return position
    }

    /// Whether the commune exists in the millésime's geography.
    func exists(_ code: INSEECode) -> Bool { existing(code) != nil }

    func name(_ code: INSEECode) -> String {
        dataset.indexes.position(of: code).map { dataset.communes[$0].name } ?? code.rawValue
    }

    mutating func note(_ kind: TerritoryNote.Kind, path: String, code: String, counted: [INSEECode], date: CalendarDate?,
                       _ message: BilingualText)
    {
        notes.append(TerritoryNote(kind: kind, path: path, code: code, counted: counted, date: date, millesime: millesime,
                                   message: message))
    }

    private mutating func count(_ codes: [INSEECode]) {
        for code in codes {
            guard let position = dataset.indexes.position(of: code) else { continue }
            count(position)
        }
    }

    mutating func count(_ position: Int) {
        // A CPTS lists tens of communes: a scan beats hashing until the list grows long.
        if positions.count < 64 {
            if !positions.contains(position) { positions.append(position) }
            return
        }
        if counted.isEmpty { counted = Set(positions) }
        if counted.insert(position).inserted { positions.append(position) }
    }

    /// Reads one code; `until` bounds the commune changes that count as taken in (an EPCI's date).
    mutating func read(_ code: INSEECode, path field: @autoclosure () -> String, until: CalendarDate?, quiet: Bool = false)
        throws(CPTSKitError)
    {
        // The common case: a commune of the millésime that took in no other since.
        if let position = existing(code), !dataset.indexes.isChangedInto(code, after: geography.dayNumber) {
            count(position)
            return
        }
        let path = field()
        guard dataset.department(code.department) != nil else {
            outside.append(code)
            note(.outsideDataset, path: path, code: code.rawValue, counted: [], date: nil,
                 BilingualText(fr: "\(code) est dans le département \(code.department), absent des données \(dataset.name) : non compté",
                               en: "\(code) is in département \(code.department), which the \(dataset.name) dataset does not hold: not counted"))
            return
        }
        let arrondissements = (dataset.indexes.arrondissements[code] ?? []).map { dataset.communes[$0].code }.filter(exists)
        if !arrondissements.isEmpty {
            count(arrondissements)
            if !quiet {
                note(.arrondissements, path: path, code: code.rawValue, counted: arrondissements, date: nil,
                     BilingualText(fr: "\(code) (\(name(code))) compté comme ses \(arrondissements.count) arrondissements municipaux",
                                   en: "\(code) (\(name(code))) counted as its \(arrondissements.count) municipal arrondissements"))
            }
            return
        }
        if exists(code) {
            var visited: Set<INSEECode> = [code]
            let absorbed = takenIn(by: code, until: until, visited: &visited)
            count([code] + absorbed.map(\.code))
            for (movement, codes) in absorbed.grouped() where !quiet && !codes.allSatisfy(listed.contains) {
                note(.absorbed, path: path, code: code.rawValue, counted: codes, date: movement.date,
                     BilingualText(
                        fr: "\(code) (\(movement.afterName)) a intégré \(movement.before) (\(movement.beforeName)) le \(movement.date)"
                            + " (\(Self.change(movement.kind).french)), après la géographie du millésime \(millesime) (\(geography)) :"
                            + " compté aussi comme \(codes.map(\.rawValue).joined(separator: ", "))",
                        en: "\(code) (\(movement.afterName)) took in \(movement.before) (\(movement.beforeName)) on \(movement.date)"
                            + " (\(Self.change(movement.kind).english)), after the geography of millésime \(millesime) (\(geography)):"
                            + " counted as \(codes.map(\.rawValue).joined(separator: ", ")) too"))
            }
            return
        }
        var visited: Set<INSEECode> = [code]
        if let (movement, successors) = successors(of: code, visited: &visited), !successors.isEmpty {
            count(successors)
            if let restoration = dataset.movements(to: code).first(where: { $0.date > geography && $0.isRestoration }) {
                note(.restored, path: path, code: code.rawValue, counted: successors, date: restoration.date,
                     BilingualText(
                        fr: "\(code) (\(movement.beforeName)) a fait partie de \(successors.map(\.rawValue).joined(separator: ", "))"
                            + " (\(movement.afterName)) du \(movement.date) à son rétablissement le \(restoration.date) :"
                            + " au millésime \(millesime), toute cette commune est comptée",
                        en: "\(code) (\(movement.beforeName)) was part of \(successors.map(\.rawValue).joined(separator: ", "))"
                            + " (\(movement.afterName)) from \(movement.date) until it was restored on \(restoration.date):"
                            + " in millésime \(millesime) that whole commune is counted"))
                return
            }
            note(.merged, path: path, code: code.rawValue, counted: successors, date: movement.date,
                 BilingualText(
                    fr: "\(code) (\(movement.beforeName)) a fusionné dans \(movement.after) (\(movement.afterName)) le \(movement.date)"
                        + " (\(Self.change(movement.kind).french)) : compté comme \(successors.map(\.rawValue).joined(separator: ", "))"
                        + " au millésime \(millesime)",
                    en: "\(code) (\(movement.beforeName)) merged into \(movement.after) (\(movement.afterName)) on \(movement.date)"
                        + " (\(Self.change(movement.kind).english)): counted as \(successors.map(\.rawValue).joined(separator: ", "))"
                        + " in millésime \(millesime)"))
            return
        }
        if let (movement, predecessors, restored) = predecessors(of: code, visited: &visited), !predecessors.isEmpty {
            count(predecessors)
            let list = predecessors.map(\.rawValue).joined(separator: ", ")
            if restored {
                note(.restored, path: path, code: code.rawValue, counted: predecessors, date: movement.date,
                     BilingualText(
                        fr: "\(code) (\(movement.afterName)) a été rétablie à partir de \(movement.before) (\(movement.beforeName)) le"
                            + " \(movement.date) : au millésime \(millesime), elle fait partie de \(list), comptée entière",
                        en: "\(code) (\(movement.afterName)) was restored from \(movement.before) (\(movement.beforeName)) on"
                            + " \(movement.date): in millésime \(millesime) it is part of \(list), counted whole"))
            } else {
                note(.created, path: path, code: code.rawValue, counted: predecessors, date: movement.date,
                     BilingualText(
                        fr: "\(code) (\(movement.afterName)) date du \(movement.date) (\(Self.change(movement.kind).french)) : compté comme"
                            + " \(list) au millésime \(millesime)",
                        en: "\(code) (\(movement.afterName)) dates from \(movement.date) (\(Self.change(movement.kind).english)): counted as"
                            + " \(list) in millésime \(millesime)"))
            }
            return
        }
        throw CPTSKitError(.unknownCommune, path: path,
                           message: BilingualText(fr: "aucune commune des données \(dataset.name) n'a ce code au millésime \(millesime), ni avant ni après", en: "no commune of the \(dataset.name) dataset has this code in millésime \(millesime), before or after"),
                           value: code.rawValue)
    }

    /// The communes merged into `code` after the geography (and up to `until`), recursively.
    private func takenIn(by code: INSEECode, until: CalendarDate?, visited: inout Set<INSEECode>)
        -> [(movement: CommuneMovement, code: INSEECode)]
    {
        var result: [(movement: CommuneMovement, code: INSEECode)] = []
        for movement in dataset.movements(to: code)
        where movement.date > geography && (until.map { movement.date <= $0 } ?? true) && !movement.isRestoration {
            guard visited.insert(movement.before).inserted else { continue }
            if exists(movement.before) { result.append((movement, movement.before)) }
            result += takenIn(by: movement.before, until: until, visited: &visited).map { (movement, $0.code) }
        }
        return result
    }

    /// The communes of the millésime an old code went into: its last disappearance on or before
    /// the geography, followed while the successor does not exist yet.
    private func successors(of code: INSEECode, visited: inout Set<INSEECode>) -> (CommuneMovement, [INSEECode])? {
        let moves = dataset.movements(from: code).filter { $0.date <= geography }
        guard let last = moves.map(\.date).max() else { return nil }
        let group = moves.filter { $0.date == last }
        var codes: [INSEECode] = []
        for movement in group where visited.insert(movement.after).inserted {
            if exists(movement.after) {
                codes.append(movement.after)
            } else if let (_, further) = successors(of: movement.after, visited: &visited) {
                codes += further
            }
        }
        return group.first.map { ($0, codes) }
    }

    /// The communes of the millésime a newer code was made of: its first appearance after the
    /// geography, followed while the predecessor did not exist yet.
    private func predecessors(of code: INSEECode, visited: inout Set<INSEECode>) -> (CommuneMovement, [INSEECode], Bool)? {
        let moves = dataset.movements(to: code).filter { $0.date > geography }
        guard let first = moves.map(\.date).min() else { return nil }
        let group = moves.filter { $0.date == first }
        var codes: [INSEECode] = []
        var restored = group.contains(where: \.isRestoration)
        for movement in group where visited.insert(movement.before).inserted {
            if exists(movement.before) {
                codes.append(movement.before)
            } else if let (_, further, alsoRestored) = predecessors(of: movement.before, visited: &visited) {
                codes += further
                restored = restored || alsoRestored
            }
        }
        return group.first.map { ($0, codes, restored) }
    }

    /// The INSEE kind of change, in words.
    static func change(_ kind: Int) -> BilingualText {
        switch kind {
        case 20: BilingualText(fr: "création", en: "creation")
        case 21: BilingualText(fr: "rétablissement", en: "restoration")
        case 30: BilingualText(fr: "suppression", en: "removal")
        case 31: BilingualText(fr: "fusion simple", en: "merge")
        case 32: BilingualText(fr: "commune nouvelle", en: "commune nouvelle")
        case 33, 34: BilingualText(fr: "fusion-association", en: "merge-association")
        case 41: BilingualText(fr: "changement de code dû au département", en: "code changed with the département")
        case 50: BilingualText(fr: "changement de code dû au chef-lieu", en: "code changed with the chef-lieu")
        default: BilingualText(fr: "modification COG \(kind)", en: "COG change \(kind)")
        }
    }
}

extension [(movement: CommuneMovement, code: INSEECode)] {
    /// The codes taken in, grouped by the movement (date and commune) that took them in.
    func grouped() -> [(CommuneMovement, [INSEECode])] {
        var result: [(CommuneMovement, [INSEECode])] = []
        for (movement, code) in self {
            if let index = result.firstIndex(where: { $0.0 == movement }) {
                result[index].1.append(code)
            } else {
                result.append((movement, [code]))
            }
        }
        return result
    }
}

extension PopulationDataset {
    /// The commune changes whose code before is `code`, by date.
    func movements(from code: INSEECode) -> [CommuneMovement] {
        (indexes.movementsFrom[code] ?? []).map { movements[$0] }
    }

    /// The commune changes whose code after is `code`, by date.
    func movements(to code: INSEECode) -> [CommuneMovement] {
        (indexes.movementsTo[code] ?? []).map { movements[$0] }
    }
}
