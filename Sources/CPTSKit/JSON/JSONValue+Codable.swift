import Foundation

// A JSON tree read from, and written to, any `Decoder` or `Encoder`: what lets the contract, whose
// reader is the strict `cpts-contract/1` reader, be a member of a server's own request types.

extension JSONValue: Codable {
    /// Reads the value at the decoder's position, whatever its shape.
    ///
    /// Numbers are kept exact: an integer as its digits, any other number as the exact decimal
    /// the decoder reads (`Decimal`), never through `Double`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for a value that is none of JSON's.
    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: JSONMemberKey.self) {
            var members: [(key: String, value: JSONValue)] = []
            // A decoder gives an object's keys in no particular order: they are sorted, so the
            // same document always reads the same.
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                members.append((key.stringValue, try object.decode(JSONValue.self, forKey: key)))
            }
            self = .object(members)
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let text = try? value.decode(String.self) {
            self = .string(text)
        } else if let integer = try? value.decode(Int64.self) {
            self = .number(String(integer))
        } else if let decimal = try? value.decode(Decimal.self) {
            self = .number(decimal.description)
        } else {
            throw DecodingError.dataCorruptedError(in: value, debugDescription: "not a JSON value")
        }
    }

    /// Writes the value: objects with their members in order, numbers exact.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var object = encoder.container(keyedBy: JSONMemberKey.self)
            for (key, value) in members { try object.encode(value, forKey: JSONMemberKey(key)) }
        case .array(let items):
            var array = encoder.unkeyedContainer()
            for item in items { try array.encode(item) }
        case .string(let text):
            var value = encoder.singleValueContainer()
            try value.encode(text)
        case .number(let digits):
            var value = encoder.singleValueContainer()
            if let integer = Int64(digits) {
                try value.encode(integer)
            } else if let decimal = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) {
                try value.encode(decimal)
            } else {
                throw EncodingError.invalidValue(digits, EncodingError.Context(codingPath: encoder.codingPath,
                                                                               debugDescription: "not a JSON number"))
            }
        case .bool(let flag):
            var value = encoder.singleValueContainer()
            try value.encode(flag)
        case .null:
            var value = encoder.singleValueContainer()
            try value.encodeNil()
        }
    }
}

/// A member name or an array position, as a coding key.
struct JSONMemberKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    /// The coding path of a field's path as CPTSKit's errors write it: `missions[1].budget.fixed`.
    static func codingPath(of path: String) -> [JSONMemberKey] {
        var keys: [JSONMemberKey] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indexes: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "["), let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { keys.append(JSONMemberKey(String(name))) }
            for index in indexes { keys.append(JSONMemberKey(intValue: index) ?? JSONMemberKey(String(index))) }
        }
        return keys
    }
}
