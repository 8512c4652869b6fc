/// One figure of a rulebook, flattened for listing: what it is, its value, source and confidence.
///
/// `cpts rules` and `Documentation/Rules.md` are renderings of ``Rulebook/entries``, so the
/// documentation is generated from the very data the engine reads.
public struct RulebookEntry: Hashable, Sendable {
    /// A stable key, e.g. `fonctionnement.T3` or `missions.prevention.fixed.T3`.
    public let key: String
    /// What the figure is, in French.
    public let label: String
    /// The value as text, or `inconnu`.
    public let value: String
    /// Its source reference, or `—` when unknown.
    public let source: String
    /// Its confidence mark.
    public let confidence: Confidence
    /// The section of `aci-rules.md`.
    public let section: String
    /// A remark, if any.
    public let note: String?
}

extension Rulebook {
    /// Every figure of the rulebook, in a fixed order, for listings and documentation.
    public var entries: [RulebookEntry] {
        var out: [RulebookEntry] = []
        func add<V>(_ key: String, _ label: String, _ figure: Figure<V>, _ render: (V) -> String) {
            out.append(RulebookEntry(key: key, label: label, value: figure.value.map(render) ?? "inconnu",
                                     source: figure.source.description, confidence: figure.confidence,
                                     section: figure.section, note: figure.note))
        }
        func addRow(_ key: String, _ label: String, _ row: SizeTable<Figure<Euros>>) {
            for size in SizeClass.allCases { add("\(key).\(size)", "\(label), \(size)", row[size]) { $0.description } }
        }
        add("effective_from", "Entrée en vigueur", effectiveFrom) { $0.frenchDescription }
        add("size_boundaries", "Seuils de taille", sizeBoundaries) { bounds in
            SizeClass.allCases.map { "\($0) : \(bounds.interval(of: $0))" }.joined(separator: " ; ")
        }
        addRow("fonctionnement", "Fonctionnement annuel", fonctionnement)
        if let startUp = startUpFonctionnement {
            addRow("start_up_fonctionnement", "Fonctionnement de démarrage (+75 %), première année", startUp)
        }
        if let windowEnd = startUpWindowEnd {
            add("start_up_window_end", "Signature au plus tard pour le démarrage", windowEnd) { $0.frenchDescription }
        }
        for mission in missions {
            let key = "missions.\(mission.kind.key)"
            let name = mission.kind.label
            out.append(RulebookEntry(key: "\(key).category", label: "\(name) : nature", value: mission.kind.category.label,
                                     source: "PAPS-HDF", confidence: .secondary, section: "§3",
                                     note: "introduite par \(mission.introducedBy)"))
            if let start = mission.startDeadlineMonths {
                add("\(key).start_deadline", "\(name) : démarrage au plus tard (mois après signature)", start) { "\($0) mois" }
            }
            if let deployment = mission.deploymentDeadlineMonths {
                add("\(key).deployment_deadline", "\(name) : déploiement complet (mois après signature)", deployment) { "\($0) mois" }
            }
            addRow("\(key).fixed", "\(name) : part fixe", mission.fixed)
            if let variable = mission.variable { addRow("\(key).variable", "\(name) : part variable", variable) }
            if let activated = mission.activated { addRow("\(key).activated", "\(name) : enveloppe activée en cas de crise", activated) }
        }
        addRow("yearly_maximum", "Maximum annuel (fonctionnement et missions)", yearlyMaximum)
        add("advance_rate", "Avance en début d'année", advanceRate) { FrenchText.percent($0, decimals: 0) }
        add("proration_basis", "Base de proratisation", prorationBasis) { $0.label }
        add("prorate_variable_envelope", "Proratisation de l'enveloppe variable", prorateVariableEnvelope) { $0 ? "oui" : "non" }
        add("rounding", "Arrondi", rounding) { $0.label }
        return out
    }
}
