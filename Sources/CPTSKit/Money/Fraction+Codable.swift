/// `Codable` for ``Fraction`` through its exact text, `"72.4"` or `"2/3"`.
extension Fraction: Codable {
    /// Decodes a fraction from its exact decimal or ratio text.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: ``CPTSKitError`` for text that is not a number; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try Fraction(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the fraction as its exact decimal text.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalDescription)
    }
}
