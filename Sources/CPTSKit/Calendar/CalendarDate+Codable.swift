/// `Codable` for ``CalendarDate`` as the text contract files use, `"2025-05-12"`, validated on decoding.
extension CalendarDate: Codable {
    /// Decodes a date from `YYYY-MM-DD`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path for an impossible date (the ``CPTSKitError`` as
    ///   underlying error); the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { (text) throws(CPTSKitError) in try CalendarDate(parsing: text) }
    }

    /// Encodes the date as `YYYY-MM-DD`.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
