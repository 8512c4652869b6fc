/// `Codable` for ``Fraction`` through its exact text, `"72.4"` or `"2/3"`.
extension Fraction: Codable {
    /// Decodes a fraction from its exact decimal or ratio text.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path for text that is not a number (the ``CPTSKitError`` as
    ///   underlying error); the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { (text) throws(CPTSKitError) in try Fraction(parsing: text) }
    }

    /// Encodes the fraction as its exact decimal text.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalDescription)
    }
}
