import CPTSKit

/// Renders a `PortfolioSummary` as a table in French or English, JSON, or CSV (plain or for a French spreadsheet).
public enum PortfolioRenderer {
    /// Renders the summary.
    ///
    /// - Parameters:
    ///   - summary: The portfolio summary.
    ///   - coverage: Its coverage of a département, if computed.
    ///   - format: Table, JSON or CSV.
    ///   - frenchSpreadsheet: With CSV: UTF-8 with a byte-order mark, `;` separators and decimal
    ///     commas, so a French spreadsheet opens it as is.
    ///   - language: The language of a table (JSON and CSV carry codes).
    /// - Returns: The text, ending with a newline.
    public static func render(_ summary: PortfolioSummary, coverage: Coverage?, format: OutputFormat,
                              frenchSpreadsheet: Bool = false, language: Language = .french) -> String {
        let words = Wording(language)
        let groups = groups(summary, words: words)
        switch format {
        case .json:
            func bucket(_ b: PortfolioSummary.Bucket) -> JSONValue {
                .object([("total_cents", .number(String(b.total.cents))), ("max_total_cents", .number(String(b.maxTotal.cents))),
                         ("commitment_cents", .number(String(b.commitment.cents)))])
            }
            var members: [(key: String, value: JSONValue)] = [
                ("format", .string("cpts-portfolio/1")),
                ("contracts", .number(String(summary.contractCount))),
                ("skipped", RefusedRenderer.json(summary.refused)),
                ("declared_population", .number(String(summary.declaredPopulation))),
                ("total", bucket(summary.total)),
            ]
            for group in groups {
                members.append((group.key, .object(group.rows.map { ($0.key, bucket($0.bucket)) })))
            }
            members.append(("population_by_department", .object(summary.populationByDepartment.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.number(String($0.value))) })))
            members.append(("payments_by_calendar_year", .object(summary.paymentsByCalendarYear.keys.sorted().map {
                (String($0), .number(String(summary.paymentsByCalendarYear[$0]?.cents ?? 0)))
            })))
            if let coverage {
                members.append(("coverage", .object([
                    ("area", .string(coverage.areaName)), ("millesime", .number(String(coverage.millesime))),
                    ("covered_population", .number(String(coverage.coveredPopulation))),
                    ("population", .number(String(coverage.population))),
                    ("share_percent", CoverageRenderer.percentNumber(coverage.share)),
                ])))
            }
            return JSONValue.object(members).serialized() + "\n"
        case .csv:
            let separator: Character = frenchSpreadsheet ? ";" : ","
            func money(_ euros: Euros) -> String {
                frenchSpreadsheet ? euros.plainDescription.replacingAll(".", with: ",") : euros.plainDescription
            }
            func row(_ fields: [String]) -> String {
                CSVWriter.row(fields, separator: separator) + (frenchSpreadsheet ? "\r\n" : "\n")
            }
            var out = frenchSpreadsheet ? "\u{FEFF}" : ""
            out += row(frenchSpreadsheet ? ["regroupement", "cle", "total_eur", "max_total_eur", "engagement_eur"]
                                         : ["group", "key", "total_eur", "max_total_eur", "commitment_eur"])
            out += row(["total", "", money(summary.total.total), money(summary.total.maxTotal), money(summary.total.commitment)])
            for group in groups {
                for entry in group.rows {
                    out += row([group.key, entry.key, money(entry.bucket.total), money(entry.bucket.maxTotal), money(entry.bucket.commitment)])
                }
            }
            for year in summary.paymentsByCalendarYear.keys.sorted() {
                out += row(["payments_by_calendar_year", String(year), money(summary.paymentsByCalendarYear[year] ?? .zero), "", ""])
            }
            for fields in RefusedRenderer.csvRows(summary.refused, columns: 5) { out += row(fields) }
            return out
        case .table:
            var out = words("Portefeuille : ", "Portfolio: ") + "\(summary.contractCount) " + words("contrat(s), population déclarée ", "contract(s), declared population ")
                + words.integer(summary.declaredPopulation) + "\n"
            out += "Total" + words(" : ", ": ") + words.money(summary.total.total) + "\n"
            out += words("  avec les lignes en attente : ", "  with the pending lines: ") + words.money(summary.total.maxTotal) + "\n"
            out += words("  engagement (fixe + variable au meilleur cas) : ", "  commitment (fixed + variable at best case): ")
                + words.money(summary.total.commitment) + "\n"
            let titles = ["by_contract_year": words("Par année contractuelle", "By contract year"), "by_volet": words("Par volet", "By volet"),
                          "by_mission": words("Par mission", "By mission"), "by_size_class": words("Par taille", "By size class"),
                          "by_department": words("Par département", "By département")]
            for group in groups {
                var table = TextTable([("", .left), ("Total", .right), (words("Avec attente", "With pending"), .right),
                                       (words("Engagement", "Commitment"), .right)])
                for entry in group.rows {
                    table.append([entry.label, words.money(entry.bucket.total), words.money(entry.bucket.maxTotal),
                                  words.money(entry.bucket.commitment)])
                }
                out += "\n\(titles[group.key] ?? group.key)\n" + table.rendered() + "\n"
            }
            var payments = TextTable([(words("Année civile", "Calendar year"), .left), (words("Versements dus", "Payments due"), .right)])
            for year in summary.paymentsByCalendarYear.keys.sorted() {
                payments.append([String(year), words.money(summary.paymentsByCalendarYear[year] ?? .zero)])
            }
            out += "\n" + words("Versements par année civile (hors parts variables en attente)", "Payments by calendar year (pending variable parts excluded)")
                + "\n" + payments.rendered() + "\n"
            if let coverage {
                out += "\n" + words("Couverture : ", "Coverage: ") + "\(coverage.areaName) (\(coverage.measure.label(in: language)) \(coverage.millesime))"
                    + words(" : ", ": ") + words.integer(coverage.coveredPopulation) + words(" sur ", " of ") + words.integer(coverage.population)
                    + ", " + words.percent(coverage.share) + "\n"
            }
            return out + RefusedRenderer.table(summary.refused, words)
        }
    }

    struct Group {
        let key: String
        let rows: [(key: String, label: String, bucket: PortfolioSummary.Bucket)]
    }

    static func groups(_ summary: PortfolioSummary, words: Wording = .french) -> [Group] {
        [
            Group(key: "by_contract_year", rows: summary.byContractYear.keys.sorted().map {
                (String($0), words("année ", "year ") + "\($0)", summary.byContractYear[$0] ?? .init())
            }),
            Group(key: "by_volet", rows: Volet.allCases.compactMap { volet in
                summary.byVolet[volet].map { (volet.rawValue, volet.label(in: words.language), $0) }
            }),
            Group(key: "by_mission", rows: summary.byMission.keys.sorted().compactMap { mission in
                summary.byMission[mission].map { (mission.key, mission.label, $0) }
            }),
            Group(key: "by_size_class", rows: SizeClass.allCases.compactMap { size in
                summary.bySizeClass[size].map { (size.code, size.label(in: words.language), $0) }
            }),
            Group(key: "by_department", rows: summary.byDepartment.keys.sorted().map {
                ($0, $0 == "unknown" ? words("inconnu", "unknown") : $0, summary.byDepartment[$0] ?? .init())
            }),
        ]
    }
}
