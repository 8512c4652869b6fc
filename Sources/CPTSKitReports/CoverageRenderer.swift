import CPTSKit

/// Renders a `Coverage` as a table in French or English, JSON (`cpts-coverage/1`), CSV or a
/// self-contained HTML page.
public enum CoverageRenderer {
    /// How many uncovered communes the table and the page list; JSON and CSV list them all.
    public static let uncoveredShown = 20

    /// Renders the coverage.
    ///
    /// - Parameters:
    ///   - coverage: The coverage.
    ///   - format: Table, JSON or CSV.
    ///   - language: The language of a table (JSON and CSV carry codes).
    ///   - skipped: The files left out (not read, or whose territory could not be read), listed in
    ///     every format.
    /// - Returns: The text, ending with a newline.
    public static func render(_ coverage: Coverage, format: OutputFormat, language: Language = .french,
                              skipped: [RefusedContract] = []) -> String {
        switch format {
        case .json: json(coverage, skipped: skipped).serialized() + "\n"
        case .csv: csv(coverage) + RefusedRenderer.csvRows(skipped, columns: 6).map { CSVWriter.row($0) + "\n" }.joined()
        case .table: table(coverage, Wording(language)) + RefusedRenderer.table(skipped, Wording(language))
        }
    }

    /// The heading line: area, measure, millésime and its date of force.
    static func heading(_ coverage: Coverage, _ w: Wording = .french) -> String {
        let inForce = PopulationDataset.inForceDate(ofMillesime: coverage.millesime)
        return w("Couverture : ", "Coverage: ") + "\(coverage.areaName) — \(coverage.measure.label(in: w.language)), millésime \(coverage.millesime)"
            + w(" (population légale en vigueur au 1er janvier \(inForce.year))", " (legal population in force on 1 January \(inForce.year))")
    }

    static func area(_ area: CoverageArea) -> (kind: String, codes: [String]) {
        switch area {
        case .whole: ("whole", [])
        case .department(let code): ("departement", [code])
        case .departments(let codes): ("departements", Set(codes).sorted())
        case .region(let code): ("region", [code])
        }
    }

    /// The JSON document, `cpts-coverage/1`.
    static func json(_ coverage: Coverage, skipped: [RefusedContract] = []) -> JSONValue {
        func number(_ value: Int) -> JSONValue { .number(String(value)) }
        func part(_ part: Coverage.Part) -> JSONValue {
            .object([("code", .string(part.code)), ("name", .string(part.name)), ("population", number(part.population)),
                     ("covered_population", number(part.coveredPopulation)), ("share", .string(part.share.description)),
                     ("share_percent", percentNumber(part.share)), ("communes", number(part.communes)),
                     ("covered_communes", number(part.coveredCommunes))])
        }
        let (kind, codes) = area(coverage.area)
        return .object([
            ("format", .string("cpts-coverage/1")),
            ("skipped", RefusedRenderer.json(skipped)),
            ("area", .object([("kind", .string(kind)), ("codes", .array(codes.map { .string($0) })),
                              ("name", .string(coverage.areaName))])),
            ("millesime", number(coverage.millesime)),
            ("in_force_on", .string(PopulationDataset.inForceDate(ofMillesime: coverage.millesime).description)),
            ("measure", .string(coverage.measure.rawValue)),
            ("population", number(coverage.population)),
            ("covered_population", number(coverage.coveredPopulation)),
            ("share", .string(coverage.share.description)),
            ("share_percent", percentNumber(coverage.share)),
            ("communes", number(coverage.communes)),
            ("covered_communes", number(coverage.coveredCommunes)),
            ("cpts", .array(coverage.communities.map { community in
                .object([("name", .string(community.name)), ("communes", number(community.communes)),
                         ("population", number(community.population)),
                         ("communes_outside_area", number(community.communesOutsideArea)),
                         ("notes", .array(community.notes.map(note)))])
            })),
            ("overlaps", .array(coverage.overlaps.map { claim in
                .object([("insee", .string(claim.code.rawValue)), ("name", .string(claim.name)),
                         ("departement", .string(claim.department)), ("population", number(claim.population)),
                         ("claimed_by", .array(claim.claimedBy.map { .string($0) }))])
            })),
            ("uncovered", .array(coverage.uncovered.map { commune in
                .object([("insee", .string(commune.code.rawValue)), ("name", .string(commune.name)),
                         ("departement", .string(commune.department)), ("population", number(commune.population))])
            })),
            ("departements", .array(coverage.departments.map(part))),
            ("regions", .array(coverage.regions.map(part))),
            ("outside", .array(coverage.outside.map { .string($0.rawValue) })),
            ("attribution", .string(coverage.attribution)),
        ])
    }

    /// A note on how a code was read, as JSON.
    static func note(_ note: TerritoryNote) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("kind", .string(note.kind.rawValue)), ("path", .string(note.path)), ("code", .string(note.code)),
            ("counted", .array(note.counted.map { .string($0.rawValue) })),
        ]
        if let date = note.date { members.append(("date", .string(date.description))) }
        members.append(("warning", .bool(note.isWarning)))
        members.append(("message", .string(note.message)))
        members.append(("message_fr", .string(note.frenchMessage)))
        return .object(members)
    }

    /// One row per commune of the area, covered or not, in code order.
    static func csv(_ coverage: Coverage) -> String {
        var rows: [(code: INSEECode, fields: [String])] = []
        for claim in coverage.covered {
            rows.append((claim.code, [claim.code.rawValue, claim.name, claim.department, String(claim.population),
                                      claim.claimedBy.count > 1 ? "overlap" : "covered", claim.claimedBy.joined(separator: " | ")]))
        }
        for commune in coverage.uncovered {
            rows.append((commune.code, [commune.code.rawValue, commune.name, commune.department, String(commune.population),
                                        "uncovered", ""]))
        }
        rows.sort { $0.code < $1.code }
        var out = CSVWriter.row(["insee", "commune", "departement", coverage.measure.rawValue + "_\(coverage.millesime)", "status",
                                 "cpts"]) + "\n"
        for row in rows { out += CSVWriter.row(row.fields) + "\n" }
        return out
    }

    static func table(_ coverage: Coverage, _ w: Wording) -> String {
        let colon = w(" : ", ": ")
        var out = heading(coverage, w) + "\n\n"
        var table = TextTable([("CPTS", .left), ("Communes", .right), ("Population", .right), (w("Hors zone", "Outside"), .right)])
        for community in coverage.communities {
            table.append([community.name, String(community.communes), w.integer(community.population), String(community.communesOutsideArea)])
        }
        out += table.rendered() + "\n\n"
        out += w("Population couverte : ", "Covered population: ") + w.integer(coverage.coveredPopulation) + w(" sur ", " of ")
            + w.integer(coverage.population)
        out += " (\(w.integer(coverage.coveredCommunes)) \(coverage.coveredCommunes == 1 ? "commune" : "communes")" + w(" sur ", " of ") + "\(w.integer(coverage.communes)))\n"
        out += w("Taux de couverture : ", "Coverage rate: ") + w.percent(coverage.share) + "\n"
        for (title, column, parts) in [(w("Par région", "By région"), w("Région", "Région"), coverage.regions),
                                       (w("Par département", "By département"), w("Département", "Département"), coverage.departments)]
        where parts.count > 1 {
            var byPart = TextTable([(column, .left), ("Population", .right), (w("Couverte", "Covered"), .right), (w("Taux", "Rate"), .right)])
            for part in parts {
                byPart.append(["\(part.code) \(part.name)", w.integer(part.population), w.integer(part.coveredPopulation), w.percent(part.share)])
            }
            out += "\n\(title)\(colon.hasPrefix(" ") ? " :" : ":")\n" + byPart.rendered() + "\n"
        }
        let overlaps = coverage.overlaps
        if !overlaps.isEmpty {
            out += overlaps.count == 1
                ? w("\nAvertissement : 1 commune citée par plusieurs CPTS, comptée une seule fois :\n",
                    "\nWarning: 1 commune listed by several CPTS, counted once:\n")
                : w("\nAvertissement : \(overlaps.count) communes citées par plusieurs CPTS, comptées une seule fois :\n",
                    "\nWarning: \(overlaps.count) communes listed by several CPTS, counted once:\n")
            for claim in overlaps {
                out += "  \(claim.code) \(claim.name) (\(w.integer(claim.population)) " + w("hab.", "inh.") + ")" + colon
                    + claim.claimedBy.joined(separator: ", ") + "\n"
            }
        }
        let uncoveredPopulation = coverage.uncovered.reduce(0) { $0 + $1.population }
        out += "\n" + w("Communes non couvertes : ", "Communes not covered: ") + w.integer(coverage.uncovered.count)
        out += " (\(w.integer(uncoveredPopulation)) " + w("habitants", "inhabitants") + ")"
        if !coverage.uncovered.isEmpty {
            out += w(", les plus peuplées :\n", ", the most populated:\n")
            var list = TextTable([("Commune", .left), (w("Dép.", "Dept."), .left), ("Population", .right)])
            for commune in coverage.uncovered.prefix(uncoveredShown) {
                list.append(["\(commune.code) \(commune.name)", commune.department, w.integer(commune.population)])
            }
            out += list.rendered() + "\n"
            if coverage.uncovered.count > uncoveredShown {
                let more = w.integer(coverage.uncovered.count - uncoveredShown)
                out += w("  … et \(more) autres (la liste complète : --format csv ou json)\n", "  … and \(more) more (the whole list: --format csv or json)\n")
            }
        } else {
            out += "\n"
        }
        var notes: [String] = []
        for community in coverage.communities {
            for note in community.notes {
                notes.append("  " + (note.isWarning ? w("avertissement", "warning") : "note") + colon + community.name + colon + note.description(in: w.language))
            }
        }
        if !notes.isEmpty { out += "\n" + w("Lecture des codes :", "How the codes were read:") + "\n" + notes.joined(separator: "\n") + "\n" }
        if !coverage.outside.isEmpty {
            out += "\n" + w("Codes hors des données, non comptés : ", "Codes outside the data, not counted: ")
                + coverage.outside.map(\.rawValue).joined(separator: ", ") + "\n"
        }
        out += "\n\(coverage.attribution)\n"
        return out
    }

    /// A self-contained HTML page: the figures, a bar chart of the rate per département, the
    /// overlaps and the most populated uncovered communes.
    ///
    /// - Parameters:
    ///   - coverage: The coverage.
    ///   - language: French (the default) or English; the page's `lang`.
    ///   - skipped: The files left out, listed in a section of the page.
    /// - Returns: The page.
    public static func html(_ coverage: Coverage, language: Language = .french, skipped: [RefusedContract] = []) -> String {
        let w = Wording(language)
        let colon = w(" : ", ": ")
        let escape = ReviewRenderer.escape
        let title = heading(coverage, w)
        var body = "<h1>\(escape(title))</h1>\n"
        body += "<p>" + w("Population couverte : ", "Covered population: ") + "<strong>\(w.integer(coverage.coveredPopulation))</strong>" + w(" sur ", " of ")
        body += w.integer(coverage.population) + w(" — taux de couverture ", " — coverage rate ") + "<strong>\(w.percent(coverage.share))</strong>"
        body += " (\(w.integer(coverage.coveredCommunes)) \(coverage.coveredCommunes == 1 ? "commune" : "communes")" + w(" sur ", " of ") + "\(w.integer(coverage.communes))).</p>\n"
        body += chart(coverage.departments, title: w("Taux de couverture par département", "Coverage rate by département"), w)
        body += "<h2>CPTS</h2>\n<table>\n<tr><th>CPTS</th><th>Communes</th><th>Population</th><th>" + w("Hors zone", "Outside") + "</th></tr>\n"
        for community in coverage.communities {
            body += "<tr><td>\(escape(community.name))</td><td>\(community.communes)</td>"
            body += "<td>\(w.integer(community.population))</td><td>\(community.communesOutsideArea)</td></tr>\n"
        }
        body += "</table>\n"
        for (heading, parts) in [(w("Par région", "By région"), coverage.regions), (w("Par département", "By département"), coverage.departments)]
        where parts.count > 1 {
            body += "<h2>\(heading)</h2>\n<table>\n<tr><th></th><th>Population</th><th>" + w("Couverte", "Covered") + "</th><th>"
                + w("Taux", "Rate") + "</th></tr>\n"
            for part in parts {
                body += "<tr><td>\(escape("\(part.code) \(part.name)"))</td><td>\(w.integer(part.population))</td>"
                body += "<td>\(w.integer(part.coveredPopulation))</td><td>\(w.percent(part.share))</td></tr>\n"
            }
            body += "</table>\n"
        }
        let overlaps = coverage.overlaps
        if !overlaps.isEmpty {
            body += "<h2>" + w("Communes citées par plusieurs CPTS (comptées une fois)", "Communes listed by several CPTS (counted once)") + "</h2>\n<table>\n"
            body += "<tr><th>Commune</th><th>Population</th><th>CPTS</th></tr>\n"
            for claim in overlaps {
                body += "<tr><td>\(escape("\(claim.code) \(claim.name)"))</td><td>\(w.integer(claim.population))</td>"
                body += "<td>\(escape(claim.claimedBy.joined(separator: ", ")))</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += "<h2>" + w("Communes non couvertes", "Communes not covered") + " (\(w.integer(coverage.uncovered.count)))</h2>\n"
        if !coverage.uncovered.isEmpty {
            body += "<table>\n<tr><th>Commune</th><th>" + w("Dép.", "Dept.") + "</th><th>Population</th></tr>\n"
            for commune in coverage.uncovered.prefix(uncoveredShown) {
                body += "<tr><td>\(escape("\(commune.code) \(commune.name)"))</td><td>\(escape(commune.department))</td>"
                body += "<td>\(w.integer(commune.population))</td></tr>\n"
            }
            body += "</table>\n"
            if coverage.uncovered.count > uncoveredShown {
                let more = w.integer(coverage.uncovered.count - uncoveredShown)
                body += w("<p>… et \(more) autres : la liste complète avec <code>--format csv</code> ou <code>json</code>.</p>\n",
                          "<p>… and \(more) more: the whole list with <code>--format csv</code> or <code>json</code>.</p>\n")
            }
        }
        let notes = coverage.communities.flatMap { community in community.notes.map { (community.name, $0) } }
        if !notes.isEmpty {
            body += "<h2>" + w("Lecture des codes", "How the codes were read") + "</h2>\n<ul>\n"
            for (name, note) in notes { body += "<li>\(escape(name + colon + note.description(in: language)))</li>\n" }
            body += "</ul>\n"
        }
        if !coverage.outside.isEmpty {
            body += "<p>" + w("Codes hors des données, non comptés : ", "Codes outside the data, not counted: ")
                + "\(escape(coverage.outside.map(\.rawValue).joined(separator: ", "))).</p>\n"
        }
        body += RefusedRenderer.html(skipped, w)
        body += "<p><small>\(escape(coverage.attribution))</small></p>\n"
        return HTMLPage.document(title: escape(title), width: 60, language: language, style: """
            td { text-align: right; }
            td:first-child { text-align: left; }
            """, body: body)
    }

    /// A horizontal SVG bar chart of the covered share of each part, 0 to 100 %.
    static func chart(_ parts: [Coverage.Part], title: String, _ w: Wording = .french) -> String {
        guard !parts.isEmpty else { return "" }
        let escape = ReviewRenderer.escape
        let rowHeight = 22, labelWidth = 220, barWidth = 300
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 90)\" height=\"\(parts.count * rowHeight + 30)\" role=\"img\" aria-label=\"\(escape(title))\">\n"
        svg += "<text x=\"0\" y=\"16\" font-size=\"13\">\(escape(title))</text>\n"
        for (index, part) in parts.enumerated() {
            let y = 24 + index * rowHeight
            let width = part.population > 0 ? part.coveredPopulation * barWidth / part.population : 0
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(escape("\(part.code) \(part.name)"))</text>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"16\" fill=\"#e4e4e4\"/>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width)\" height=\"16\" fill=\"#1f4e79\"/>\n"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 14)\" font-size=\"12\">\(escape(w.percent(part.share)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A share as a JSON number of percent with two decimals, rounded to nearest (ties away from
    /// zero): `28.96` for 28,96 %.
    static func percentNumber(_ rate: Fraction) -> JSONValue {
        var text = Wording.english.percent(rate, decimals: 2)
        if text.hasSuffix("%") { text.removeLast() }
        return .number(text.replacingAll(",", with: ""))
    }
}
