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

    /// The table with a header rule, each line indented by `indent` spaces; with `width`, the
    /// cells of column `shrinking` are cut (ending in `…`) so that no line is wider.
    func rendered(indent: Int = 2, width: Int? = nil, shrinking: Int = 0) -> String {
        var widths = headers.map(\.count)
        var rows = rows
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        let total = indent + widths.reduce(0, +) + 2 * max(widths.count - 1, 0)
        if let width, total > width, shrinking < widths.count {
            let room = max(widths[shrinking] - (total - width), max(headers[shrinking].count, 4))
            widths[shrinking] = room
            for index in rows.indices where shrinking < rows[index].count && rows[index][shrinking].count > room {
                rows[index][shrinking] = String(rows[index][shrinking].prefix(room - 1)) + "…"
            }
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
        var lines: [String] = []
        let indent = String(text.prefix { $0 == " " })
        var current = indent
        for word in text.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let prefix = lines.isEmpty ? "" : continuation
            if current.count > indent.count, prefix.count + current.count + 1 + word.count > width {
                lines.append(prefix + current)
                current = String(word)
            } else {
                current += (current.count == indent.count && lines.isEmpty ? "" : " ") + word
            }
        }
        lines.append((lines.isEmpty ? "" : continuation) + current)
        return lines.joined(separator: "\n")
    }
}
