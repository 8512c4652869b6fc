import CPTSKit

extension FundingRenderer {
    /// The figures of one year's summary row.
    struct SummaryRow {
        var fonctionnement = Euros.zero
        var fixed = Euros.zero
        var earned = Euros.zero
        var possible = Euros.zero
        var missed = Euros.zero
        var total = Euros.zero

        /// Sums a statement's lines, with overflow checks: volet 1; fixed parts and crisis
        /// activations; the variable part earned (assessed), still possible (pending, at best case)
        /// and missed (best case minus earned, for assessed lines).
        init(_ statement: FundingStatement) throws(CPTSKitError) {
            for line in statement.lines {
                if line.status == .pending {
                    possible = try possible.adding(line.amount)
                    continue
                }
                if line.volet == .fonctionnement {
                    fonctionnement = try fonctionnement.adding(line.amount)
                } else if line.part == .variable {
                    earned = try earned.adding(line.amount)
                    missed = try missed.adding(try line.bestCase.subtracting(line.amount))
                } else {
                    fixed = try fixed.adding(line.amount)
                }
            }
            total = statement.total
        }

        init() {}

        /// Adds a year's row to the contract's.
        mutating func add(_ row: SummaryRow) throws(CPTSKitError) {
            fonctionnement = try fonctionnement.adding(row.fonctionnement)
            fixed = try fixed.adding(row.fixed)
            earned = try earned.adding(row.earned)
            possible = try possible.adding(row.possible)
            missed = try missed.adding(row.missed)
            total = try total.adding(row.total)
        }
    }

    /// The first screen of `cpts funding`: one row per contract year and the contract's total.
    static func summary(_ funding: ContractFunding, words: Wording, asOf: CalendarDate? = nil) throws(CPTSKitError) -> String {
        var out = heading(funding, words: words) + "\n"
        var table = TextTable([(words("Année", "Year"), .left), ("Fonctionnement", .right), (words("Parts fixes", "Fixed parts"), .right),
                               (words("Variable obtenu", "Variable earned"), .right),
                               (words("Encore possible", "Still possible"), .right), (words("Manqué", "Missed"), .right),
                               ("Total", .right)])
        var sum = SummaryRow()
        var marked: CalendarDate? = nil
        func cells(_ label: String, _ row: SummaryRow) -> [String] {
            [label] + [row.fonctionnement, row.fixed, row.earned, row.possible, row.missed, row.total].map(words.money)
        }
        for statement in funding.years {
            let row = try SummaryRow(statement)
            try sum.add(row)
            // The year containing the as-of date, while the contract runs.
            let current = asOf.map { day in statement.year.contains(day) && funding.terminatedOn.map { day < $0 } ?? true } ?? false
            table.append(cells((current ? "▸ " : "") + String(statement.year.number), row))
            if current, let asOf { marked = asOf }
        }
        table.append(cells("Total", sum))
        out += table.rendered() + "\n"
        if let marked { out += words("  ▸ l'année en cours au ", "  ▸ the current year as of ") + words.date(marked) + "\n" }
        out += "\n" + words("Total du contrat : ", "Contract total: ") + words.money(funding.total) + "\n"
        if sum.possible != .zero {
            out += words("  encore possible : ", "  still possible: ") + words.money(sum.possible)
                + words(" si les objectifs en attente sont atteints", " if the pending objectives are met") + "\n"
        }
        if sum.missed != .zero { out += words("  manqué : ", "  missed: ") + words.money(sum.missed) + "\n" }
        out += words("Chaque ligne, avec sa règle : --lines (ou --year N pour une année).",
                     "Every line, with its rule: --lines (or --year N for one year).") + "\n"
        return out
    }
}
