extension JSONValue {
    /// Parses JSON text.
    ///
    /// - Parameter bytes: UTF-8 JSON (a leading byte-order mark is accepted).
    /// - Throws: ``CPTSKitError/Kind/malformedJSON`` with line, column and byte offset.
    public init(parsing bytes: [UInt8]) throws(CPTSKitError) {
        self = try JSONParser.parse(bytes)
    }

    /// The value as JSON text: pretty-printed with two-space indents, or compact on one line.
    ///
    /// - Parameter pretty: Whether to indent (default) or write everything on one line.
    /// - Returns: The JSON text, members in their stored order.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : -1)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        let pretty = indent >= 0
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append("\n")
            out.append(String(repeating: "  ", count: level))
        }
        switch self {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let text): JSONValue.writeString(text, to: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            let scalarOnly = items.allSatisfy { if case .object = $0 { false } else if case .array = $0 { false } else { true } }
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(pretty && scalarOnly ? ", " : ",") }
                if !scalarOnly { newline(indent + 1) }
                item.write(to: &out, indent: pretty ? indent + 1 : -1)
            }
            if !scalarOnly { newline(indent) }
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(",") }
                newline(indent + 1)
                JSONValue.writeString(member.key, to: &out)
                out.append(pretty ? ": " : ":")
                member.value.write(to: &out, indent: pretty ? indent + 1 : -1)
            }
            newline(indent)
            out.append("}")
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
