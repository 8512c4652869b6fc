import CPTSKit

extension FundingRenderer {
    /// Every line of the given years (`cpts funding --lines`, `--year N`): grouped by volet and
    /// mission, a variable line named by its indicator's label and showing what it could pay.
    static func detail(_ funding: ContractFunding, _ statements: [FundingStatement], words: Wording, contract: ACIContract?) -> String {
        var out = heading(funding, words: words)
        for statement in statements {
            let year = statement.year
            let split = statement.rulebooks.count > 1
            out += "\n" + words("Année \(year.number) : du ", "Year \(year.number): from ") + words.date(year.start)
                + words(" au ", " to ") + words.date(year.lastDay)
            if split || statement.rulebook != funding.rulebook || statement.sizeClass != funding.sizeClass {
                out += " — " + words("règles ", "rulebooks ") + statement.rulebooks.joined(separator: words(" puis ", " then "))
                    + ", \(statement.sizeClass)"
            }
            out += "\n"
            var table = TextTable([(words("Ligne", "Line"), .left), (words("Montant", "Amount"), .right),
                                   (words("Sur", "Out of"), .right), (words("Statut", "Status"), .left)])
            var group: MissionKind?? = .none
            for line in statement.lines {
                if group != .some(line.mission) {
                    group = .some(line.mission)
                    table.append([Self.fitted(line.mission?.label(in: words.language) ?? "Fonctionnement"), "", "", ""])
                }
                var name = line.indicator.map { id in
                    contract?.indicator(withID: id, inYear: year.number)?.indicator.label ?? id
                } ?? line.part.label(in: words.language)
                if split || line.rulebook != statement.rulebook { name += " (\(line.rulebook))" }
                name = Self.fitted("  " + name)
                var status = line.status.label(in: words.language)
                if let result = line.result { status += " (\(words.result(result)))" }
                table.append([name, line.status == .pending ? "—" : words.money(line.amount),
                              line.part == .variable ? words.money(line.bestCase) : "", status])
            }
            out += table.rendered() + "\n"
            out += words("  Total volet 1 — fonctionnement : ", "  Total volet 1 — fonctionnement: ")
                + words.money(statement.total(of: .fonctionnement)) + "\n"
            out += words("  Total volet 2 — missions : ", "  Total volet 2 — missions: ") + words.money(statement.total(of: .missions)) + "\n"
            var seen: [MissionKind] = []
            for line in statement.lines { if let mission = line.mission, !seen.contains(mission) { seen.append(mission) } }
            for mission in seen {
                out += words("    dont ", "    of which ") + mission.label + words(" : ", ": ") + words.money(statement.total(of: mission)) + "\n"
            }
            out += words("  Total année \(year.number) : ", "  Total year \(year.number): ") + words.money(statement.total)
            if statement.hasPendingLines {
                out += words(" (jusqu'à ", " (up to ") + words.money(statement.maxTotal)
                    + words(" avec les lignes en attente)", " with the pending lines)")
            }
            out += "\n"
        }
        let total = Euros(cents: statements.reduce(Int64(0)) { $0 &+ $1.total.cents })
        let maxTotal = Euros(cents: statements.reduce(Int64(0)) { $0 &+ $1.maxTotal.cents })
        out += "\n" + (statements.count == funding.years.count ? words("Total du contrat : ", "Contract total: ")
                                                                  : words("Total des années affichées : ", "Total of the years shown: "))
        out += words.money(total)
        if maxTotal != total {
            out += words(" (jusqu'à ", " (up to ") + words.money(maxTotal) + words(" avec les lignes en attente)", " with the pending lines)")
        }
        return out + "\n"
    }

    /// A label cut to 56 characters (`…` at the end), so a line table stays within 100 columns;
    /// `cpts explain` gives every label whole.
    static func fitted(_ label: String) -> String {
        label.count > 56 ? String(label.prefix(55)) + "…" : label
    }
}
