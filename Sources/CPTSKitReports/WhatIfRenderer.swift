import CPTSKit

/// Renders the answers of `cpts whatif`: indicator outlooks and scenario comparisons.
public enum WhatIfRenderer {
    /// The question an outlook listing answers.
    public enum Question: String, Hashable, Sendable, CaseIterable {
        /// What is still reachable this year: best case minus assessed.
        case reachable
        /// Which indicators are worth the most per point of progress.
        case value
        /// The next tier of each indicator and how far the result is from it.
        case tiers
    }

    /// Renders outlooks for one question.
    ///
    /// - Parameters:
    ///   - outlooks: The outlooks of a year (`FundingEngine/outlook(for:year:)`).
    ///   - question: The question.
    ///   - format: Table, JSON or CSV.
    ///   - language: The language of a table (JSON and CSV carry codes).
    /// - Returns: The text, ending with a newline.
    public static func render(_ outlooks: [IndicatorOutlook], question: Question, format: OutputFormat,
                              language: Language = .french) -> String {
        let words = Wording(language)
        var rows = outlooks
        if question == .value {
            rows = outlooks.filter { $0.nextStep?.centsPerPoint != nil }
                .sorted { ($0.nextStep?.centsPerPoint ?? .zero) > ($1.nextStep?.centsPerPoint ?? .zero) }
        }
        if question == .tiers { rows = outlooks.filter { $0.nextStep != nil } }
        let reachable = Euros(cents: rows.reduce(0) { $0 &+ $1.reachable.cents })
        func perPoint(_ outlook: IndicatorOutlook) -> String {
            guard let rate = outlook.nextStep?.centsPerPoint else { return "—" }
            return words.money((try? Euros(cents: 1).multiplied(by: rate, rounding: .toNearestOrAwayFromZero)) ?? .zero)
        }
        switch format {
        case .json:
            return JSONValue.object([
                ("format", .string("cpts-outlook/1")),
                ("question", .string(question.rawValue)), ("year", .number(String(outlooks.first?.year ?? 0))),
                ("reachable_cents", .number(String(reachable.cents))),
                ("indicators", .array(rows.map { outlook in
                    .object([
                        ("mission", .string(outlook.mission.key)), ("indicator", .string(outlook.indicator)),
                        ("status", .string(outlook.status.rawValue)),
                        ("reference", outlook.reference.map { .string($0.decimalDescription) } ?? .null),
                        ("earned_cents", outlook.earned.map { .number(String($0.cents)) } ?? .null),
                        ("best_case_cents", .number(String(outlook.bestCase.cents))),
                        ("reachable_cents", .number(String(outlook.reachable.cents))),
                        ("next_reach", outlook.nextStep?.reach.map { .string($0.decimalDescription) } ?? .null),
                        ("next_amount_cents", outlook.nextStep.map { .number(String($0.amount.cents)) } ?? .null),
                        ("next_gain_cents", outlook.nextStep.map { .number(String($0.gain.cents)) } ?? .null),
                        ("distance", outlook.nextStep?.distance.map { .string($0.decimalDescription) } ?? .null),
                        ("cents_per_point", outlook.nextStep?.centsPerPoint.map { .string($0.decimalDescription) } ?? .null),
                    ])
                })),
            ]).serialized() + "\n"
        case .csv:
            var out = CSVWriter.row(["mission", "indicator", "status", "reference", "earned_cents", "best_case_cents", "reachable_cents",
                                     "next_reach", "next_gain_cents", "distance", "euros_per_point"]) + "\n"
            for outlook in rows {
                out += CSVWriter.row([
                    outlook.mission.key, outlook.indicator, outlook.status.rawValue, outlook.reference?.decimalDescription ?? "",
                    outlook.earned.map { String($0.cents) } ?? "", String(outlook.bestCase.cents), String(outlook.reachable.cents),
                    outlook.nextStep?.reach?.decimalDescription ?? "", outlook.nextStep.map { String($0.gain.cents) } ?? "",
                    outlook.nextStep?.distance?.decimalDescription ?? "",
                    outlook.nextStep?.centsPerPoint.map { ((try? Euros(cents: 1).multiplied(by: $0, rounding: .toNearestOrAwayFromZero)) ?? .zero).plainDescription } ?? "",
                ]) + "\n"
            }
            return out
        case .table:
            let year = outlooks.first?.year ?? 0
            var table: TextTable
            let title: String
            let indicatorHeader = (words("Indicateur", "Indicator"), TextTable.Alignment.left)
            // Grouped by mission, its name on a line of its own: a column of mission names would not fit 100 columns.
            var mission: MissionKind? = nil
            func section(_ outlook: IndicatorOutlook, in table: inout TextTable) {
                guard outlook.mission != mission else { return }
                mission = outlook.mission
                table.appendSection(outlook.mission.label(in: language))
            }
            switch question {
            case .reachable:
                title = words("Encore atteignable en année \(year) (meilleur cas moins obtenu)", "Still reachable in year \(year) (best case minus earned)")
                table = TextTable([indicatorHeader, (words("Statut", "Status"), .left), (words("Obtenu", "Earned"), .right),
                                   (words("Meilleur cas", "Best case"), .right), (words("Atteignable", "Reachable"), .right)])
                for o in rows {
                    section(o, in: &table)
                    table.append(["  " + o.indicator, o.status.label(in: language), o.earned.map(words.money) ?? "—",
                                  words.money(o.bestCase), words.money(o.reachable)])
                }
            case .value:
                title = words("Ce que rapporte chaque point de progrès en année \(year)", "What each point of progress is worth in year \(year)")
                table = TextTable([indicatorHeader, (words("Référence", "Reference"), .right), (words("Prochain seuil", "Next threshold"), .right),
                                   (words("Écart", "Distance"), .right), ("Gain", .right), (words("€ par point", "€ per point"), .right)])
                for o in rows {
                    table.append([o.indicator, o.reference.map(words.decimal) ?? "—", o.nextStep?.reach.map(words.decimal) ?? "—",
                                  o.nextStep?.distance.map(words.decimal) ?? "—", o.nextStep.map { words.money($0.gain) } ?? "—", perPoint(o)])
                }
            case .tiers:
                title = words("Prochain palier de chaque indicateur en année \(year)", "Next tier of each indicator in year \(year)")
                table = TextTable([indicatorHeader, (words("Référence", "Reference"), .right),
                                   (words("Prochain seuil", "Next threshold"), .right), (words("Montant", "Amount"), .right), ("Gain", .right),
                                   (words("Écart", "Distance"), .right)])
                for o in rows {
                    section(o, in: &table)
                    table.append(["  " + o.indicator, o.reference.map(words.decimal) ?? "—",
                                  o.nextStep?.reach.map(words.decimal) ?? "action", o.nextStep.map { words.money($0.amount) } ?? "—",
                                  o.nextStep.map { words.money($0.gain) } ?? "—", o.nextStep?.distance.map(words.decimal) ?? "—"])
                }
            }
            var out = title + "\n\n" + table.rendered() + "\n"
            if question == .reachable { out += "\n" + words("Total atteignable : ", "Total reachable: ") + words.money(reachable) + "\n" }
            return out
        }
    }

    /// Renders a scenario comparison: the lines that change and the totals.
    ///
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - title: What the scenario is, in the language of the table.
    ///   - format: Table, JSON or CSV.
    ///   - language: The language of a table (JSON and CSV carry codes).
    /// - Returns: The text, ending with a newline.
    public static func render(_ comparison: ScenarioComparison, title: String, format: OutputFormat,
                              language: Language = .french) -> String {
        let words = Wording(language)
        switch format {
        case .json:
            return JSONValue.object([
                ("format", .string("cpts-whatif/1")),
                ("scenario", .string(title)),
                ("base_total_cents", .number(String(comparison.base.total.cents))),
                ("scenario_total_cents", .number(String(comparison.scenario.total.cents))),
                ("difference_cents", .number(String(comparison.totalDifference.cents))),
                ("max_difference_cents", .number(String(comparison.maxTotalDifference.cents))),
                ("lines", .array(comparison.differences.map { difference in
                    .object([
                        ("year", .number(String(difference.year))), ("mission", difference.mission.map { .string($0.key) } ?? .null),
                        ("part", .string(difference.part.rawValue)), ("indicator", difference.indicator.map { .string($0) } ?? .null),
                        ("base_cents", difference.base.map { .number(String($0.cents)) } ?? .null),
                        ("scenario_cents", difference.scenario.map { .number(String($0.cents)) } ?? .null),
                        ("delta_cents", .number(String(difference.delta.cents))),
                        ("base_status", difference.baseStatus.map { .string($0.rawValue) } ?? .null),
                        ("scenario_status", difference.scenarioStatus.map { .string($0.rawValue) } ?? .null),
                    ])
                })),
            ]).serialized() + "\n"
        case .csv:
            var out = CSVWriter.row(["year", "mission", "part", "indicator", "base_cents", "scenario_cents", "delta_cents",
                                     "base_status", "scenario_status"]) + "\n"
            for d in comparison.differences {
                out += CSVWriter.row([String(d.year), d.mission?.key ?? "", d.part.rawValue, d.indicator ?? "",
                                      d.base.map { String($0.cents) } ?? "", d.scenario.map { String($0.cents) } ?? "",
                                      String(d.delta.cents), d.baseStatus?.rawValue ?? "", d.scenarioStatus?.rawValue ?? ""]) + "\n"
            }
            return out
        case .table:
            var table = TextTable([(words("Année", "Year"), .right), ("Part", .left), (words("Indicateur", "Indicator"), .left),
                                   ("Base", .right), (words("Scénario", "Scenario"), .right), (words("Écart", "Difference"), .right)])
            // A pending line is not counted: it shows as pending, its best case in the statement.
            func amount(_ value: Euros?, _ status: LineStatus?) -> String {
                guard let value else { return "—" }
                return status == .pending ? words("en attente", "pending") : words.money(value)
            }
            // The mission on a line of its own when it changes: a column of mission names would not fit 100 columns.
            var section: String? = nil
            for d in comparison.differences {
                let name = d.mission?.label(in: language) ?? "Fonctionnement"
                if name != section { table.appendSection(name); section = name }
                table.append([String(d.year), d.part.label(in: language), d.indicator ?? "—",
                              amount(d.base, d.baseStatus), amount(d.scenario, d.scenarioStatus), words.money(d.delta)])
            }
            var out = "\(title)\n\n" + table.rendered() + "\n\n"
            out += words("Total du contrat : ", "Contract total: ") + words.money(comparison.base.total) + " → " + words.money(comparison.scenario.total)
                + words(" (écart ", " (difference ") + words.money(comparison.totalDifference) + ")\n"
            return out
        }
    }
}
