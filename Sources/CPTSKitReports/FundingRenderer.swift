import CPTSKit

/// Renders a contract's funding as a French table, as JSON (`Documentation/OutputFormat.md`) or as CSV.
public enum FundingRenderer {
    /// Renders the funding of the given years (all when `years` is `nil`).
    ///
    /// JSON is the `Codable` encoding of the library's values: the `ContractFunding`
    /// (`cpts-funding/1`), or the `FundingStatement` (`cpts-statement/1`) when one year is asked.
    /// A table opens with the summary a coordinator asks for first — per contract year the
    /// *fonctionnement*, the fixed parts, the variable part earned, still possible and missed, the
    /// total — unless `lines` is set or years are chosen: then every line, year by year.
    ///
    /// - Parameters:
    ///   - funding: The computed funding.
    ///   - format: Table, JSON or CSV.
    ///   - years: The contract years to include, or `nil` for all of them.
    ///   - language: The language of a table (JSON and CSV carry codes).
    ///   - lines: Whether a table shows every line rather than the summary.
    ///   - contract: The contract, whose indicators' labels name the variable lines of a table.
    ///   - asOf: The day the summary is read on: the contract year containing it is marked current.
    /// - Returns: The text, ending with a newline.
    /// - Throws: The encoding error of JSON output (none for values the engine computed).
    public static func render(_ funding: ContractFunding, format: OutputFormat, years: Set<Int>? = nil,
                              language: Language = .french, lines: Bool = false, contract: ACIContract? = nil,
                              asOf: CalendarDate? = nil) throws -> String {
        let statements = funding.years.filter { years?.contains($0.year.number) ?? true }
        switch format {
        case .json:
            if let years, years.count == 1, let statement = statements.first {
                return try JSONValue(encoding: statement).serialized() + "\n"
            }
            return try JSONValue(encoding: funding).serialized() + "\n"
        case .csv: return csv(statements)
        case .table:
            let words = Wording(language)
            if lines || years != nil { return detail(funding, statements, words: words, contract: contract) }
            return try summary(funding, words: words, asOf: asOf)
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

    /// The two lines that open a table: the CPTS, its size class and rulebook, the signature.
    static func heading(_ funding: ContractFunding, words: Wording) -> String {
        var out = "\(funding.cpts) — \(funding.sizeClass) (\(funding.sizeClass.label(in: words.language))) — "
            + words("règles", "rulebook") + " \(funding.rulebook)\n"
        out += words("Contrat signé le ", "Contract signed on ") + words.date(funding.signedOn) + "\n"
        if let end = funding.terminatedOn {
            out += words("Contrat résilié : dernier jour le ", "Contract terminated: last day ")
                + words.date((try? end.adding(days: -1)) ?? end) + "\n"
        }
        return out
    }
}
