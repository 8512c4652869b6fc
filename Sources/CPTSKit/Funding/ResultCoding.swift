/// The conventions shared by the `Codable` results (``ContractFunding``, ``FundingStatement``,
/// ``PaymentSchedule``…), as `Documentation/OutputFormat.md` states them:
///
/// - money is an integer number of cents under a key ending in `_cents` (exact, and within a
///   JavaScript number's exact range for any amount the ACI pays);
/// - an absent value is written as `null`, so every key is always there;
/// - a document (the value encoded at the top level) starts with its `format` key, e.g.
///   `"cpts-funding/1"`; a decoder accepts it missing and refuses any other format;
/// - a total that can be derived is checked when decoded: a document whose `total_cents` is not
///   the sum of its lines is refused as corrupted.
extension KeyedEncodingContainer {
    /// Writes an amount as its cents.
    mutating func encodeCents(_ amount: Euros, forKey key: Key) throws {
        try encode(amount.cents, forKey: key)
    }

    /// Writes the value, or `null`.
    mutating func encodeOrNull(_ value: (some Encodable)?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Writes the format identifier when the value is the document itself.
    mutating func encodeFormat(_ identifier: String, forKey key: Key, of encoder: any Encoder) throws {
        if encoder.codingPath.isEmpty { try encode(identifier, forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Reads an amount from its cents.
    func decodeCents(forKey key: Key) throws -> Euros {
        Euros(cents: try decode(Int64.self, forKey: key))
    }

    /// Reads a string and parses it; a refused text is `DecodingError.dataCorrupted` at the key.
    func decodeText<Value>(forKey key: Key, _ parse: (String) throws(CPTSKitError) -> Value) throws -> Value {
        let text = try decode(String.self, forKey: key)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: error.description)
        }
    }

    /// Reads an optional string and parses it.
    func decodeTextIfPresent<Value>(forKey key: Key, _ parse: (String) throws(CPTSKitError) -> Value) throws -> Value? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decodeText(forKey: key, parse)
    }

    /// Reads a size class from its code, `T1` to `T4`.
    func decodeSizeClass(forKey key: Key) throws -> SizeClass {
        try decodeText(forKey: key) { (code) throws(CPTSKitError) in
            guard let sizeClass = SizeClass(code: code) else {
                throw CPTSKitError(.wrongType, path: "", message: BilingualText(fr: "une taille est T1, T2, T3 ou T4", en: "a size class is T1, T2, T3 or T4"), value: code)
            }
            return sizeClass
        }
    }

    /// Refuses a document of another format; a missing format is accepted.
    func checkFormat(_ identifier: String, forKey key: Key) throws {
        guard let format = try decodeIfPresent(String.self, forKey: key), format != identifier else { return }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "expected format \(identifier), found \(format)")
    }

    /// Refuses a stored amount that differs from the one derived from the document.
    func checkCents(_ derived: Euros, forKey key: Key) throws {
        let stored = try decodeCents(forKey: key)
        guard stored != derived else { return }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self,
            debugDescription: "\(key.stringValue) is \(stored.cents) but the document's amounts sum to \(derived.cents)")
    }

    /// Wraps a library error raised while rebuilding a value as `DecodingError.dataCorrupted`.
    func rebuilt<Value>(_ body: () throws(CPTSKitError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath, debugDescription: error.description, underlyingError: error))
        }
    }
}
