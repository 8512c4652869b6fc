/// One figure of a rulebook, flattened for listing: what it is, its value, source and confidence.
///
/// `cpts rules` and `Documentation/Rules.md` are renderings of ``Rulebook/entries``, so the
/// documentation is generated from the very data the engine reads.
public struct RulebookEntry: Hashable, Sendable {
    /// The figure's key in a rulebook file (``RulebookFigureKey``), e.g. `fonctionnement.annual.T3`
    /// or `mission.prevention.fixed.T3`; `effective_on` for the date of application.
    public let key: String
    /// What the figure is, in French.
    public let label: String
    /// The value as text, or `inconnu`.
    public let value: String
    /// Its source reference, or `—` when unknown.
    public let source: String
    /// Its confidence mark.
    public let confidence: Confidence
    /// The topic of the rules, e.g. `§2` (the legend of `Documentation/Rules.md`).
    public let section: String
    /// A remark, if any.
    public let note: String?
}

extension Rulebook {
    /// Every figure of the rulebook, in a fixed order, for listings and documentation.
    public var entries: [RulebookEntry] {
        var out: [RulebookEntry] = []
        func add<V>(_ key: String, _ label: String, _ figure: Figure<V>, _ render: (V) -> String) {
            // A figure that varies by year lists its values, year 1 first.
            let text = figure.yearValues.map { $0.map(render).joined(separator: " / ") + " (années 1 à \($0.count))" }
                ?? figure.value.map(render) ?? "inconnu"
            out.append(RulebookEntry(key: key, label: label, value: text,
                                     source: figure.source.description, confidence: figure.confidence,
                                     section: figure.section, note: figure.note))
        }
        func addRow(_ key: String, _ label: String, _ row: SizeTable<Figure<Euros>>) {
            for size in SizeClass.allCases { add("\(key).\(size)", "\(label), \(size)", row[size]) { $0.description } }
        }
        add("effective_on", "Entrée en vigueur", effectiveFrom) { $0.frenchDescription }
        add(RulebookFigureKey.sizeBoundaries.description, "Seuils de taille", sizeBoundaries) { bounds in
            SizeClass.allCases.map { "\($0) : \(bounds.interval(of: $0))" }.joined(separator: " ; ")
        }
        addRow("fonctionnement.annual", "Fonctionnement annuel", fonctionnement)
        if let startUp = startUpFonctionnement {
            addRow("fonctionnement.start_up", "Fonctionnement de démarrage (+75 %), première année", startUp)
        }
        if let windowEnd = startUpWindowEnd {
            add(RulebookFigureKey.startUpWindowEnd.description, "Signature au plus tard pour le démarrage", windowEnd) { $0.frenchDescription }
        }
        for mission in missions {
            let key = "mission.\(mission.kind.key)"
            // The mission's nature and the rulebook that introduced it, once, in its label.
            let name = "\(mission.kind.label) (\(mission.kind.category.label), \(mission.introducedBy))"
            if let start = mission.startDeadlineMonths {
                add("\(key).start_deadline_months", "\(name) : démarrage au plus tard (mois après signature)", start) { "\($0) mois" }
            }
            if let deployment = mission.deploymentDeadlineMonths {
                add("\(key).deployment_deadline_months", "\(name) : déploiement complet (mois après signature)", deployment) { "\($0) mois" }
            }
            addRow("\(key).fixed", "\(name) : part fixe", mission.fixed)
            if let variable = mission.variable { addRow("\(key).variable", "\(name) : part variable", variable) }
            if let activated = mission.activated { addRow("\(key).activated", "\(name) : enveloppe activée en cas de crise", activated) }
        }
        addRow("maximum.yearly", "Maximum annuel (fonctionnement et missions)", yearlyMaximum)
        add(RulebookFigureKey.advanceShare.description, "Avance en début d'année", advanceRate) { FrenchText.percent($0, decimals: 0) }
        add(RulebookFigureKey.prorationBasis.description, "Base de proratisation", prorationBasis) { $0.label }
        add(RulebookFigureKey.prorateVariableEnvelope.description, "Proratisation de l'enveloppe variable", prorateVariableEnvelope) { $0 ? "oui" : "non" }
        add(RulebookFigureKey.rounding.description, "Arrondi", rounding) { $0.label }
        return out
    }
}
