/// `Codable` for ``INSEECode`` as its five characters, `"56121"`, validated on decoding.
extension INSEECode: Codable {
    /// Decodes and validates a code.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path for an invalid code (the ``CPTSKitError`` as
    ///   underlying error); the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { (text) throws(CPTSKitError) in try INSEECode(text) }
    }

    /// Encodes the code as its five characters.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
