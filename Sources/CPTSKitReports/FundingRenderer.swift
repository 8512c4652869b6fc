import CPTSKit

/// Renders a contract's funding as a French table, as JSON (`Documentation/OutputFormat.md`) or as CSV.
public enum FundingRenderer {
    /// Renders the funding of the given years (all when `years` is `nil`).
    ///
    /// JSON is the `Codable` encoding of the library's values: the `ContractFunding`
    /// (`cpts-funding/1`), or the `FundingStatement` (`cpts-statement/1`) when one year is asked.
    ///
    /// - Parameters:
    ///   - funding: The computed funding.
    ///   - format: Table, JSON or CSV.
    ///   - years: The contract years to include, or `nil` for all of them.
    /// - Returns: The text, ending with a newline.
    /// - Throws: The encoding error of JSON output (none for values the engine computed).
    public static func render(_ funding: ContractFunding, format: OutputFormat, years: Set<Int>? = nil) throws -> String {
        let statements = funding.years.filter { years?.contains($0.year.number) ?? true }
        switch format {
        case .json:
            if let years, years.count == 1, let statement = statements.first {
                return try JSONValue(encoding: statement).serialized() + "\n"
            }
            return try JSONValue(encoding: funding).serialized() + "\n"
        case .csv: return csv(statements)
        case .table: return table(funding, statements)
        }
    }

    static func csv(_ statements: [FundingStatement]) -> String {
        var out = CSVWriter.row(["year", "volet", "mission", "part", "indicator", "status", "amount_cents", "amount_eur",
                                 "base_cents", "rate", "rule", "source", "confidence", "rulebook", "amendment"]) + "\n"
        for statement in statements {
            for line in statement.lines {
                out += CSVWriter.row([
                    String(line.year), line.volet.rawValue, line.mission?.key ?? "", line.part.rawValue, line.indicator ?? "",
                    line.status.rawValue, String(line.amount.cents), line.amount.plainDescription, String(line.base.cents),
                    line.rate.description, line.rule.rawValue, line.source.description, line.confidence.rawValue,
                    line.rulebook, line.amendment.map(String.init) ?? "",
                ]) + "\n"
            }
        }
        return out
    }

    static func table(_ funding: ContractFunding, _ statements: [FundingStatement]) -> String {
        var out = "\(funding.cpts) — \(funding.sizeClass.label) (\(funding.sizeClass)) — règles \(funding.rulebook)\n"
        out += "Contrat signé le \(funding.signedOn.frenchDescription)\n"
        if let end = funding.terminatedOn {
            out += "Contrat résilié : dernier jour le \(((try? end.adding(days: -1)) ?? end).frenchDescription)\n"
        }
        for statement in statements {
            let year = statement.year
            let split = statement.rulebooks.count > 1
            out += "\nAnnée \(year.number) : du \(year.start.frenchDescription) au \(year.lastDay.frenchDescription)"
            if split || statement.rulebook != funding.rulebook || statement.sizeClass != funding.sizeClass {
                out += " — règles \(statement.rulebooks.joined(separator: " puis ")), \(statement.sizeClass)"
            }
            out += "\n"
            var table = TextTable([("Volet", .left), ("Mission", .left), ("Part", .left), ("Indicateur", .left),
                                   ("Montant", .right), ("Statut", .left)])
            for line in statement.lines {
                table.append([
                    line.volet == .fonctionnement ? "1 fonctionnement" : "2 missions",
                    line.mission?.label ?? "—", split || line.rulebook != statement.rulebook ? "\(line.part.label) (\(line.rulebook))" : line.part.label,
                    line.indicator ?? "—",
                    line.amount.frenchDescription,
                    line.status == .pending ? "en attente (meilleur cas)" : line.status.label,
                ])
            }
            out += table.rendered() + "\n"
            out += "  Total volet 1 — fonctionnement : \(statement.total(of: .fonctionnement))\n"
            out += "  Total volet 2 — missions       : \(statement.total(of: .missions))\n"
            var seen: [MissionKind] = []
            for line in statement.lines { if let mission = line.mission, !seen.contains(mission) { seen.append(mission) } }
            for mission in seen { out += "    dont \(mission.label) : \(statement.total(of: mission))\n" }
            out += "  Total année \(year.number) : \(statement.total)"
            if statement.hasPendingLines { out += " (jusqu'à \(statement.maxTotal) avec les lignes en attente)" }
            out += "\n"
        }
        let total = Euros(cents: statements.reduce(Int64(0)) { $0 &+ $1.total.cents })
        let maxTotal = Euros(cents: statements.reduce(Int64(0)) { $0 &+ $1.maxTotal.cents })
        out += "\nTotal \(statements.count == funding.years.count ? "du contrat" : "des années affichées") : \(total)"
        if maxTotal != total { out += " (jusqu'à \(maxTotal) avec les lignes en attente)" }
        return out + "\n"
    }
}
