/// `Codable` for ``Euros`` through its exact text, `"17500.00"`: decoding parses exactly, so a stored
/// amount never comes back as a binary floating-point approximation.
extension Euros: Codable {
    /// Decodes an amount from its decimal text.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: ``CPTSKitError`` for text that is not an amount; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try Euros(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the amount as text with two decimals.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plainDescription)
    }
}
