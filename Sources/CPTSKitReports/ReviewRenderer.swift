import CPTSKit

/// Renders a `YearReview` as Markdown, as a self-contained HTML page, or as JSON.
///
/// The HTML page has no external asset: inline CSS and an inline SVG chart of what each mission
/// earned against what it could earn. It is well-formed XML (XHTML syntax), and every amount it
/// shows carries its value in cents in a `data-cents` attribute, the same figures as the JSON.
public enum ReviewRenderer {
    /// The review as JSON.
    ///
    /// - Parameter review: The review.
    public static func json(_ review: YearReview) -> JSONValue {
        func cents(_ euros: Euros) -> JSONValue { .number(String(euros.cents)) }
        return .object([
            ("format", .string("cpts-review/1")),
            ("cpts", .string(review.cpts)), ("size_class", .string(review.sizeClass.code)), ("rulebook", .string(review.rulebook)),
            ("year", .number(String(review.year.number))), ("from", .string(review.year.start.description)),
            ("to", .string(review.year.lastDay.description)), ("assessed", .bool(review.isAssessed)),
            ("fonctionnement_cents", cents(review.fonctionnement)),
            ("missions", .array(review.missions.map { section in
                .object([
                    ("mission", .string(section.mission.key)), ("fixed_cents", cents(section.fixed)),
                    ("activation_cents", section.activation.map(cents) ?? .null),
                    ("earned_cents", cents(section.earned)), ("possible_cents", cents(section.possible)),
                    ("indicators", .array(section.indicators.map { row in
                        .object([
                            ("id", .string(row.id)), ("label", .string(row.label)), ("objective", .string(row.objective)),
                            ("baseline", row.baseline.map { .string($0.decimalDescription) } ?? .null),
                            ("result", row.result.map(ContractEncoding.result) ?? .null), ("status", .string(row.status.rawValue)),
                            ("earned_cents", cents(row.earned)), ("best_case_cents", cents(row.bestCase)),
                            ("left_on_table_cents", cents(row.leftOnTable)),
                        ])
                    })),
                ])
            })),
            ("total_cents", cents(review.total)), ("max_total_cents", cents(review.maxTotal)),
            ("advances_paid_cents", cents(review.advancesPaid)), ("balance_due_cents", cents(review.balanceDue)),
            ("warnings", .array(review.warnings.map { .string($0) })),
        ])
    }

    /// The review as Markdown, for a report or an e-mail.
    ///
    /// - Parameter review: The review.
    public static func markdown(_ review: YearReview) -> String {
        var out = "# Revue annuelle — \(review.cpts), année \(review.year.number)\n\n"
        out += "Du \(review.year.start.frenchDescription) au \(review.year.lastDay.frenchDescription) · \(review.sizeClass.label) (\(review.sizeClass)) · règles \(review.rulebook)"
        out += review.isAssessed ? "\n\n" : " · **année non évaluée**\n\n"
        out += "| | montant |\n|---|---:|\n"
        out += "| Fonctionnement | \(review.fonctionnement) |\n"
        out += "| Total de l'année | \(review.total) |\n"
        if review.maxTotal != review.total { out += "| Total avec les lignes en attente | \(review.maxTotal) |\n" }
        out += "| Avances versées | \(review.advancesPaid) |\n| Solde dû à l'anniversaire | \(review.balanceDue) |\n"
        for section in review.missions {
            out += "\n## \(section.mission.label)\n\n"
            out += "Part fixe : \(section.fixed)"
            if let activation = section.activation { out += " · activation de crise : \(activation)" }
            out += " · part variable : \(section.earned) sur \(section.possible)\n"
            guard !section.indicators.isEmpty else { continue }
            out += "\n| indicateur | situation initiale | objectif | résultat | obtenu | non obtenu |\n|---|---|---|---|---:|---:|\n"
            for row in section.indicators {
                let result = row.result.map(FrenchNumber.result) ?? "en attente"
                out += "| \(row.label) | \(row.baseline.map(FrenchNumber.decimal) ?? "—") | \(row.objective) | \(result) | "
                out += row.status == .pending ? "(jusqu'à \(row.bestCase)) | — |\n" : "\(row.earned) | \(row.leftOnTable) |\n"
            }
        }
        if !review.warnings.isEmpty {
            out += "\n## Points d'attention\n\n" + review.warnings.map { "- \($0)\n" }.joined()
        }
        return out
    }

    /// The review as a self-contained HTML page with an SVG chart.
    ///
    /// - Parameter review: The review.
    public static func html(_ review: YearReview) -> String {
        func amount(_ euros: Euros) -> String { "<span data-cents=\"\(euros.cents)\">\(escape(euros.description))</span>" }
        var body = "<h1>Revue annuelle — \(escape(review.cpts)), année \(review.year.number)</h1>\n"
        body += "<p>Du \(review.year.start.frenchDescription) au \(review.year.lastDay.frenchDescription) · \(review.sizeClass.label) (\(review.sizeClass.code)) · règles \(escape(review.rulebook))"
        body += review.isAssessed ? "</p>\n" : " · <strong>année non évaluée</strong></p>\n"
        body += "<table class=\"summary\">\n<tr><th>Fonctionnement</th><td>\(amount(review.fonctionnement))</td></tr>\n"
        body += "<tr><th>Total de l'année</th><td>\(amount(review.total))</td></tr>\n"
        if review.maxTotal != review.total { body += "<tr><th>Total avec les lignes en attente</th><td>\(amount(review.maxTotal))</td></tr>\n" }
        body += "<tr><th>Avances versées</th><td>\(amount(review.advancesPaid))</td></tr>\n"
        body += "<tr><th>Solde dû à l'anniversaire</th><td>\(amount(review.balanceDue))</td></tr>\n</table>\n"
        body += chart(review)
        for section in review.missions {
            body += "<h2>\(escape(section.mission.label))</h2>\n<p>Part fixe : \(amount(section.fixed))"
            if let activation = section.activation { body += " · activation de crise : \(amount(activation))" }
            body += " · part variable : \(amount(section.earned)) sur \(amount(section.possible))</p>\n"
            guard !section.indicators.isEmpty else { continue }
            body += "<table>\n<tr><th>Indicateur</th><th>Situation initiale</th><th>Objectif</th><th>Résultat</th><th>Obtenu</th><th>Non obtenu</th></tr>\n"
            for row in section.indicators {
                body += "<tr><td>\(escape(row.label))</td><td>\(escape(row.baseline.map(FrenchNumber.decimal) ?? "—"))</td><td>\(escape(keepAmountsTogether(row.objective)))</td>"
                body += "<td>\(escape(row.result.map(FrenchNumber.result) ?? "en attente"))</td>"
                body += row.status == .pending
                    ? "<td class=\"pending\">jusqu'à \(amount(row.bestCase))</td><td>—</td></tr>\n"
                    : "<td>\(amount(row.earned))</td><td>\(amount(row.leftOnTable))</td></tr>\n"
            }
            body += "</table>\n"
        }
        if !review.warnings.isEmpty {
            body += "<h2>Points d'attention</h2>\n<ul>\n" + review.warnings.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return HTMLPage.document(
            title: "Revue annuelle — \(escape(review.cpts)), année \(review.year.number)", width: 60,
            style: """
                td:nth-child(5), td:nth-child(6), .summary td { text-align: right; }
                .pending { color: #777; font-style: italic; }
                """,
            body: body)
    }

    /// An SVG bar chart: per mission, the variable part earned (filled) against the possible (outline).
    static func chart(_ review: YearReview) -> String {
        let sections = review.missions.filter { $0.possible > .zero }
        guard !sections.isEmpty else { return "" }
        let largest = max(sections.map(\.possible.cents).max() ?? 1, 1)
        let rowHeight = 28, labelWidth = 300, barWidth = 360
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 230)\" height=\"\(sections.count * rowHeight + 30)\" role=\"img\" aria-label=\"Part variable obtenue et possible par mission\">\n"
        svg += "<text x=\"0\" y=\"16\" font-size=\"13\">Part variable : obtenue (plein) et possible (contour)</text>\n"
        for (index, section) in sections.enumerated() {
            let y = 26 + index * rowHeight
            let possible = Int(section.possible.cents * Int64(barWidth) / largest)
            let earned = Int(section.earned.cents * Int64(barWidth) / largest)
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(section.mission.label))</text>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(max(possible, 1))\" height=\"20\" fill=\"none\" stroke=\"#1f4e79\"/>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(earned)\" height=\"20\" fill=\"#1f4e79\"/>\n"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 15)\" font-size=\"12\">\(escape(section.earned.description)) / \(escape(section.possible.description))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// The text with no-break spaces inside amounts (`9 000,00 €`), so a table cell never splits one.
    static func keepAmountsTogether(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == " ", index > 0, index + 1 < characters.count, characters[index - 1].isNumber,
               characters[index + 1].isNumber || characters[index + 1] == "€" {
                out.append("\u{00A0}")
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Escapes text for HTML and XML.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
