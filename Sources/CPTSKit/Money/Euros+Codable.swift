/// `Codable` for ``Euros`` through its exact text, `"17500.00"`: decoding parses exactly, so a stored
/// amount never comes back as a binary floating-point approximation.
extension Euros: Codable {
    /// Decodes an amount from its decimal text.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path for text that is not an amount (the ``CPTSKitError`` as
    ///   underlying error); the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { (text) throws(CPTSKitError) in try Euros(parsing: text) }
    }

    /// Encodes the amount as text with two decimals.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plainDescription)
    }
}
