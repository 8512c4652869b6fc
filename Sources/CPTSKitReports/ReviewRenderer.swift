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
                            ("id", .string(row.id)), ("label", .string(row.label)), ("objective", .string(row.objective.english)),
                            ("objective_fr", .string(row.objective.french)),
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
            ("warnings", .array(review.warnings.map { .object([("message", .string($0.english)), ("message_fr", .string($0.french))]) })),
        ])
    }

    /// The review as Markdown, for a report or an e-mail.
    ///
    /// - Parameters:
    ///   - review: The review.
    ///   - language: French (the default) or English.
    public static func markdown(_ review: YearReview, language: Language = .french) -> String {
        let words = Wording(language)
        let colon = words(" : ", ": ")
        var out = "# " + words("Revue annuelle — \(review.cpts), année \(review.year.number)", "Yearly review — \(review.cpts), year \(review.year.number)") + "\n\n"
        out += words("Du ", "From ") + words.date(review.year.start) + words(" au ", " to ") + words.date(review.year.lastDay)
            + " · \(review.sizeClass.label(in: language)) (\(review.sizeClass)) · " + words("règles ", "rulebook ") + review.rulebook
        out += review.isAssessed ? "\n\n" : " · **" + words("année non évaluée", "year not assessed") + "**\n\n"
        out += "| | " + words("montant", "amount") + " |\n|---|---:|\n"
        out += "| Fonctionnement | \(words.money(review.fonctionnement)) |\n"
        out += "| " + words("Total de l'année", "Total of the year") + " | \(words.money(review.total)) |\n"
        if review.maxTotal != review.total {
            out += "| " + words("Total avec les lignes en attente", "Total with the pending lines") + " | \(words.money(review.maxTotal)) |\n"
        }
        out += "| " + words("Avances versées", "Advances paid") + " | \(words.money(review.advancesPaid)) |\n"
        out += "| " + words("Solde dû à l'anniversaire", "Balance due at the anniversary") + " | \(words.money(review.balanceDue)) |\n"
        for section in review.missions {
            out += "\n## \(section.mission.label(in: language))\n\n"
            out += words("Part fixe", "Fixed part") + colon + words.money(section.fixed)
            if let activation = section.activation { out += " · " + words("activation de crise", "crisis activation") + colon + words.money(activation) }
            out += " · " + words("part variable", "variable part") + colon + words.money(section.earned) + words(" sur ", " of ") + words.money(section.possible) + "\n"
            guard !section.indicators.isEmpty else { continue }
            out += words("\n| indicateur | situation initiale | objectif | résultat | obtenu | non obtenu |\n",
                         "\n| indicator | baseline | objective | result | earned | not earned |\n") + "|---|---|---|---|---:|---:|\n"
            for row in section.indicators {
                let result = row.result.map(words.result) ?? words("en attente", "pending")
                out += "| \(row.label) | \(row.baseline.map(words.decimal) ?? "—") | \(words(row.objective)) | \(result) | "
                out += row.status == .pending ? words("(jusqu'à ", "(up to ") + words.money(row.bestCase) + ") | — |\n"
                    : "\(words.money(row.earned)) | \(words.money(row.leftOnTable)) |\n"
            }
        }
        if !review.warnings.isEmpty {
            out += "\n## " + words("Points d'attention", "Points to watch") + "\n\n" + review.warnings.map { "- \(words($0))\n" }.joined()
        }
        return out
    }

    /// The review as a self-contained HTML page with an SVG chart, `lang` set to its language.
    ///
    /// - Parameters:
    ///   - review: The review.
    ///   - language: French (the default) or English.
    public static func html(_ review: YearReview, language: Language = .french) -> String {
        let words = Wording(language)
        let colon = words(" : ", ": ")
        func amount(_ euros: Euros) -> String { "<span data-cents=\"\(euros.cents)\">\(escape(words.money(euros)))</span>" }
        let heading = words("Revue annuelle — \(escape(review.cpts)), année \(review.year.number)",
                            "Yearly review — \(escape(review.cpts)), year \(review.year.number)")
        var body = "<h1>\(heading)</h1>\n"
        body += "<p>" + words("Du ", "From ") + words.date(review.year.start) + words(" au ", " to ") + words.date(review.year.lastDay)
            + " · \(review.sizeClass.label(in: language)) (\(review.sizeClass.code)) · " + words("règles ", "rulebook ") + escape(review.rulebook)
        body += review.isAssessed ? "</p>\n" : " · <strong>" + words("année non évaluée", "year not assessed") + "</strong></p>\n"
        body += "<table class=\"summary\">\n<tr><th>Fonctionnement</th><td>\(amount(review.fonctionnement))</td></tr>\n"
        body += "<tr><th>" + words("Total de l'année", "Total of the year") + "</th><td>\(amount(review.total))</td></tr>\n"
        if review.maxTotal != review.total {
            body += "<tr><th>" + words("Total avec les lignes en attente", "Total with the pending lines") + "</th><td>\(amount(review.maxTotal))</td></tr>\n"
        }
        body += "<tr><th>" + words("Avances versées", "Advances paid") + "</th><td>\(amount(review.advancesPaid))</td></tr>\n"
        body += "<tr><th>" + words("Solde dû à l'anniversaire", "Balance due at the anniversary") + "</th><td>\(amount(review.balanceDue))</td></tr>\n</table>\n"
        body += chart(review, words: words)
        for section in review.missions {
            body += "<h2>\(escape(section.mission.label(in: language)))</h2>\n<p>" + words("Part fixe", "Fixed part") + colon + amount(section.fixed)
            if let activation = section.activation { body += " · " + words("activation de crise", "crisis activation") + colon + amount(activation) }
            body += " · " + words("part variable", "variable part") + colon + amount(section.earned) + words(" sur ", " of ") + amount(section.possible) + "</p>\n"
            guard !section.indicators.isEmpty else { continue }
            body += words("<table>\n<tr><th>Indicateur</th><th>Situation initiale</th><th>Objectif</th><th>Résultat</th><th>Obtenu</th><th>Non obtenu</th></tr>\n",
                          "<table>\n<tr><th>Indicator</th><th>Baseline</th><th>Objective</th><th>Result</th><th>Earned</th><th>Not earned</th></tr>\n")
            for row in section.indicators {
                body += "<tr><td>\(escape(row.label))</td><td>\(escape(row.baseline.map(words.decimal) ?? "—"))</td><td>\(escape(keepAmountsTogether(words(row.objective))))</td>"
                body += "<td>\(escape(row.result.map(words.result) ?? words("en attente", "pending")))</td>"
                body += row.status == .pending
                    ? "<td class=\"pending\">" + words("jusqu'à ", "up to ") + amount(row.bestCase) + "</td><td>—</td></tr>\n"
                    : "<td>\(amount(row.earned))</td><td>\(amount(row.leftOnTable))</td></tr>\n"
            }
            body += "</table>\n"
        }
        if !review.warnings.isEmpty {
            body += "<h2>" + words("Points d'attention", "Points to watch") + "</h2>\n<ul>\n"
                + review.warnings.map { "<li>\(escape(words($0)))</li>\n" }.joined() + "</ul>\n"
        }
        return HTMLPage.document(
            title: heading, width: 60, language: language,
            style: """
                td:nth-child(5), td:nth-child(6), .summary td { text-align: right; }
                .pending { color: #777; font-style: italic; }
                """,
            body: body)
    }

    /// An SVG bar chart: per mission, the variable part earned (filled) against the possible (outline).
    static func chart(_ review: YearReview, words: Wording = .french) -> String {
        let sections = review.missions.filter { $0.possible > .zero }
        guard !sections.isEmpty else { return "" }
        let largest = max(sections.map(\.possible.cents).max() ?? 1, 1)
        let rowHeight = 28, labelWidth = 300, barWidth = 360
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 230)\" height=\"\(sections.count * rowHeight + 30)\" role=\"img\" aria-label=\"" + words("Part variable obtenue et possible par mission", "Variable part earned and possible by mission") + "\">\n"
        svg += "<text x=\"0\" y=\"16\" font-size=\"13\">" + words("Part variable : obtenue (plein) et possible (contour)", "Variable part: earned (filled) and possible (outline)") + "</text>\n"
        for (index, section) in sections.enumerated() {
            let y = 26 + index * rowHeight
            let possible = Int(section.possible.cents * Int64(barWidth) / largest)
            let earned = Int(section.earned.cents * Int64(barWidth) / largest)
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(section.mission.label))</text>\n"  // the mission's own name
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(max(possible, 1))\" height=\"20\" fill=\"none\" stroke=\"#1f4e79\"/>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(earned)\" height=\"20\" fill=\"#1f4e79\"/>\n"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 15)\" font-size=\"12\">\(escape(words.money(section.earned))) / \(escape(words.money(section.possible)))</text>\n"
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
