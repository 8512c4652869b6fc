import CPTSKit

/// Renders a quarterly follow-up (`cpts followup`): a 100-column table for the terminal, JSON
/// (`cpts-followup/1`, `Documentation/OutputFormat.md`), and a one-page brief for the meeting in
/// Markdown or self-contained HTML (``markdown(_:warnings:language:)``, ``html(_:warnings:language:)``).
///
/// Every format says what is missing: indicators not measured yet, measurements after the as-of
/// date left out, a year already assessed, the contract's warnings.
public enum FollowUpRenderer {
    /// The follow-up as JSON, `cpts-followup/1`.
    ///
    /// Amounts are in cents; values are written as contract files write results (`true`, `72.9`),
    /// and a projection that is no finite decimal as its exact ratio in a string (`"16425/181"`).
    ///
    /// - Parameters:
    ///   - followUp: The follow-up.
    ///   - warnings: The contract's warnings on the as-of date (`FundingEngine.validate(_:rulebook:asOf:)`).
    public static func json(_ followUp: YearFollowUp, warnings: [FundingWarning] = []) -> JSONValue {
        let quarters: [JSONValue] = followUp.quarters.map { quarter in
            .object([("number", .number(String(quarter.number))), ("from", date(quarter.start)), ("to", date(quarter.lastDay)),
                     ("meeting_on", date(quarter.lastDay))])
        }
        let totals: JSONValue = .object([("at_latest_cents", cents(followUp.totals.atLatest)),
                                         ("at_projected_cents", cents(followUp.totals.atProjected)),
                                         ("best_cents", cents(followUp.totals.bestCase))])
        let notes: [JSONValue] = notes(followUp).map { .object([("message", .string($0.english)), ("message_fr", .string($0.french))]) }
        let warnings: [JSONValue] = warnings.map {
            .object([("path", .string($0.path)), ("message", .string($0.message(in: .english))),
                     ("message_fr", .string($0.message(in: .french)))])
        }
        var members: [(key: String, value: JSONValue)] = [
            ("format", .string("cpts-followup/1")), ("cpts", .string(followUp.cpts)), ("rulebook", .string(followUp.rulebook)),
            ("year", .number(String(followUp.year.number))), ("from", date(followUp.year.start)), ("to", date(followUp.year.lastDay)),
            ("days_in_year", .number(String(followUp.year.dayCount))),
        ]
        members += [("as_of", date(followUp.asOf)), ("quarter", followUp.quarter.map { .number(String($0)) } ?? .null),
                    ("quarters", .array(quarters)), ("assessed", .bool(followUp.isAssessed))]
        members += [("indicators", .array(followUp.indicators.map(indicatorValue))), ("totals", totals),
                    ("coming", comingValue(followUp)), ("later_measurements", .number(String(followUp.laterMeasurements))),
                    ("notes", .array(notes)), ("warnings", .array(warnings))]
        return .object(members)
    }

    static func cents(_ euros: Euros?) -> JSONValue { euros.map { .number(String($0.cents)) } ?? .null }
    static func date(_ day: CalendarDate?) -> JSONValue { day.map { .string($0.description) } ?? .null }
    static func exact(_ value: Fraction?) -> JSONValue { value.map { ContractEncoding.result(.measured($0)) } ?? .null }

    /// One indicator's object.
    static func indicatorValue(_ row: IndicatorFollowUp) -> JSONValue {
        let measurements: [JSONValue] = row.measurements.map { .object([("on", date($0.on)), ("value", ContractEncoding.result($0.value))]) }
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(row.id)), ("label", .string(row.indicator.label)), ("mission", .string(row.mission.key)),
            ("measure", .string(row.indicator.measure.rawValue)), ("measured", .bool(row.isMeasured)),
            ("measurements", .array(measurements)),
        ]
        members += [("latest_value", row.latest.map { ContractEncoding.result($0.value) } ?? .null), ("measured_on", date(row.latest?.on)),
                    ("projected_value", row.projected.map(ContractEncoding.result) ?? .null)]
        members += [("amount_at_latest_cents", cents(row.amountAtLatest)), ("amount_at_projected_cents", cents(row.amountAtProjected)),
                    ("best_cents", cents(row.bestCase))]
        members += [("next_reach", exact(row.nextStep?.reach)), ("next_amount_cents", cents(row.nextStep?.amount)),
                    ("gap", exact(row.nextStep?.distance))]
        return .object(members)
    }

    /// The coming quarter's object: its window, payments and deadlines.
    static func comingValue(_ followUp: YearFollowUp) -> JSONValue {
        let payments: [JSONValue] = followUp.comingPayments.map { payment in
            let members: [(key: String, value: JSONValue)] = [
                ("due_on", date(payment.dueOn)), ("event", .string(payment.event.key)),
                ("label", .string(payment.event.label(in: .english))), ("label_fr", .string(payment.event.label(in: .french))),
                ("year", .number(String(payment.year))), ("amount_cents", cents(payment.amount)), ("pending_cents", cents(payment.pendingAmount)),
            ]
            return .object(members)
        }
        let deadlines: [JSONValue] = followUp.comingDeadlines.map { deadline in
            .object([("mission", .string(deadline.mission.key)), ("kind", .string(deadline.kind.rawValue)),
                     ("date", date(deadline.date)), ("met_on", date(deadline.metOn))])
        }
        return .object([("from", date(followUp.comingFrom)), ("through", date(followUp.comingThrough)),
                        ("payments", .array(payments)), ("deadlines", .array(deadlines))])
    }

    /// The follow-up as a table for a terminal, 100 columns wide.
    ///
    /// - Parameters:
    ///   - followUp: The follow-up.
    ///   - warnings: The contract's warnings on the as-of date, listed with the notes.
    ///   - language: French (the default) or English.
    public static func table(_ followUp: YearFollowUp, warnings: [FundingWarning] = [], language: Language = .french) -> String {
        let words = Wording(language)
        var out = heading(followUp, words).split(separator: "\n").map { TextTable.wrapped(String($0)) }.joined(separator: "\n") + "\n\n"
        for mission in missions(of: followUp) {
            out += mission.label(in: language) + "\n"
            // Each indicator's full label on a line of its own, its figures on the next: labels are
            // long, and a column of cut labels would not say which indicator is which.
            var table = TextTable([(words("Dernière mesure", "Latest"), .right), (words("Projection", "Projected"), .right),
                                   (words("À ce jour", "Paid now"), .right), (words("Au rythme", "At pace"), .right),
                                   (words("Maximum", "Best"), .right), (words("Palier suivant", "Next reach"), .right)])
            let rows = followUp.indicators.filter { $0.mission == mission }
            for row in rows {
                table.append([latest(row, words), projected(row, words), row.amountAtLatest.map(words.money) ?? "—",
                              row.amountAtProjected.map(words.money) ?? "—", words.money(row.bestCase), next(row, words)])
            }
            let lines = table.rendered(indent: 4).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            out += lines.prefix(2).joined(separator: "\n") + "\n"
            for (row, line) in zip(rows, lines.dropFirst(2)) {
                out += TextTable.wrapped("  " + row.indicator.label + " (" + measure(row, words) + ")", continuation: "    ")
                    + "\n" + line + "\n"
            }
            out += "\n"
        }
        var totals = TextTable([("", .left), (words("À ce jour", "Paid now"), .right), (words("Au rythme", "At pace"), .right),
                                (words("Maximum", "Best"), .right)])
        totals.append([words("Part variable de l'année", "Variable part of the year"), words.money(followUp.totals.atLatest),
                       words.money(followUp.totals.atProjected), words.money(followUp.totals.bestCase)])
        out += totals.rendered() + "\n\n"
        out += coming(followUp, words).map { TextTable.wrapped($0) }.joined(separator: "\n") + "\n"
        let notes = notes(followUp) + warnings.map { BilingualText(fr: $0.message(in: .french), en: $0.message(in: .english)) }
        if !notes.isEmpty {
            out += "\n" + words("Points d'attention", "Points to watch") + "\n" + notes.map { TextTable.wrapped("- " + words($0)) + "\n" }.joined()
        }
        return out
    }

    /// The title and the year, quarter and meetings lines.
    static func heading(_ followUp: YearFollowUp, _ words: Wording) -> String {
        let year = followUp.year
        var out = words("Suivi trimestriel — \(followUp.cpts), année \(year.number)", "Quarterly follow-up — \(followUp.cpts), year \(year.number)")
            + " (\(words.date(year.start)) → \(words.date(year.lastDay)))\n"
        out += words("Au ", "As of ") + words.date(followUp.asOf) + words(" : ", ": ")
        if let number = followUp.quarter, let quarter = followUp.quarters.first(where: { $0.number == number }) {
            out += words("trimestre \(number) sur 4", "quarter \(number) of 4") + " (\(words.date(quarter.start)) → \(words.date(quarter.lastDay)))"
        } else {
            out += followUp.asOf < year.start ? words("l'année n'a pas commencé", "the year has not started") : words("l'année est terminée", "the year is over")
        }
        out += " · " + words("règles ", "rulebook ") + followUp.rulebook + "\n"
        out += words("Réunions trimestrielles (fin de chaque trimestre) : ", "Quarterly meetings (end of each quarter): ")
            + followUp.quarters.map { words.date($0.lastDay) }.joined(separator: ", ")
        return out
    }

    /// The missions of the indicators, in order of first appearance.
    static func missions(of followUp: YearFollowUp) -> [MissionKind] {
        var kinds: [MissionKind] = []
        for row in followUp.indicators where !kinds.contains(row.mission) { kinds.append(row.mission) }
        return kinds
    }

    /// How the indicator is followed: `action` for an all-or-nothing one, else its measure (`cumul`, `niveau`).
    static func measure(_ row: IndicatorFollowUp, _ words: Wording) -> String {
        if case .allOrNothing = row.indicator.payout { return words("action", "action") }
        return row.indicator.measure.label(in: words.language)
    }

    /// `72,9 (30/06)`, or "not measured".
    static func latest(_ row: IndicatorFollowUp, _ words: Wording) -> String {
        guard let latest = row.latest else { return words("pas de mesure", "not measured") }
        return words.result(latest.value) + " (" + words.shortDate(latest.on) + ")"
    }

    /// The projected value, rounded for reading when it is no short decimal.
    static func projected(_ row: IndicatorFollowUp, _ words: Wording) -> String {
        switch row.projected {
        case .measured(let value)?: words.approximate(value)
        case .achieved(let done)?: done ? words("oui", "yes") : words("non", "no")
        case nil: "—"
        }
    }

    /// The next reach and the gap to it (`75 (+2,1)`, `50 (−34)`), the action to carry out, or `—` at the best.
    static func next(_ row: IndicatorFollowUp, _ words: Wording) -> String {
        guard let step = row.nextStep else { return "—" }
        guard let reach = step.reach else { return words("action à mener", "action to carry out") }
        guard let gap = step.distance else { return words.decimal(reach) }
        var lower = false
        if case .tiers(let better, _) = row.indicator.payout { lower = better == .lower }
        return words.decimal(reach) + " (" + (lower ? "−" : "+") + words.approximate(gap).replacingAll("≈", with: "").replacingAll(" ", with: "") + ")"
    }

    /// The coming quarter: payments and deadlines of the window, or a line saying there are none.
    static func coming(_ followUp: YearFollowUp, _ words: Wording) -> [String] {
        var lines = [words("D'ici au ", "Coming up to ") + words.date(followUp.comingThrough) + words(" :", ":")]
        for payment in followUp.comingPayments {
            var line = "- " + words.date(payment.dueOn) + " · " + payment.event.label(in: words.language) + words(" de l'année ", ", year ")
                + "\(payment.year) · " + words.money(payment.amount)
            if payment.pendingAmount != .zero {
                line += words(" (et jusqu'à ", " (and up to ") + words.money(payment.pendingAmount) + words(" selon les résultats)", " depending on results)")
            }
            lines.append(line)
        }
        for deadline in followUp.comingDeadlines {
            let what = deadline.kind == .start ? words("échéance de démarrage", "start deadline") : words("échéance de déploiement", "deployment deadline")
            var line = "- " + words.date(deadline.date) + " · " + what + " · " + deadline.mission.label(in: words.language)
            if let met = deadline.metOn { line += words(" (atteinte le ", " (met on ") + words.date(met) + ")" }
            lines.append(line)
        }
        if followUp.comingPayments.isEmpty && followUp.comingDeadlines.isEmpty {
            lines.append("- " + words("aucun versement ni échéance", "no payment and no deadline"))
        }
        return lines
    }

    /// What the follow-up leaves out or cannot tell, said in every format.
    static func notes(_ followUp: YearFollowUp) -> [BilingualText] {
        var notes: [BilingualText] = []
        let french = Wording.french.date(followUp.asOf), english = Wording.english.date(followUp.asOf)
        let unmeasured = followUp.indicators.filter { !$0.isMeasured }
        if !unmeasured.isEmpty {
            let ids = unmeasured.map(\.id).joined(separator: ", ")
            notes.append(BilingualText(fr: "\(unmeasured.count) indicateur(s) sans mesure au \(french), comptés pour rien à ce jour et au rythme : \(ids)",
                                       en: "\(unmeasured.count) indicator(s) without a measurement as of \(english), counted as nothing now and at pace: \(ids)"))
        }
        if followUp.laterMeasurements > 0 {
            notes.append(BilingualText(fr: "\(followUp.laterMeasurements) mesure(s) de l'année datée(s) après le \(french) ne sont pas comptées",
                                       en: "\(followUp.laterMeasurements) measurement(s) of the year dated after \(english) are not counted"))
        }
        if followUp.isAssessed {
            notes.append(BilingualText(fr: "l'année \(followUp.year.number) a déjà ses résultats : 'cpts review --year \(followUp.year.number)' donne ce qu'elle verse",
                                       en: "year \(followUp.year.number) already has its results: 'cpts review --year \(followUp.year.number)' gives what it pays"))
        }
        return notes
    }
}
