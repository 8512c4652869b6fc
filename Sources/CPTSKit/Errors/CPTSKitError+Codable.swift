/// `Codable` for ``CPTSKitError``: what a server answers with HTTP 422, e.g.
/// `{"kind": "invalid_amount", "code": 7, "path": "missions[0].budget.fixed", "message": "…", "message_fr": "…", "value": "12,5"}`:
/// the message in English and in French, the path, code and value the same in both.
///
/// `code` is ``Kind/code`` (the `CustomNSError` code), written for clients that switch on numbers;
/// decoding reads the kind and checks that the code agrees.
extension CPTSKitError: Codable {
    enum CodingKeys: String, CodingKey { case kind, code, path, message, frenchMessage = "message_fr", value }

    /// Decodes an error.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for an unknown kind, a code that is not the kind's, or a missing key
    ///   (`message_fr` may be missing: the English message is then used for both).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        if let code = try container.decodeIfPresent(Int.self, forKey: .code), code != kind.code {
            throw DecodingError.dataCorruptedError(forKey: .code, in: container,
                                                   debugDescription: "code \(code) is not \(kind.rawValue)'s (\(kind.code))")
        }
        let message = try container.decode(String.self, forKey: .message)
        self.init(kind, path: try container.decode(String.self, forKey: .path),
                  message: BilingualText(fr: try container.decodeIfPresent(String.self, forKey: .frenchMessage) ?? message, en: message),
                  value: try container.decodeIfPresent(String.self, forKey: .value))
    }

    /// Encodes the error; `value` is `null` when the error has none.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(kind.code, forKey: .code)
        try container.encode(path, forKey: .path)
        try container.encode(message, forKey: .message)
        try container.encode(frenchMessage, forKey: .frenchMessage)
        try container.encodeOrNull(value, forKey: .value)
    }
}
