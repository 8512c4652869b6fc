import CPTSKit

/// Renders a `ContractReport` (what `cpts validate` prints) as text in French or English, or as JSON.
public enum ReportRenderer {
    /// Renders the report of one file.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - file: The file name to show.
    ///   - format: Table (text) or JSON; CSV renders as the table.
    ///   - language: The language of the text (JSON carries codes and both messages).
    /// - Returns: The text, ending with a newline.
    public static func render(_ report: ContractReport, file: String, format: OutputFormat, language: Language = .french) -> String {
        if format == .json { return json(report, file: file).serialized() + "\n" }
        let words = Wording(language)
        let warning = words("avertissement : ", "warning: ")
        var out = file + words(" : valide — ", ": valid — ") + "\(report.cpts), \(report.sizeClass.label(in: language)) (\(report.sizeClass)), "
            + words("règles ", "rulebooks ") + report.rulebooks.joined(separator: words(" puis ", " then ")) + "\n"
        if let end = report.terminatedOn {
            out += words("  contrat résilié : premier jour sans contrat le ", "  contract terminated: first day without contract ") + words.date(end) + "\n"
        }
        out += "  \(report.missionCount) missions, \(report.indicatorCount) " + words("indicateurs, années évaluées : ", "indicators, assessed years: ")
        out += report.assessedYears.isEmpty ? words("aucune", "none") + "\n" : report.assessedYears.map(String.init).joined(separator: ", ") + "\n"
        var seenEPCIs: Set<String> = []
        for check in report.populationChecks {
            out += words("  population déclarée ", "  declared population ") + words.integer(check.declared) + words(" ; INSEE ", "; INSEE ")
                + "\(check.measure.label(in: language)) \(check.millesime) " + words("des communes : ", "of the communes: ") + words.integer(check.inseeSum)
            out += check.difference == 0 ? words(" (identique)", " (the same)")
                : words(" (écart ", " (difference ") + (check.difference > 0 ? "+" : "") + words.integer(check.difference) + ")"
            if !check.unknownCodes.isEmpty {
                out += words(" ; hors jeu de données : ", "; outside the data: ") + check.unknownCodes.map(\.rawValue).joined(separator: ", ")
            }
            out += "\n"
            // An EPCI's note is the same in every millésime: it is said under the first only.
            for note in check.notes where note.kind != .epci || seenEPCIs.insert("\(note.path) \(note.code)").inserted {
                out += "    " + (note.isWarning ? warning : words("note : ", "note: ")) + note.description(in: language) + "\n"
            }
        }
        if report.warnings.isEmpty { out += words("  aucun avertissement", "  no warning") + "\n" }
        for item in report.warnings { out += "  " + warning + item.description(in: language) + "\n" }
        return TextTable.wrappingLines(out)
    }

    /// The JSON form of a report.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - file: The file name.
    public static func json(_ report: ContractReport, file: String) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("valid", .bool(true)),
            ("cpts", .string(report.cpts)),
            ("population", .number(String(report.population))),
            ("size_class", .string(report.sizeClass.code)),
            ("rulebook", .string(report.rulebook)),
            ("rulebooks", .array(report.rulebooks.map { .string($0) })),
            ("terminated_on", report.terminatedOn.map { .string($0.description) } ?? .null),
            ("missions", .number(String(report.missionCount))),
            ("indicators", .number(String(report.indicatorCount))),
            ("assessed_years", .array(report.assessedYears.map { .number(String($0)) })),
            ("warnings", .array(report.warnings.map {
                .object([("kind", .string($0.kind.rawValue)), ("path", .string($0.path)), ("message", .string($0.message)),
                         ("message_fr", .string($0.frenchMessage)), ("value", $0.value.map { .string($0) } ?? .null)])
            })),
            ("population_checks", .array(report.populationChecks.map {
                .object([("millesime", .number(String($0.millesime))), ("measure", .string($0.measure.rawValue)),
                         ("insee_sum", .number(String($0.inseeSum))), ("difference", .number(String($0.difference))),
                         ("unknown_codes", .array($0.unknownCodes.map { .string($0.rawValue) })),
                         ("notes", .array($0.notes.map(CoverageRenderer.note)))])
            })),
        ])
    }
}
