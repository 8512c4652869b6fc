import CPTSKit

/// A plain-text table with aligned columns, for terminal output.
package struct TextTable {
    /// Column alignment.
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Titles printed as they are before the row of their index (a mission heading in a table
    /// grouped by mission); they do not widen the columns.
    var sections: [Int: String] = [:]

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// A title line before the next row.
    mutating func appendSection(_ title: String) { sections[rows.count] = title }

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
        for (index, row) in rows.enumerated() {
            if let title = sections[index] { out.append(String(repeating: " ", count: indent) + title) }
            out.append(line(row))
        }
        return out.joined(separator: "\n")
    }
}

extension TextTable {
    /// Every line of a text wider than `width` wrapped at spaces, its continuation lines indented
    /// two more spaces than the line itself.
    static func wrappingLines(_ text: String, width: Int = 100) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > width else { return String(line) }
            let indent = line.prefix { $0 == " " }.count
            return wrapped(String(line), width: width, continuation: String(repeating: " ", count: indent + 2))
        }.joined(separator: "\n")
    }

    /// A paragraph broken at spaces so that no line is wider than `width` characters; the first
    /// line starts with `lead`, kept as it is (a help's aligned option column), the others with
    /// `continuation` (a word longer than a line stays whole).
    package static func wrapped(_ text: String, width: Int = 100, continuation: String = "  ", lead: String = "") -> String {
        let indent = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = lead + indent, empty = true
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
