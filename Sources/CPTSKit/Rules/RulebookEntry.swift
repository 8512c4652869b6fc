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
    /// What the figure is, in English.
    public let englishLabel: String
    /// The value as English text, or `unknown`.
    public let englishValue: String
    /// Its source reference, or `—` when unknown.
    public let source: String
    /// Its confidence mark.
    public let confidence: Confidence
    /// The topic of the rules, e.g. `§2` (the legend of `Documentation/Rules.md`).
    public let section: String
    /// A remark, if any.
    public let note: String?

    /// What the figure is, in a language.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String { language == .french ? label : englishLabel }

    /// The value in a language.
    ///
    /// - Parameter language: French or English.
    public func value(in language: Language) -> String { language == .french ? value : englishValue }
}

extension Rulebook {
    /// Every figure of the rulebook, in a fixed order, for listings and documentation.
    public var entries: [RulebookEntry] {
        var out: [RulebookEntry] = []
        func add<V>(_ key: String, _ label: BilingualText, _ figure: Figure<V>, _ render: (V, Language) -> String) {
            // A figure that varies by year lists its values, year 1 first.
            func text(_ language: Language) -> String {
                if let values = figure.yearValues {
                    let years = language == .french ? " (années 1 à \(values.count))" : " (years 1 to \(values.count))"
                    return values.map { render($0, language) }.joined(separator: " / ") + years
                }
                return figure.value.map { render($0, language) } ?? (language == .french ? "inconnu" : "unknown")
            }
            out.append(RulebookEntry(key: key, label: label.french, value: text(.french), englishLabel: label.english,
                                     englishValue: text(.english), source: figure.source.description, confidence: figure.confidence,
                                     section: figure.section, note: figure.note))
        }
        func money(_ amount: Euros, _ language: Language) -> String { amount.description(in: language) }
        func day(_ date: CalendarDate, _ language: Language) -> String { language == .french ? date.frenchDescription : date.englishDescription }
        func addRow(_ key: String, _ label: BilingualText, _ row: SizeTable<Figure<Euros>>) {
            for size in SizeClass.allCases {
                add("\(key).\(size)", BilingualText(fr: "\(label.french), \(size)", en: "\(label.english), \(size)"), row[size], money)
            }
        }
        add("effective_on", BilingualText(fr: "Entrée en vigueur", en: "In force from"), effectiveFrom, day)
        add(RulebookFigureKey.sizeBoundaries.description, BilingualText(fr: "Seuils de taille", en: "Size boundaries"), sizeBoundaries) { bounds, language in
            guard language == .english else { return SizeClass.allCases.map { "\($0) : \(bounds.interval(of: $0))" }.joined(separator: " ; ") }
            // English groups thousands with a comma: `40 000` reads `40,000`.
            return SizeClass.allCases.map { size in
                let characters = Array(bounds.interval(of: size))
                var text = ""
                for (index, character) in characters.enumerated() {
                    let between = index > 0 && index + 1 < characters.count && characters[index - 1].isNumber && characters[index + 1].isNumber
                    text.append(character == " " && between ? "," : character)
                }
                return "\(size): \(text)"
            }.joined(separator: "; ")
        }
        addRow("fonctionnement.annual", BilingualText(fr: "Fonctionnement annuel", en: "Yearly fonctionnement"), fonctionnement)
        if let startUp = startUpFonctionnement {
            addRow("fonctionnement.start_up", BilingualText(fr: "Fonctionnement de démarrage (+75 %), première année",
                                                            en: "Start-up fonctionnement (+75%), first year"), startUp)
        }
        if let windowEnd = startUpWindowEnd {
            add(RulebookFigureKey.startUpWindowEnd.description, BilingualText(fr: "Signature au plus tard pour le démarrage",
                                                                               en: "Latest signature for the start-up supplement"), windowEnd, day)
        }
        for mission in missions {
            let key = "mission.\(mission.kind.key)"
            // The mission's nature and the rulebook that introduced it, once, in its label.
            let name = BilingualText(fr: "\(mission.kind.label(in: .french)) (\(mission.kind.category.label(in: .french)), \(mission.introducedBy))",
                                     en: "\(mission.kind.label(in: .english)) (\(mission.kind.category.label(in: .english)), \(mission.introducedBy))")
            func named(_ french: String, _ english: String) -> BilingualText {
                BilingualText(fr: "\(name.french) : \(french)", en: "\(name.english): \(english)")
            }
            func months(_ count: Int, _ language: Language) -> String { language == .french ? "\(count) mois" : "\(count) months" }
            if let start = mission.startDeadlineMonths {
                add("\(key).start_deadline_months", named("démarrage au plus tard (mois après signature)", "latest start (months after signature)"),
                    start, months)
            }
            if let deployment = mission.deploymentDeadlineMonths {
                add("\(key).deployment_deadline_months", named("déploiement complet (mois après signature)",
                                                               "full deployment (months after signature)"), deployment, months)
            }
            addRow("\(key).fixed", named("part fixe", "fixed part"), mission.fixed)
            if let variable = mission.variable { addRow("\(key).variable", named("part variable", "variable part"), variable) }
            if let activated = mission.activated {
                addRow("\(key).activated", named("enveloppe activée en cas de crise", "envelope activated in a crisis"), activated)
            }
        }
        addRow("maximum.yearly", BilingualText(fr: "Maximum annuel (fonctionnement et missions)", en: "Yearly maximum (fonctionnement and missions)"),
               yearlyMaximum)
        add(RulebookFigureKey.advanceShare.description, BilingualText(fr: "Avance en début d'année", en: "Advance at the start of the year"),
            advanceRate) { rate, language in
            let text = FrenchText.percent(rate, decimals: 0)
            return language == .french ? text : text.replacingAll(" ", with: "")
        }
        add(RulebookFigureKey.prorationBasis.description, BilingualText(fr: "Base de proratisation", en: "Proration basis"),
            prorationBasis) { $0.label(in: $1) }
        add(RulebookFigureKey.prorateVariableEnvelope.description, BilingualText(fr: "Proratisation de l'enveloppe variable",
                                                                                en: "Proration of the variable envelope"),
            prorateVariableEnvelope) { flag, language in language == .french ? (flag ? "oui" : "non") : (flag ? "yes" : "no") }
        add(RulebookFigureKey.rounding.description, BilingualText(fr: "Arrondi", en: "Rounding"), rounding) { $0.label(in: $1) }
        return out
    }
}
