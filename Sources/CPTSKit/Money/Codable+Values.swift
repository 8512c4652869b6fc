/// `Codable` for the value types an integrator stores: each as the text the contract file uses.
///
/// `Euros` as `"17500.00"`, `Fraction` as its exact decimal (`"72.4"`, or `"2/3"`),
/// `CalendarDate` as `"2025-05-12"`, `INSEECode` as `"56121"`: decoding parses exactly and
/// validates, so a stored value can never come back as a binary floating-point approximation.
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

extension INSEECode: Codable {
    /// Decodes and validates a code.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: ``CPTSKitError`` for an invalid code; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        self = try INSEECode(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the code as its five characters.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
