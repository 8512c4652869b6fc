extension JSONValue {
    /// The JSON tree of an `Encodable` value, members in the order the value encodes them.
    ///
    /// This is what `cpts` prints: `JSONValue(encoding: funding).serialized()` is the same document
    /// as Foundation's `JSONEncoder` gives for `funding` (same keys, same order, same values), with
    /// no Foundation in the core. Integers are written exactly; a binary floating-point number (which
    /// no CPTSKit value has) as its shortest text.
    ///
    /// - Parameter value: The value to encode.
    /// - Throws: `EncodingError.invalidValue` for a non-finite floating-point number, or the
    ///   value's own encoding error.
    public init(encoding value: some Encodable) throws {
        let root = JSONTreeNode()
        try value.encode(to: JSONTreeEncoder(node: root, codingPath: []))
        self = root.value
    }
}

/// A node of the tree being encoded: a reference so that nested containers fill it in place.
final class JSONTreeNode {
    enum Content {
        case empty
        case scalar(JSONValue)
        case object([(key: String, node: JSONTreeNode)])
        case array([JSONTreeNode])
    }

    var content = Content.empty

    /// The finished value; a node nobody wrote to is an empty object, as in `JSONEncoder`.
    var value: JSONValue {
        switch content {
        case .empty: .object([])
        case .scalar(let value): value
        case .object(let members): .object(members.map { ($0.key, $0.node.value) })
        case .array(let items): .array(items.map(\.value))
        }
    }

    /// The child for `key`, created at the end of the object (or replaced where it already is).
    func child(_ key: String) -> JSONTreeNode {
        let node = JSONTreeNode()
        var members: [(key: String, node: JSONTreeNode)]
        if case .object(let existing) = content { members = existing } else { members = [] }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = node
        } else {
            members.append((key, node))
        }
        content = .object(members)
        return node
    }

    /// A new element at the end of the array.
    func appended() -> JSONTreeNode {
        let node = JSONTreeNode()
        var items: [JSONTreeNode]
        if case .array(let existing) = content { items = existing } else { items = [] }
        items.append(node)
        content = .array(items)
        return node
    }

    var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }

    func makeObject() { if case .object = content {} else { content = .object([]) } }
    func makeArray() { if case .array = content {} else { content = .array([]) } }
}

/// The `Encoder` behind ``JSONValue/init(encoding:)``.
struct JSONTreeEncoder: Encoder {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(JSONTreeKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return JSONTreeUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONTreeSingleValueContainer(node: node, codingPath: codingPath)
    }
}

/// A scalar as a JSON value, or `nil` when the value encodes itself.
enum JSONTreeScalar {
    static func value(_ value: some Encodable, codingPath: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(String(number))
        case let number as Int64: return .number(String(number))
        case let number as Int32: return .number(String(number))
        case let number as Int16: return .number(String(number))
        case let number as Int8: return .number(String(number))
        case let number as UInt: return .number(String(number))
        case let number as UInt64: return .number(String(number))
        case let number as UInt32: return .number(String(number))
        case let number as UInt16: return .number(String(number))
        case let number as UInt8: return .number(String(number))
        case let number as any BinaryFloatingPoint & CustomStringConvertible: return try binary(number, codingPath: codingPath)
        default: return nil
        }
    }

    /// A binary floating-point number (none of CPTSKit's values has one; another type's may) as
    /// its shortest text, `2` for `2.0` as `JSONEncoder` writes it.
    static func binary(_ number: any BinaryFloatingPoint & CustomStringConvertible, codingPath: [any CodingKey]) throws -> JSONValue {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(
                codingPath: codingPath, debugDescription: "JSON has no \(number)"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    /// Writes `value` into `node`: a scalar directly, anything else through its `encode(to:)`.
    static func encode(_ value: some Encodable, into node: JSONTreeNode, codingPath: [any CodingKey]) throws {
        if let scalar = try Self.value(value, codingPath: codingPath) {
            node.content = .scalar(scalar)
        } else {
            try value.encode(to: JSONTreeEncoder(node: node, codingPath: codingPath))
        }
    }
}

/// An index in an unkeyed container, as a coding key.
struct JSONTreeIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct JSONTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .scalar(.null) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try JSONTreeScalar.encode(value, into: node.child(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(key.stringValue)
        child.makeArray()
        return JSONTreeUnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        JSONTreeEncoder(node: node.child("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONTreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
    }
}

struct JSONTreeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONTreeIndex(node.count)] }

    mutating func encodeNil() throws { node.appended().content = .scalar(.null) }

    mutating func encode(_ value: some Encodable) throws {
        let path = nextPath
        try JSONTreeScalar.encode(value, into: node.appended(), codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        let child = node.appended()
        child.makeObject()
        return KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(node: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let child = node.appended()
        child.makeArray()
        return JSONTreeUnkeyedContainer(node: child, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return JSONTreeEncoder(node: node.appended(), codingPath: path)
    }
}

struct JSONTreeSingleValueContainer: SingleValueEncodingContainer {
    let node: JSONTreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .scalar(.null) }

    mutating func encode(_ value: some Encodable) throws {
        try JSONTreeScalar.encode(value, into: node, codingPath: codingPath)
    }
}
