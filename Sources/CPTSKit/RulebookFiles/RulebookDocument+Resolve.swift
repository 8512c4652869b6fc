// A rulebook file resolved into a rulebook: inherit, apply the file's figures, check the whole.

extension RulebookDocument {
    /// The rulebook this document describes on top of `parent` (the rulebook it extends, if any).
    ///
    /// - Parameter parent: The rulebook named by ``extends``; `nil` when it extends none.
    /// - Throws: ``CPTSKitError``: `missingField` for a key a rulebook without parent must give,
    ///   `invalidRulebook` for figures that contradict each other, with the path of the entry.
    public func resolved(extending parent: Rulebook?) throws(CPTSKitError) -> Rulebook {
        var rulebook = parent ?? Self.blank
        rulebook.id = id
        rulebook.title = title
        rulebook.effectiveFrom = effectiveOn
        if parent == nil {
            let given = Set(figures.map(\.key))
            for key in RulebookFormat.requiredWithoutParent where !given.contains(key) {
                throw CPTSKitError(.missingField, path: "figures.\(key)",
                                   message: BilingualText(fr: "des règles qui n'en étendent aucune doivent donner ce montant (null s'il est inconnu)", en: "a rulebook that extends none must give this figure (null when unknown)"), value: "absent")
            }
        }
        for entry in declarations {
            guard !rulebook.defines(entry.kind) else {
                throw CPTSKitError(.invalidRulebook, path: "\(entry.path).label",
                                   message: BilingualText(fr: "les règles \(parent?.id ?? "") déclarent déjà cette mission", en: "rulebook \(parent?.id ?? "") already declares this mission"),
                                   value: entry.kind.key)
            }
            let parts = entry.kind.declaration?.parts ?? [.fixed, .variable]
            rulebook.missions.append(MissionRule(kind: entry.kind, introducedBy: id, startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                                                 fixed: Rulebook.unknownRow, variable: parts.contains(.variable) ? Rulebook.unknownRow : nil,
                                                 activated: parts.contains(.activation) ? Rulebook.unknownRow : nil))
        }
        for entry in figures {
            try rulebook.setFigure(entry.key, entry.figure, path: entry.path, newMissionsBy: id)
        }
        for entry in introducedBy {
            guard let index = rulebook.missionIndex(entry.kind) else {
                throw CPTSKitError(.invalidRulebook, path: entry.path,
                                   message: BilingualText(fr: "aucun montant de ces règles ni de celles qu'elles étendent ne définit cette mission", en: "no figure of this rulebook or of the one it extends defines this mission"), value: entry.kind.key)
            }
            rulebook.missions[index].introducedBy = entry.id
        }
        try check(rulebook)
        return rulebook
    }

    /// The checks that read several figures: each error names the entry of this file involved.
    private func check(_ rulebook: Rulebook) throws(CPTSKitError) {
        func path(_ keys: RulebookFigureKey...) -> String {
            for key in keys { if let entry = figures.first(where: { $0.key == key }) { return entry.path } }
            return "figures.\(keys[0])"
        }
        if let startUp = rulebook.startUpFonctionnement {
            for size in SizeClass.allCases {
                guard let amount = startUp[size].value, let annual = rulebook.fonctionnement[size].value(inYear: 1), amount < annual else { continue }
                throw CPTSKitError(.invalidRulebook, path: path(.startUpFonctionnement(size), .fonctionnement(size)),
                                   message: BilingualText(fr: "le montant de démarrage de \(size.code) (\(amount.frenchDescription)) est inférieur à son fonctionnement annuel (\(annual.frenchDescription))", en: "the start-up amount of \(size.code) (\(amount.englishDescription)) is below its annual fonctionnement (\(annual.englishDescription))"),
                                   value: amount.plainDescription)
            }
            if rulebook.startUpWindowEnd == nil {
                throw CPTSKitError(.missingField, path: "figures.\(RulebookFigureKey.startUpWindowEnd)",
                                   message: BilingualText(fr: "les montants de démarrage demandent la dernière date de signature éligible (null si elle est inconnue)", en: "start-up amounts need the last eligible signature date (null when unknown)"),
                                   value: "absent")
            }
        }
        for mission in rulebook.missions {
            guard let start = mission.startDeadlineMonths?.value, let deployment = mission.deploymentDeadlineMonths?.value,
                  deployment < start else { continue }
            throw CPTSKitError(.invalidRulebook, path: path(.deploymentDeadline(mission.kind), .startDeadline(mission.kind)),
                               message: BilingualText(fr: "le déploiement complet (\(deployment) mois) ne peut pas précéder le démarrage (\(start) mois)", en: "full deployment (\(deployment) months) cannot come before the start (\(start) months)"),
                               value: "\(deployment)")
        }
    }

    /// A rulebook with every figure unknown and no mission: what a file that extends none starts from.
    static var blank: Rulebook {
        func unknown<V>() -> Figure<V> {
            Figure(value: nil, source: SourceReference("—"), confidence: .notFound, section: "", note: nil)
        }
        return Rulebook(id: "", title: "", effectiveFrom: unknown(), sizeBoundaries: unknown(), fonctionnement: Rulebook.unknownRow,
                        startUpFonctionnement: nil, startUpWindowEnd: nil, missions: [], yearlyMaximum: Rulebook.unknownRow,
                        advanceRate: unknown(), prorationBasis: unknown(), prorateVariableEnvelope: unknown(), rounding: unknown())
    }
}

extension RulebookRegistry {
    /// This registry with the rulebooks of some files added.
    ///
    /// Documents may extend a rulebook of this registry or another document of the list, in any
    /// order; each is resolved after the one it extends.
    ///
    /// - Parameter documents: The files, read.
    /// - Returns: A registry holding these rulebooks too, each placed by its effective date.
    /// - Throws: ``CPTSKitError``: `duplicateRulebook` (path `id`) for an identifier already known
    ///   or given twice, `unknownRulebook` (path `extends`) for a parent nobody defines,
    ///   `rulebookCycle` (path `extends`) for files that extend each other in a circle, or the
    ///   document's own error. The path is prefixed by `rulebooks[i]` when several are given.
    public func adding(_ documents: [RulebookDocument]) throws(CPTSKitError) -> RulebookRegistry {
        func located(_ error: CPTSKitError, _ index: Int) -> CPTSKitError {
            documents.count == 1 ? error : error.nested(under: "rulebooks[\(index)]")
        }
        var known = rulebooks
        for (index, document) in documents.enumerated() {
            if known.contains(where: { $0.id == document.id })
                || documents[..<index].contains(where: { $0.id == document.id }) {
                throw located(CPTSKitError(.duplicateRulebook, path: "id",
                                           message: BilingualText(fr: "des règles ont déjà cet identifiant (\(rulebooks.map(\.id).joined(separator: ", ")) sont intégrées) ; en choisir un autre", en: "a rulebook with this identifier is already known (\(rulebooks.map(\.id).joined(separator: ", ")) are built in); choose another"),
                                           value: document.id), index)
            }
        }
        var done = [Bool](repeating: false, count: documents.count)
        func resolve(_ index: Int, chain: [String]) throws(CPTSKitError) {
            guard !done[index] else { return }
            let document = documents[index]
            var parent: Rulebook? = nil
            if let parentID = document.extends {
                if chain.contains(parentID) || parentID == document.id {
                    throw located(CPTSKitError(.rulebookCycle, path: "extends",
                                               message: BilingualText(fr: "des règles s\'étendent les unes les autres en cycle : \((chain + [document.id, parentID]).joined(separator: " → "))", en: "rulebooks extend each other in a cycle: \((chain + [document.id, parentID]).joined(separator: " → "))"),
                                               value: parentID), index)
                }
                if let position = documents.firstIndex(where: { $0.id == parentID }) {
                    try resolve(position, chain: chain + [document.id])
                }
                guard let found = known.first(where: { $0.id == parentID }) else {
                    throw located(CPTSKitError(.unknownRulebook, path: "extends",
                                               message: BilingualText(fr: "règles inconnues ; connues : \((known.map(\.id) + documents.map(\.id)).joined(separator: ", "))", en: "unknown rulebook; known: \((known.map(\.id) + documents.map(\.id)).joined(separator: ", "))"),
                                               value: parentID), index)
                }
                parent = found
            }
            do throws(CPTSKitError) {
                known.append(try document.resolved(extending: parent))
            } catch {
                throw located(error, index)
            }
            done[index] = true
        }
        for index in documents.indices { try resolve(index, chain: []) }
        return RulebookRegistry(known)
    }

    /// The rulebook a document describes on top of this registry, without adding it: what
    /// `cpts rules diff` compares (a file may reuse a known identifier there, e.g. an exported
    /// built-in rulebook compared with the original).
    ///
    /// - Parameter document: The file, read.
    /// - Throws: `unknownRulebook` (path `extends`) or the document's own error.
    public func rulebook(resolving document: RulebookDocument) throws(CPTSKitError) -> Rulebook {
        guard let parentID = document.extends else { return try document.resolved(extending: nil) }
        guard parentID != document.id else {
            throw CPTSKitError(.rulebookCycle, path: "extends", message: BilingualText(fr: "des règles ne peuvent pas s\'étendre elles-mêmes", en: "a rulebook cannot extend itself"), value: parentID)
        }
        guard let parent = rulebooks.first(where: { $0.id == parentID }) else {
            throw CPTSKitError(.unknownRulebook, path: "extends", message: BilingualText(fr: "règles inconnues ; connues : \(rulebooks.map(\.id).joined(separator: ", "))", en: "unknown rulebook; known: \(rulebooks.map(\.id).joined(separator: ", "))"),
                               value: parentID)
        }
        return try document.resolved(extending: parent)
    }

    /// This registry with one rulebook file added (see ``adding(_:)``).
    ///
    /// - Parameter jsonBytes: The file's bytes.
    /// - Returns: The registry and the rulebook the file defines.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func adding<Bytes: Collection>(jsonBytes: Bytes) throws(CPTSKitError) -> (registry: RulebookRegistry, rulebook: Rulebook)
        where Bytes.Element == UInt8
    {
        let document = try RulebookDocument(jsonBytes: jsonBytes)
        let registry = try adding([document])
        return (registry, try registry.rulebook(id: document.id))
    }
}
