import CPTSKit

/// Renders a `RulebookImpact`: per contract and year, totals by size class, département,
/// mission and calendar year of payment, as a table in French or English, JSON, CSV or a self-contained HTML page.
public enum ImpactRenderer {
    /// The `format` value of the JSON output.
    public static let formatIdentifier = "cpts-impact/1"

    /// Renders an impact.
    ///
    /// - Parameters:
    ///   - impact: The impact.
    ///   - draft: The draft rulebook (its title and date head every rendering).
    ///   - format: Table, JSON or CSV; `nil` for the HTML page.
    ///   - language: The language of the table or the page (JSON and CSV carry codes).
    ///   - summary: Totals only: the rows per contract and year are left out (a portfolio of
    ///     hundreds of contracts), which every format says.
    ///   - frenchSpreadsheet: With CSV: UTF-8 with a byte-order mark, `;` separators, decimal
    ///     commas, French column names and CRLF line ends, as a French spreadsheet opens them.
    /// - Returns: The text, ending with a newline.
    public static func render(_ impact: RulebookImpact, draft: Rulebook, format: OutputFormat?, language: Language = .french,
                              summary: Bool = false, frenchSpreadsheet: Bool = false) -> String {
        let w = Wording(language)
        switch format {
        case .json?: return json(impact, draft: draft, summary: summary).serialized() + "\n"
        case .csv?: return csv(impact, summary: summary, french: frenchSpreadsheet)
        case .table?: return table(impact, draft: draft, w, totalsOnly: summary)
        case nil: return html(impact, draft: draft, w, totalsOnly: summary)
        }
    }

    /// The sentence that says the rows per contract were left out.
    static func summaryNote(_ impact: RulebookImpact) -> BilingualText {
        BilingualText(fr: "résumé : les lignes de chacun des \(impact.contractCount) contrats sont omises (sans --summary, elles sont listées)",
                      en: "summary: the rows of each of the \(impact.contractCount) contracts are left out (without --summary, they are listed)")
    }

    /// The groups of totals, in the order every rendering lists them: key in the JSON, title, rows.
    static func groups(_ impact: RulebookImpact, _ w: Wording = .french) -> [(key: String, title: String, rows: [(key: String, amount: ImpactAmount)])] {
        var missions: [(key: String, amount: ImpactAmount)] = [("fonctionnement", impact.fonctionnement)]
        // Every mission of the portfolio, the ACI's in the agreement's order, then those rulebooks declare.
        for kind in impact.byMission.keys.sorted() { if let amount = impact.byMission[kind] { missions.append((kind.key, amount)) } }
        return [
            ("by_size_class", w("Par taille", "By size class"), SizeClass.allCases.compactMap { size in impact.bySizeClass[size].map { (size.code, $0) } }),
            ("by_department", w("Par département", "By département"), impact.byDepartment.keys.sorted().compactMap { key in impact.byDepartment[key].map { (key, $0) } }),
            ("by_mission", w("Par volet et mission", "By volet and mission"), missions),
            ("by_contract_year", w("Par année de contrat", "By contract year"), impact.byContractYear.keys.sorted().compactMap { year in
                impact.byContractYear[year].map { (String(year), $0) }
            }),
            ("by_payment_year", w("Par année civile de paiement", "By calendar year of payment"), impact.byPaymentYear.keys.sorted().compactMap { year in
                impact.byPaymentYear[year].map { (String(year), $0) }
            }),
        ]
    }

    static func cents(_ amount: ImpactAmount) -> [(key: String, value: JSONValue)] {
        [("baseline_cents", .number(String(amount.baseline.cents))), ("scenario_cents", .number(String(amount.scenario.cents))),
         ("difference_cents", .number(String(amount.difference.cents)))]
    }

    static func json(_ impact: RulebookImpact, draft: Rulebook, summary: Bool = false) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("format", .string(formatIdentifier)),
            ("draft", .object([("id", .string(draft.id)), ("title", .string(draft.title)),
                               ("effective_on", draft.effectiveFrom.value.map { .string($0.description) } ?? .null)])),
            ("contracts", .number(String(impact.contractCount))),
            ("skipped", RefusedRenderer.json(impact.refused)),
            ("reached", .number(String(impact.reached))),
            ("gaining", .number(String(impact.gaining))),
            ("losing", .number(String(impact.losing))),
            ("unchanged", .number(String(impact.unchanged))),
            ("baseline_total_cents", .number(String(impact.total.baseline.cents))),
            ("scenario_total_cents", .number(String(impact.total.scenario.cents))),
            ("difference_cents", .number(String(impact.total.difference.cents))),
            ("best_case", .object(cents(impact.bestCase))),
            ("figures_without_effect", .array(impact.figuresWithoutEffect.map { entry in
                .object([("key", .string(entry.key.description)), ("reason", .string(entry.reason.rawValue)),
                         ("message", .string(entry.reason.sentence(in: .english))),
                         ("message_fr", .string(entry.reason.sentence(in: .french)))])
            })),
        ]
        if summary {
            // `by_contract` is left out, and said so.
            members.append(("summary", .object([("message", .string(summaryNote(impact).english)),
                                                ("message_fr", .string(summaryNote(impact).french))])))
        } else {
        members.append(("by_contract", .array(impact.contracts.map { row in
            .object([("label", .string(row.label)), ("cpts", .string(row.cpts)), ("size_class", .string(row.sizeClass.code)),
                     ("department", .string(row.department)),
                     ("population_by_department", .object(row.populationByDepartment.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.number(String($0.value))) })),
                     ("reached", .bool(row.isReached))]
                    + [("baseline_total_cents", .number(String(row.total.baseline.cents))),
                       ("scenario_total_cents", .number(String(row.total.scenario.cents))),
                       ("difference_cents", .number(String(row.total.difference.cents))),
                       ("years", .array(row.years.map { year in
                           .object([("year", .number(String(year.year))),
                                    ("baseline_rulebook", year.baselineRulebook.map { .string($0) } ?? .null),
                                    ("scenario_rulebook", year.scenarioRulebook.map { .string($0) } ?? .null)]
                                   + cents(year.total)
                                   + [("baseline_best_case_cents", .number(String(year.bestCase.baseline.cents))),
                                      ("scenario_best_case_cents", .number(String(year.bestCase.scenario.cents)))])
                       }))])
        })))
        }
        for group in groups(impact) {
            members.append((group.key, .object(group.rows.map { ($0.key, .object(cents($0.amount))) })))
        }
        return .object(members)
    }

    /// One row per contract year (`contract_year`), per contract (`contract`), per group total
    /// (`by_size_class`, `by_department`, `by_mission`, `by_contract_year`, `by_payment_year`) and
    /// the `total`; amounts in euros with a dot.
    static func csv(_ impact: RulebookImpact, summary: Bool = false, french: Bool = false) -> String {
        let separator: Character = french ? ";" : ",", end = french ? "\r\n" : "\n"
        func money(_ euros: Euros) -> String { french ? euros.plainDescription.replacingAll(".", with: ",") : euros.plainDescription }
        var out = french ? "\u{FEFF}" : ""
        out += CSVWriter.row(french ? ["groupe", "cle", "annee", "taille", "departement", "regles_base", "regles_projet", "base_eur",
                                       "projet_eur", "ecart_eur"]
                                    : ["group", "key", "year", "size_class", "department", "baseline_rulebook", "scenario_rulebook",
                                       "baseline_eur", "scenario_eur", "difference_eur"], separator: separator) + end
        func row(_ group: String, _ key: String, _ year: String, _ size: String, _ department: String, _ base: String,
                 _ scenario: String, _ amount: ImpactAmount) {
            out += CSVWriter.row([group, key, year, size, department, base, scenario, money(amount.baseline),
                                  money(amount.scenario), money(amount.difference)], separator: separator) + end
        }
        if summary {
            let note = summaryNote(impact)
            out += CSVWriter.row(["summary", french ? note.french : note.english] + Array(repeating: "", count: 8), separator: separator) + end
        }
        for contract in impact.contracts where !summary {
            for year in contract.years {
                row("contract_year", contract.label, String(year.year), contract.sizeClass.code, contract.department,
                    year.baselineRulebook ?? "", year.scenarioRulebook ?? "", year.total)
            }
            row("contract", contract.label, "", contract.sizeClass.code, contract.department, "", "", contract.total)
        }
        for group in groups(impact) {
            for entry in group.rows { row(group.key, entry.key, "", "", "", "", "", entry.amount) }
        }
        row("total", "", "", "", "", "", "", impact.total)
        for entry in impact.figuresWithoutEffect {
            out += CSVWriter.row(["figure_without_effect", entry.key.description, entry.reason.rawValue,
                                  entry.reason.sentence(in: french ? .french : .english)] + Array(repeating: "", count: 6),
                                 separator: separator) + end
        }
        for fields in RefusedRenderer.csvRows(impact.refused, columns: 10) { out += CSVWriter.row(fields, separator: separator) + end }
        return out
    }

    static func heading(_ impact: RulebookImpact, draft: Rulebook, _ w: Wording) -> (title: String, summary: String) {
        let date = draft.effectiveFrom.value.map { w("en vigueur le ", "in force on ") + w.date($0) } ?? w("date d'effet inconnue", "effective date unknown")
        let title = w("Impact de « \(draft.title) » (\(draft.id)), ", "Impact of “\(draft.title)” (\(draft.id)), ") + date
        let summary = w("\(impact.contractCount) contrat(s) · \(impact.reached) atteint(s) par le projet · "
                        + "\(impact.gaining) en hausse, \(impact.losing) en baisse, \(impact.unchanged) inchangé(s)",
                        "\(impact.contractCount) contract(s) · \(impact.reached) reached by the draft · "
                        + "\(impact.gaining) up, \(impact.losing) down, \(impact.unchanged) unchanged")
        return (title, summary)
    }

    /// A row's name: a mission's label for the missions group, the key otherwise.
    static func name(_ group: String, _ key: String, _ w: Wording) -> String {
        if key == "unknown" { return w("inconnu", "unknown") }
        guard group == "by_mission" else { return key }
        return key == "fonctionnement" ? "Fonctionnement" : (MissionKind(rawValue: key)?.label ?? key)
    }

    static func table(_ impact: RulebookImpact, draft: Rulebook, _ w: Wording, totalsOnly: Bool = false) -> String {
        let (title, summary) = heading(impact, draft: draft, w)
        let draftHeader = w("Projet", "Draft"), differenceHeader = w("Écart", "Difference")
        var out = "\(title)\n\(summary)\n\n" + w("Montants dus et évalués (lignes en attente exclues), sans et avec le projet.",
                                                 "Amounts due and assessed (pending lines excluded), without and with the draft.") + "\n\n"
        if totalsOnly {
            out += w(summaryNote(impact)) + "\n"
        } else {
        out += w("Par contrat et par année", "By contract and year") + "\n"
        var rows = TextTable([(w("Contrat", "Contract"), .left), (w("Année", "Year"), .right), (w("Règles (base → projet)", "Rulebooks (base → draft)"), .left),
                              ("Base", .right), (draftHeader, .right), (differenceHeader, .right)])
        for contract in impact.contracts {
            for year in contract.years {
                let books = year.baselineRulebook == year.scenarioRulebook ? (year.baselineRulebook ?? "—")
                    : "\(year.baselineRulebook ?? "—") → \(year.scenarioRulebook ?? "—")"
                rows.append(["\(contract.label) (\(contract.sizeClass.code), \(name("by_department", contract.department, w)))", String(year.year), books,
                             w.money(year.total.baseline), w.money(year.total.scenario), w.money(year.total.difference)])
            }
            rows.append(["  total \(contract.label)", "", "", w.money(contract.total.baseline), w.money(contract.total.scenario),
                         w.money(contract.total.difference)])
        }
        out += rows.rendered() + "\n"
        }
        for group in groups(impact, w) where !group.rows.isEmpty {
            var table = TextTable([(group.title, .left), ("Base", .right), (draftHeader, .right), (differenceHeader, .right)])
            for entry in group.rows {
                table.append([name(group.key, entry.key, w), w.money(entry.amount.baseline), w.money(entry.amount.scenario),
                              w.money(entry.amount.difference)])
            }
            out += "\n" + table.rendered() + "\n"
        }
        var total = TextTable([("Total", .left), ("Base", .right), (draftHeader, .right), (differenceHeader, .right)])
        total.append([w("Lignes dues et évaluées", "Lines due and assessed"), w.money(impact.total.baseline), w.money(impact.total.scenario),
                      w.money(impact.total.difference)])
        total.append([w("Avec les lignes en attente au meilleur cas", "With the pending lines at best case"), w.money(impact.bestCase.baseline),
                      w.money(impact.bestCase.scenario), w.money(impact.bestCase.difference)])
        return TextTable.wrappingLines(out + "\n" + total.rendered() + "\n" + withoutEffectTable(impact, w)
                                       + RefusedRenderer.table(impact.refused, w))
    }

    /// The heading of the list of changed figures that changed no amount.
    static func withoutEffectTitle(_ w: Wording) -> String {
        w("Montants modifiés par le projet sans effet sur ces contrats", "Figures the draft changes that change no amount here")
    }

    /// The table's closing section on changed figures without effect; empty when there is none.
    static func withoutEffectTable(_ impact: RulebookImpact, _ w: Wording) -> String {
        let entries = impact.figuresWithoutEffect
        guard !entries.isEmpty else { return "" }
        var table = TextTable([(w("Clé", "Key"), .left), (w("Pourquoi", "Why"), .left)])
        for entry in entries { table.append([entry.key.description, entry.reason.sentence(in: w.language)]) }
        return "\n" + withoutEffectTitle(w) + "\n" + table.rendered() + "\n"
    }

    /// The page's section on changed figures without effect; empty when there is none.
    static func withoutEffectHTML(_ impact: RulebookImpact, _ w: Wording) -> String {
        let entries = impact.figuresWithoutEffect
        guard !entries.isEmpty else { return "" }
        let escape = ReviewRenderer.escape
        var body = "<h2>\(escape(withoutEffectTitle(w)))</h2>\n<ul>\n"
        for entry in entries {
            body += "<li><code>\(escape(entry.key.description))</code> — \(escape(entry.reason.sentence(in: w.language)))</li>\n"
        }
        return body + "</ul>\n"
    }

    static func html(_ impact: RulebookImpact, draft: Rulebook, _ w: Wording, totalsOnly: Bool = false) -> String {
        let escape = ReviewRenderer.escape
        func amount(_ euros: Euros) -> String { "<span data-cents=\"\(euros.cents)\">\(escape(w.money(euros)))</span>" }
        func cells(_ value: ImpactAmount) -> String {
            "<td>\(amount(value.baseline))</td><td>\(amount(value.scenario))</td><td class=\"\(value.difference.cents < 0 ? "loss" : "gain")\">\(amount(value.difference))</td>"
        }
        let header = "<th>Base</th><th>" + w("Projet", "Draft") + "</th><th>" + w("Écart", "Difference") + "</th>"
        let (title, summary) = heading(impact, draft: draft, w)
        var body = "<h1>\(escape(title))</h1>\n<p>\(escape(summary))</p>\n"
        body += "<p>" + w("Montants dus et évalués (lignes en attente exclues), sans le projet (base) et avec lui (projet).",
                          "Amounts due and assessed (pending lines excluded), without the draft (base) and with it (draft).") + "</p>\n"
        body += "<table class=\"total\">\n<tr><th></th>\(header)</tr>\n"
        body += "<tr><th>Total</th>\(cells(impact.total))</tr>\n"
        body += "<tr><th>" + w("Avec les lignes en attente au meilleur cas", "With the pending lines at best case") + "</th>\(cells(impact.bestCase))</tr>\n</table>\n"
        let all = groups(impact, w)
        for key in ["by_size_class", "by_contract_year", "by_payment_year"] {
            guard let group = all.first(where: { $0.key == key }) else { continue }
            body += chart(group.rows, title: w("Écart ", "Difference ") + group.title.lowercased(), w)
        }
        for group in all where !group.rows.isEmpty {
            body += "<h2>\(escape(group.title))</h2>\n<table>\n<tr><th></th>\(header)</tr>\n"
            for entry in group.rows {
                body += "<tr><th>\(escape(name(group.key, entry.key, w)))</th>\(cells(entry.amount))</tr>\n"
            }
            body += "</table>\n"
        }
        if totalsOnly {
            body += "<p>" + escape(w(summaryNote(impact))) + "</p>\n" + withoutEffectHTML(impact, w) + RefusedRenderer.html(impact.refused, w)
            return HTMLPage.document(title: escape(title), width: 64, language: w.language, style: """
                td { text-align: right; }
                td:first-child { text-align: left; }
                .loss { color: #a00; }
                """, body: body)
        }
        body += "<h2>" + w("Par contrat et par année", "By contract and year") + "</h2>\n<table>\n<tr><th>" + w("Contrat", "Contract") + "</th><th>"
            + w("Année", "Year") + "</th><th>" + w("Règles", "Rulebooks") + "</th>\(header)</tr>\n"
        for contract in impact.contracts {
            for year in contract.years {
                let books = year.baselineRulebook == year.scenarioRulebook ? (year.baselineRulebook ?? "—")
                    : "\(year.baselineRulebook ?? "—") → \(year.scenarioRulebook ?? "—")"
                body += "<tr><td>\(escape(contract.label)) (\(contract.sizeClass.code), \(escape(name("by_department", contract.department, w))))</td><td>\(year.year)</td><td>\(escape(books))</td>\(cells(year.total))</tr>\n"
            }
        }
        body += "</table>\n" + withoutEffectHTML(impact, w) + RefusedRenderer.html(impact.refused, w)
        return HTMLPage.document(title: escape(title), width: 64, language: w.language, style: """
            td { text-align: right; }
            td:first-child { text-align: left; }
            .loss { color: #a00; }
            """, body: body)
    }

    /// A diverging SVG bar chart of the differences: gains to the right, losses to the left of the axis.
    static func chart(_ rows: [(key: String, amount: ImpactAmount)], title: String, _ w: Wording = .french) -> String {
        guard !rows.isEmpty else { return "" }
        let escape = ReviewRenderer.escape
        let largest = max(rows.map { $0.amount.difference.cents.magnitude }.max() ?? 1, 1)
        let rowHeight = 26, labelWidth = 80, half = 220, axis = labelWidth + half
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(axis + half + 170)\" height=\"\(rows.count * rowHeight + 34)\" role=\"img\" aria-label=\"\(escape(title))\">\n"
        svg += "<text x=\"0\" y=\"16\" font-size=\"13\">\(escape(title))" + w(" (hausse à droite, baisse à gauche)", " (gains to the right, losses to the left)") + "</text>\n"
        svg += "<line x1=\"\(axis)\" y1=\"22\" x2=\"\(axis)\" y2=\"\(rows.count * rowHeight + 30)\" stroke=\"#555\"/>\n"
        for (index, row) in rows.enumerated() {
            let y = 26 + index * rowHeight
            let difference = row.amount.difference.cents
            let width = Int(difference.magnitude * UInt64(half) / largest)
            let x = difference < 0 ? axis - width : axis
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(row.key))</text>\n"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"18\" fill=\"\(difference < 0 ? "#a00" : "#1f4e79")\"/>\n"
            svg += "<text x=\"\(axis + half + 8)\" y=\"\(y + 15)\" font-size=\"12\">\(escape(w.money(row.amount.difference)))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
