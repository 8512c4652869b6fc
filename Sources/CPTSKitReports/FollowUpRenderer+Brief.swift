import CPTSKit

// The one-page brief of a quarterly meeting: Markdown for an e-mail, HTML with a chart per
// measured indicator (its measurements, the projection to the year's end, the tier reaches).

extension FollowUpRenderer {
    /// The brief as Markdown.
    ///
    /// - Parameters:
    ///   - followUp: The follow-up.
    ///   - warnings: The contract's warnings on the as-of date, listed with the notes.
    ///   - language: French (the default) or English.
    public static func markdown(_ followUp: YearFollowUp, warnings: [FundingWarning] = [], language: Language = .french) -> String {
        let words = Wording(language)
        let lines = heading(followUp, words).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = "# " + (lines.first ?? "") + "\n\n" + lines.dropFirst().joined(separator: "  \n") + "\n\n"
        out += "| | " + words("à ce jour", "paid now") + " | " + words("au rythme", "at pace") + " | " + words("maximum", "best") + " |\n"
        out += "|---|---:|---:|---:|\n| " + words("Part variable de l'année", "Variable part of the year") + " | "
            + [followUp.totals.atLatest, followUp.totals.atProjected, followUp.totals.bestCase].map(words.money).joined(separator: " | ") + " |\n"
        for mission in missions(of: followUp) {
            out += "\n## " + mission.label(in: language) + "\n\n"
            out += words("| indicateur | mesure | dernière mesure | projection | à ce jour | au rythme | maximum | palier suivant |\n",
                         "| indicator | measure | latest | projected | paid now | at pace | best | next reach |\n")
            out += "|---|---|---:|---:|---:|---:|---:|---:|\n"
            for row in followUp.indicators where row.mission == mission {
                let cells = [row.indicator.label, measure(row, words), latest(row, words), projected(row, words),
                             row.amountAtLatest.map(words.money) ?? "—", row.amountAtProjected.map(words.money) ?? "—",
                             words.money(row.bestCase), next(row, words)]
                out += "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
        }
        let coming = coming(followUp, words)
        out += "\n## " + (coming.first ?? "") + "\n\n" + coming.dropFirst().map { $0 + "\n" }.joined()
        let notes = notes(followUp).map { words($0) } + warnings.map { $0.message(in: language) }
        if !notes.isEmpty {
            out += "\n## " + words("Points d'attention", "Points to watch") + "\n\n" + notes.map { "- \($0)\n" }.joined()
        }
        return out
    }

    /// The brief as a self-contained HTML page (no external asset), `lang` set to its language,
    /// with an SVG chart per measured indicator. Amounts carry their cents in `data-cents`.
    ///
    /// - Parameters:
    ///   - followUp: The follow-up.
    ///   - warnings: The contract's warnings on the as-of date, listed with the notes.
    ///   - language: French (the default) or English.
    public static func html(_ followUp: YearFollowUp, warnings: [FundingWarning] = [], language: Language = .french) -> String {
        let words = Wording(language)
        func amount(_ euros: Euros?) -> String {
            guard let euros else { return "—" }
            return "<span data-cents=\"\(euros.cents)\">\(escape(words.money(euros)))</span>"
        }
        let lines = heading(followUp, words).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = escape(lines.first ?? "")
        var body = "<h1>\(title)</h1>\n<p>" + lines.dropFirst().map(escape).joined(separator: "<br/>\n") + "</p>\n"
        body += "<table class=\"summary\">\n<tr><th></th><th>" + words("À ce jour", "Paid now") + "</th><th>" + words("Au rythme", "At pace")
            + "</th><th>" + words("Maximum", "Best") + "</th></tr>\n<tr><th>" + words("Part variable de l'année", "Variable part of the year")
            + "</th><td>\(amount(followUp.totals.atLatest))</td><td>\(amount(followUp.totals.atProjected))</td><td>\(amount(followUp.totals.bestCase))</td></tr>\n</table>\n"
        for mission in missions(of: followUp) {
            body += "<h2>\(escape(mission.label(in: language)))</h2>\n<table class=\"indicators\">\n<tr>"
            body += [words("Indicateur", "Indicator"), words("Dernière mesure", "Latest"), words("Projection", "Projected"),
                     words("À ce jour", "Paid now"), words("Au rythme", "At pace"), words("Maximum", "Best"),
                     words("Palier suivant", "Next reach")].map { "<th>\($0)</th>" }.joined() + "</tr>\n"
            for row in followUp.indicators where row.mission == mission {
                body += "<tr><td>\(escape(row.indicator.label))</td><td>\(escape(latest(row, words)))</td><td>\(escape(projected(row, words)))</td>"
                body += "<td>\(amount(row.amountAtLatest))</td><td>\(amount(row.amountAtProjected))</td><td>\(amount(row.bestCase))</td>"
                body += "<td>\(escape(next(row, words)))</td></tr>\n"
            }
            body += "</table>\n"
            let charts = followUp.indicators.filter { $0.mission == mission && $0.isMeasured }
            if !charts.isEmpty {
                body += "<div class=\"charts\">\n" + charts.map { chart($0, followUp: followUp, words: words) }.joined() + "</div>\n"
            }
        }
        let coming = coming(followUp, words)
        body += "<h2>\(escape(coming.first ?? ""))</h2>\n<ul>\n" + coming.dropFirst().map { "<li>\(escape(String($0.dropFirst(2))))</li>\n" }.joined() + "</ul>\n"
        let notes = notes(followUp).map { words($0) } + warnings.map { $0.message(in: language) }
        if !notes.isEmpty {
            body += "<h2>" + words("Points d'attention", "Points to watch") + "</h2>\n<ul>\n" + notes.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return HTMLPage.document(
            title: title, width: 64, language: language,
            style: """
                .summary td, .indicators td:nth-child(n+2) { text-align: right; }
                .indicators td:nth-child(n+2) { white-space: nowrap; }
                .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 0.4em 1.2em; }
                figure { margin: 0.4em 0 0.8em; }
                figcaption { font-size: 0.85em; color: #444; }
                figure p { margin: 0.3em 0; }
                @media print { figure { break-inside: avoid; } }
                """,
            body: body)
    }

    /// An SVG chart of one indicator over the year: the measurements (filled dots joined), the
    /// projection to the year's end (dashed, an open dot), the tier reaches or the target
    /// (dotted lines), the quarters and the as-of date. An action gets one line of text instead.
    static func chart(_ row: IndicatorFollowUp, followUp: YearFollowUp, words: Wording) -> String {
        let caption = "<figcaption>" + escape(row.indicator.label) + " — " + escape(measure(row, words)) + "</figcaption>"
        guard case .measured(let projectedValue)? = row.projected else {
            let states = row.measurements.map { words.shortDate($0.on) + words(" : ", ": ") + words.result($0.value) }.joined(separator: " · ")
            return "<figure>\(caption)<p>\(escape(states))</p></figure>\n"
        }
        var reaches: [(Fraction, String)] = []
        switch row.indicator.payout {
        case .tiers(_, let tiers): reaches = tiers.map { ($0.reach, words.money($0.amount)) }
        case .proportional(let target, let amount): reaches = [(target, words("cible, ", "target, ") + words.money(amount))]
        case .allOrNothing: break
        }
        var values = row.measurements.compactMap { measurement -> Fraction? in
            if case .measured(let value) = measurement.value { return value }
            return nil
        }
        values += [projectedValue, .zero] + reaches.map(\.0)
        // Thousandths of a unit: the chart's only arithmetic, in integers.
        func milli(_ value: Fraction) -> Int64 {
            let (scaled, overflow) = value.numerator.multipliedReportingOverflow(by: 1000)
            return overflow ? (value.numerator < 0 ? -Int64(Int32.max) : Int64(Int32.max)) : scaled / value.denominator
        }
        let low = values.map(milli).min() ?? 0, high = max(values.map(milli).max() ?? 1, low + 1)
        let left: Int64 = 40, width: Int64 = 250, top: Int64 = 8, height: Int64 = 90
        let span = Int64(followUp.year.dayCount)
        func x(_ day: CalendarDate) -> Int64 { left + Int64(followUp.year.start.days(until: day)) * width / span }
        func y(_ value: Fraction) -> Int64 { top + height - (milli(value) - low) * height / (high - low) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"\(top + height + 30)\" role=\"img\" aria-label=\""
            + escape(row.indicator.label) + "\">\n"
        svg += "<line x1=\"\(left)\" y1=\"\(top + height)\" x2=\"\(left + width)\" y2=\"\(top + height)\" stroke=\"#888\"/>\n"
        for quarter in followUp.quarters {
            let qx = x(quarter.start)
            svg += "<line x1=\"\(qx)\" y1=\"\(top)\" x2=\"\(qx)\" y2=\"\(top + height)\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(qx + 4)\" y=\"\(top + height + 14)\" font-size=\"11\" fill=\"#666\">" + words("T", "Q") + "\(quarter.number)</text>\n"
        }
        if followUp.year.contains(followUp.asOf) {
            let ax = x(followUp.asOf)
            svg += "<line x1=\"\(ax)\" y1=\"\(top)\" x2=\"\(ax)\" y2=\"\(top + height)\" stroke=\"#c60\" stroke-dasharray=\"2 2\"/>\n"
            svg += "<text x=\"\(ax + 3)\" y=\"\(top + height + 26)\" font-size=\"11\" fill=\"#c60\">" + escape(words.shortDate(followUp.asOf)) + "</text>\n"
        }
        for (reach, label) in reaches {
            let ry = y(reach)
            svg += "<line x1=\"\(left)\" y1=\"\(ry)\" x2=\"\(left + width)\" y2=\"\(ry)\" stroke=\"#2a7\" stroke-dasharray=\"1 3\"/>\n"
            svg += "<text x=\"\(left + width + 4)\" y=\"\(ry + 4)\" font-size=\"10\" fill=\"#2a7\">" + escape(words.decimal(reach) + " · " + label) + "</text>\n"
        }
        svg += "<text x=\"\(left - 4)\" y=\"\(top + 8)\" font-size=\"10\" text-anchor=\"end\">" + escape(words.decimal((try? Fraction(high, 1000)) ?? .zero)) + "</text>\n"
        svg += "<text x=\"\(left - 4)\" y=\"\(top + height)\" font-size=\"10\" text-anchor=\"end\">" + escape(words.decimal((try? Fraction(low, 1000)) ?? .zero)) + "</text>\n"
        var points: [(Int64, Int64)] = []
        for measurement in row.measurements {
            if case .measured(let value) = measurement.value { points.append((x(measurement.on), y(value))) }
        }
        if points.count > 1 {
            svg += "<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"" + points.map { "\($0.0),\($0.1)" }.joined(separator: " ") + "\"/>\n"
        }
        if let last = points.last {
            let end = (left + width, y(projectedValue))
            svg += "<line x1=\"\(last.0)\" y1=\"\(last.1)\" x2=\"\(end.0)\" y2=\"\(end.1)\" stroke=\"#1f4e79\" stroke-dasharray=\"5 4\"/>\n"
            svg += "<circle cx=\"\(end.0)\" cy=\"\(end.1)\" r=\"4\" fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"2\"/>\n"
        }
        for point in points { svg += "<circle cx=\"\(point.0)\" cy=\"\(point.1)\" r=\"3.5\" fill=\"#1f4e79\"/>\n" }
        svg += "</svg>"
        let summary = words("projection ", "projected ") + projected(row, words) + " · " + words("au rythme ", "at pace ")
            + (row.amountAtProjected.map(words.money) ?? "—") + words(" sur ", " of ") + words.money(row.bestCase)
        return "<figure>\(caption)\n\(svg)<figcaption>\(escape(summary))</figcaption></figure>\n"
    }

    /// Escapes text for HTML and XML.
    static func escape(_ text: String) -> String { ReviewRenderer.escape(text) }
}
