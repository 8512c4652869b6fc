// The results' keys are the format's (`size_class`, `best_case_cents`). A decoder set to convert
// keys from snake case (`JSONDecoder.KeyDecodingStrategy.convertFromSnakeCase`, which many servers
// set globally) hands them over as `sizeClass`, `bestCaseCents`: the results read either spelling.

extension Decoder {
    /// A keyed container that finds each key under its format spelling (`size_class`) or under the
    /// spelling a snake-case-converting decoder gives it (`sizeClass`).
    func container<Key: CodingKey>(keyedByEitherSpelling type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(EitherSpellingContainer<Key>(base: try container(keyedBy: JSONMemberKey.self)))
    }
}

/// `size_class` → `sizeClass`, as `convertFromSnakeCase` spells a key.
func camelCaseSpelling(_ key: String) -> String {
    let words = key.split(separator: "_", omittingEmptySubsequences: true)
    guard let first = words.first, words.count > 1 else { return key }
    return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// Reads each key of `Key` from whichever spelling the object holds.
struct EitherSpellingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let base: KeyedDecodingContainer<JSONMemberKey>

    var codingPath: [any CodingKey] { base.codingPath }

    /// The members spelled as the format spells them (the results' decoders read their keys by name).
    var allKeys: [Key] { base.allKeys.compactMap { Key(stringValue: $0.stringValue) } }

    /// The member a key is read from: its own spelling, else the converted one, else its own (for the error).
    func member(_ key: Key) -> JSONMemberKey {
        let own = JSONMemberKey(key.stringValue)
        if base.contains(own) { return own }
        let converted = JSONMemberKey(camelCaseSpelling(key.stringValue))
        return base.contains(converted) ? converted : own
    }

    func contains(_ key: Key) -> Bool { base.contains(member(key)) }
    func decodeNil(forKey key: Key) throws -> Bool { try base.decodeNil(forKey: member(key)) }
    // One generic method answers every `decode` the protocol asks for (the standard types included).
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try base.decode(type, forKey: member(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try base.nestedContainer(keyedBy: type, forKey: member(key))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try base.nestedUnkeyedContainer(forKey: member(key))
    }

    func superDecoder() throws -> any Decoder { try base.superDecoder() }
    func superDecoder(forKey key: Key) throws -> any Decoder { try base.superDecoder(forKey: member(key)) }
}
