/// `Codable` for ``IndicatorResult``: `true`/`false` for an action, the exact decimal text for a
/// measure (`"71.2"`, never a binary floating-point number).
extension IndicatorResult: Codable {
    /// Decodes a result: a boolean, or a decimal or ratio as text.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for text that is not a number; `typeMismatch` for
    ///   anything but a boolean or a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let done = try? container.decode(Bool.self) {
            self = .achieved(done)
        } else {
            self = .measured(try decoder.decodeText { (text) throws(CPTSKitError) in try Fraction(parsing: text) })
        }
    }

    /// Encodes the result.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .achieved(let done): try container.encode(done)
        case .measured(let value): try container.encode(value.decimalDescription)
        }
    }
}
