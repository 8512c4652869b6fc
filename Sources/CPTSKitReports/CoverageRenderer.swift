import CPTSKit

/// Renders a `CoverageReport` as a French table, JSON or CSV.
public enum CoverageRenderer {
    /// Renders the report.
    ///
    /// - Parameters:
    ///   - report: The coverage report.
    ///   - format: Table, JSON or CSV.
    /// - Returns: The text, ending with a newline.
    public static func render(_ report: CoverageReport, format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                ("department", .string(report.department)),
                ("millesime", .number(String(report.millesime))),
                ("measure", .string(report.measure.rawValue)),
                ("department_population", .number(String(report.departmentPopulation))),
                ("covered_population", .number(String(report.coveredPopulation))),
                ("share", .string(report.share.description)),
                ("share_percent", .string(FrenchNumber.percent(report.share))),
                ("covered_communes", .number(String(report.coveredCommunes))),
                ("department_communes", .number(String(report.departmentCommunes))),
                ("cpts", .array(report.entries.map {
                    .object([("name", .string($0.name)), ("communes", .number(String($0.communes))),
                             ("population", .number(String($0.population)))])
                })),
                ("overlaps", .array(report.overlaps.map { .string($0.rawValue) })),
                ("outside", .array(report.outside.map { .string($0.rawValue) })),
            ]).serialized() + "\n"
        case .csv:
            var out = CSVWriter.row(["cpts", "communes", "population", "millesime", "measure"]) + "\n"
            for entry in report.entries {
                out += CSVWriter.row([entry.name, String(entry.communes), String(entry.population), String(report.millesime),
                                      report.measure.rawValue]) + "\n"
            }
            return out
        case .table:
            var table = TextTable([("CPTS", .left), ("Communes", .right), ("Population", .right)])
            for entry in report.entries {
                table.append([entry.name, entry.communes == 0 ? "— (aucune commune du département listée)" : String(entry.communes),
                              FrenchNumber.grouped(entry.population)])
            }
            var out = "Couverture du \(report.department) — \(report.measure.label), millésime \(report.millesime)\n\n"
            out += table.rendered() + "\n\n"
            out += "Population couverte : \(FrenchNumber.grouped(report.coveredPopulation)) sur \(FrenchNumber.grouped(report.departmentPopulation))"
            out += " (\(report.coveredCommunes) communes sur \(report.departmentCommunes))\n"
            out += "Taux de couverture : \(FrenchNumber.percent(report.share))\n"
            if !report.overlaps.isEmpty { out += "Communes comptées une seule fois, citées par plusieurs CPTS : \(report.overlaps.map(\.rawValue).joined(separator: ", "))\n" }
            if !report.outside.isEmpty { out += "Communes hors du département, non comptées : \(report.outside.map(\.rawValue).joined(separator: ", "))\n" }
            return out
        }
    }
}
