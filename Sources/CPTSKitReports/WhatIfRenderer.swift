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
    /// - Returns: The text, ending with a newline.
    public static func render(_ outlooks: [IndicatorOutlook], question: Question, format: OutputFormat) -> String {
        var rows = outlooks
        if question == .value {
            rows = outlooks.filter { $0.nextStep?.centsPerPoint != nil }
                .sorted { ($0.nextStep?.centsPerPoint ?? .zero) > ($1.nextStep?.centsPerPoint ?? .zero) }
        }
        if question == .tiers { rows = outlooks.filter { $0.nextStep != nil } }
        let reachable = Euros(cents: rows.reduce(0) { $0 &+ $1.reachable.cents })
        func perPoint(_ outlook: IndicatorOutlook) -> String {
            guard let rate = outlook.nextStep?.centsPerPoint else { return "—" }
            return ((try? Euros(cents: 1).multiplied(by: rate, rounding: .toNearestOrAwayFromZero)) ?? .zero).description
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
                    outlook.nextStep?.distance?.decimalDescription ?? "", perPoint(outlook) == "—" ? "" : perPoint(outlook),
                ]) + "\n"
            }
            return out
        case .table:
            let year = outlooks.first?.year ?? 0
            var table: TextTable
            let title: String
            switch question {
            case .reachable:
                title = "Encore atteignable en année \(year) (meilleur cas moins obtenu)"
                table = TextTable([("Mission", .left), ("Indicateur", .left), ("Statut", .left), ("Obtenu", .right),
                                   ("Meilleur cas", .right), ("Atteignable", .right)])
                for o in rows {
                    table.append([o.mission.label, o.indicator, o.status.label, o.earned?.description ?? "—", o.bestCase.description,
                                  o.reachable.description])
                }
            case .value:
                title = "Ce que rapporte chaque point de progrès en année \(year)"
                table = TextTable([("Indicateur", .left), ("Référence", .right), ("Prochain seuil", .right), ("Écart", .right),
                                   ("Gain", .right), ("€ par point", .right)])
                for o in rows {
                    table.append([o.indicator, o.reference.map(FrenchNumber.decimal) ?? "—", o.nextStep?.reach.map(FrenchNumber.decimal) ?? "—",
                                  o.nextStep?.distance.map(FrenchNumber.decimal) ?? "—", o.nextStep?.gain.description ?? "—", perPoint(o)])
                }
            case .tiers:
                title = "Prochain palier de chaque indicateur en année \(year)"
                table = TextTable([("Mission", .left), ("Indicateur", .left), ("Référence", .right), ("Prochain seuil", .right),
                                   ("Montant", .right), ("Gain", .right), ("Écart", .right)])
                for o in rows {
                    table.append([o.mission.label, o.indicator, o.reference.map(FrenchNumber.decimal) ?? "—",
                                  o.nextStep?.reach.map(FrenchNumber.decimal) ?? "action", o.nextStep?.amount.description ?? "—",
                                  o.nextStep?.gain.description ?? "—", o.nextStep?.distance.map(FrenchNumber.decimal) ?? "—"])
                }
            }
            var out = title + "\n\n" + table.rendered() + "\n"
            if question == .reachable { out += "\nTotal atteignable : \(reachable)\n" }
            return out
        }
    }

    /// Renders a scenario comparison: the lines that change and the totals.
    ///
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - title: What the scenario is, in French.
    ///   - format: Table, JSON or CSV.
    /// - Returns: The text, ending with a newline.
    public static func render(_ comparison: ScenarioComparison, title: String, format: OutputFormat) -> String {
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
                    ])
                })),
            ]).serialized() + "\n"
        case .csv:
            var out = CSVWriter.row(["year", "mission", "part", "indicator", "base_cents", "scenario_cents", "delta_cents"]) + "\n"
            for d in comparison.differences {
                out += CSVWriter.row([String(d.year), d.mission?.key ?? "", d.part.rawValue, d.indicator ?? "",
                                      d.base.map { String($0.cents) } ?? "", d.scenario.map { String($0.cents) } ?? "",
                                      String(d.delta.cents)]) + "\n"
            }
            return out
        case .table:
            var table = TextTable([("Année", .right), ("Mission", .left), ("Part", .left), ("Indicateur", .left), ("Base", .right),
                                   ("Scénario", .right), ("Écart", .right)])
            for d in comparison.differences {
                table.append([String(d.year), d.mission?.label ?? "Fonctionnement", d.part.label, d.indicator ?? "—",
                              d.base?.description ?? "—", d.scenario?.description ?? "—", d.delta.description])
            }
            var out = "\(title)\n\n" + table.rendered() + "\n\n"
            out += "Total du contrat : \(comparison.base.total) → \(comparison.scenario.total) (écart \(comparison.totalDifference))\n"
            return out
        }
    }
}
