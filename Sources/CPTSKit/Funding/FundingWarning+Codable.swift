/// `Codable` for ``FundingWarning``: `{"kind": "deadline_passed", "path": "missions[2].deployed_on", "message": "…", "message_fr": "…", "value": "2026-04-09"}`.
extension FundingWarning: Codable {
    enum CodingKeys: String, CodingKey { case kind, path, message, frenchMessage = "message_fr", value }

    /// Decodes a warning.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for an unknown kind or a missing key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        let message = try container.decode(String.self, forKey: .message)
        self.init(try container.decode(Kind.self, forKey: .kind), path: try container.decode(String.self, forKey: .path),
                  message: BilingualText(fr: try container.decodeIfPresent(String.self, forKey: .frenchMessage) ?? message, en: message),
                  value: try container.decodeIfPresent(String.self, forKey: .value))
    }

    /// Encodes the warning.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(path, forKey: .path)
        try container.encode(message, forKey: .message)
        try container.encode(frenchMessage, forKey: .frenchMessage)
        try container.encodeOrNull(value, forKey: .value)
    }
}
