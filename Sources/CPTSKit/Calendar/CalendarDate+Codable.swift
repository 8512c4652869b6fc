/// `Codable` for ``CalendarDate`` as the text contract files use, `"2025-05-12"`, validated on decoding.
extension CalendarDate: Codable {
    /// Decodes a date from `YYYY-MM-DD`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: ``CPTSKitError`` for an impossible date; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try CalendarDate(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the date as `YYYY-MM-DD`.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
