/// A JSON document as CPTSKit reads and writes it: numbers kept as their exact text.
///
/// The contract reader never turns a number into a `Double`: ``number(_:)`` holds the literal
/// (`72.40`), which ``Euros`` and ``Fraction`` parse exactly. Object members keep their order,
/// so output is deterministic and errors can name the first offending key.
public enum JSONValue: Hashable, Sendable {
    /// An object, members in document order (keys are unique: the parser rejects duplicates).
    case object([(key: String, value: JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, as its JSON literal.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The name of the value's JSON type, for error messages.
    package var typeName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// The name of the value's JSON type in French, for error messages: `un objet`, `une chaîne`…
    package var frenchTypeName: String {
        switch self {
        case .object: "un objet"
        case .array: "un tableau"
        case .string: "une chaîne"
        case .number: "un nombre"
        case .bool: "un booléen"
        case .null: "null"
        }
    }

    /// Two values are equal when they have the same type and content, members in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// Hashes the type and the content.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            hasher.combine(0)
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        case .array(let items): hasher.combine(1); hasher.combine(items)
        case .string(let text): hasher.combine(2); hasher.combine(text)
        case .number(let text): hasher.combine(3); hasher.combine(text)
        case .bool(let flag): hasher.combine(4); hasher.combine(flag)
        case .null: hasher.combine(5)
        }
    }

    /// A short rendering of the value for error messages (strings quoted, long values cut).
    package var excerpt: String {
        let text: String
        switch self {
        case .string(let value): text = "\"\(value)\""
        case .number(let literal): text = literal
        case .bool(let flag): text = flag ? "true" : "false"
        case .null: text = "null"
        case .array(let items): text = "[… \(items.count) items]"
        case .object(let members): text = "{… \(members.count) fields}"
        }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
