/// The benchmark report: a readable table, then one JSON object on the last line.
struct Report {
    struct Row {
        let scenario: String
        let size: String
        let value: String
        let baseline: String
        let ratio: String
        let goal: String
    }

    var rows: [Row] = []
    var figures: [(String, Double)] = []

    mutating func add(_ scenario: String, size: String, value: String, baseline: String = "—", ratio: String = "—", goal: String = "") {
        rows.append(Row(scenario: scenario, size: size, value: value, baseline: baseline, ratio: ratio, goal: goal))
    }

    mutating func figure(_ key: String, _ value: Double) { figures.append((key, value)) }

    static func rate(_ perSecond: Double) -> String {
        if perSecond >= 1e6 { return format(perSecond / 1e6, 2) + " M/s" }
        if perSecond >= 1e3 { return format(perSecond / 1e3, 2) + " k/s" }
        return format(perSecond, 1) + " /s"
    }

    static func duration(_ nanoseconds: Double) -> String {
        if nanoseconds >= 1e6 { return format(nanoseconds / 1e6, 2) + " ms" }
        if nanoseconds >= 1e3 { return format(nanoseconds / 1e3, 2) + " µs" }
        return format(nanoseconds, 0) + " ns"
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    func table() -> String {
        let headers = ["scenario", "size", "CPTSKit", "naive baseline", "× baseline", "goal"]
        let cells = rows.map { [$0.scenario, $0.size, $0.value, $0.baseline, $0.ratio, $0.goal] }
        var widths = headers.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
        }
        return ([line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + cells.map(line))
            .joined(separator: "\n")
    }

    func json() -> String {
        "{" + figures.map { "\"\($0.0)\": \(Report.format($0.1, 1).replacingOccurrences(of: ".0", with: ""))" }.joined(separator: ", ") + "}"
    }
}
