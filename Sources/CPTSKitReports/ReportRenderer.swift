import CPTSKit

/// Renders a `ContractReport` (what `cpts validate` prints) as French text or JSON.
public enum ReportRenderer {
    /// Renders the report of one file.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - file: The file name to show.
    ///   - format: Table (text) or JSON; CSV renders as the table.
    /// - Returns: The text, ending with a newline.
    public static func render(_ report: ContractReport, file: String, format: OutputFormat) -> String {
        if format == .json { return json(report, file: file).serialized() + "\n" }
        var out = "\(file) : valide — \(report.cpts), \(report.sizeClass.label) (\(report.sizeClass)), règles \(report.rulebooks.joined(separator: " puis "))\n"
        if let end = report.terminatedOn { out += "  contrat résilié : premier jour sans contrat le \(end.frenchDescription)\n" }
        out += "  \(report.missionCount) missions, \(report.indicatorCount) indicateurs, années évaluées : "
        out += report.assessedYears.isEmpty ? "aucune\n" : report.assessedYears.map(String.init).joined(separator: ", ") + "\n"
        for check in report.populationChecks {
            out += "  population déclarée \(FrenchNumber.grouped(check.declared)) ; INSEE \(check.measure.label) \(check.millesime) des communes : \(FrenchNumber.grouped(check.inseeSum))"
            out += check.difference == 0 ? " (identique)" : " (écart \(check.difference > 0 ? "+" : "")\(FrenchNumber.grouped(check.difference)))"
            if !check.unknownCodes.isEmpty { out += " ; hors jeu de données : \(check.unknownCodes.map(\.rawValue).joined(separator: ", "))" }
            out += "\n"
            for note in check.notes { out += "    \(note.isWarning ? "avertissement" : "note") : \(note)\n" }
        }
        if report.warnings.isEmpty { out += "  aucun avertissement\n" }
        for warning in report.warnings { out += "  avertissement : \(warning)\n" }
        return out
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
                .object([("kind", .string($0.kind.rawValue)), ("path", .string($0.path)), ("message", .string($0.message))])
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
