import CPTSKit

/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
    /// Column alignment.
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table with a header rule, each line indented by `indent` spaces.
    func rendered(indent: Int = 2) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() where index < widths.count {
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(alignments[index] == .left ? cell + pad : pad + cell)
            }
            var text = String(repeating: " ", count: indent) + parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = [line(headers), String(repeating: " ", count: indent) + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }
}

extension TextTable {
    /// A paragraph broken at spaces so that no line is wider than `width` characters; lines
    /// after the first start with `continuation` (a word longer than a line stays whole).
    static func wrapped(_ text: String, width: Int = 100, continuation: String = "  ") -> String {
        let indent = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = indent, empty = true
        for word in text.dropFirst(indent.count).split(separator: " ") {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = continuation + word
            } else {
                current += (empty ? "" : " ") + word
            }
            empty = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
