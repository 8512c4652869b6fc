/// `Codable` for ``FundingStatement``: the document `cpts funding --year N --format json` prints
/// (`"format": "cpts-statement/1"`), and each object of a funding's `years`.
extension FundingStatement: Codable {
    /// The format identifier a statement written as a document starts with.
    public static let formatIdentifier = "cpts-statement/1"

    enum CodingKeys: String, CodingKey {
        case format, cpts, year, from, to, rulebook, rulebooks
        case sizeClass = "size_class", total = "total_cents", maxTotal = "max_total_cents", lines, warnings
    }

    /// Decodes a statement, its totals checked against its lines.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for another format, a `total_cents` or
    ///   `max_total_cents` that is not the sum of the lines, or an invalid value; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        try container.checkFormat(Self.formatIdentifier, forKey: .format)
        let number = try container.decode(Int.self, forKey: .year)
        let start = try container.decode(CalendarDate.self, forKey: .from)
        let lastDay = try container.decode(CalendarDate.self, forKey: .to)
        let (cpts, sizeClass) = (try container.decode(String.self, forKey: .cpts), try container.decodeSizeClass(forKey: .sizeClass))
        let rulebook = try container.decode(String.self, forKey: .rulebook)
        let lines = try container.decode([FundingLine].self, forKey: .lines)
        let warnings = try container.decode([FundingWarning].self, forKey: .warnings)
        self = try container.rebuilt { () throws(CPTSKitError) in
            try FundingStatement(cpts: cpts, sizeClass: sizeClass, rulebook: rulebook,
                                 year: ContractYear(number: number, start: start, end: try lastDay.adding(days: 1)),
                                 lines: lines, warnings: warnings)
        }
        try container.checkCents(total, forKey: .total)
        try container.checkCents(maxTotal, forKey: .maxTotal)
    }

    /// Encodes the statement; `format` only when it is the document itself.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeFormat(Self.formatIdentifier, forKey: .format, of: encoder)
        try container.encode(cpts, forKey: .cpts)
        try container.encode(year.number, forKey: .year)
        try container.encode(year.start, forKey: .from)
        try container.encode(year.lastDay, forKey: .to)
        try container.encode(rulebook, forKey: .rulebook)
        try container.encode(rulebooks, forKey: .rulebooks)
        try container.encode(sizeClass.code, forKey: .sizeClass)
        try container.encodeCents(total, forKey: .total)
        try container.encodeCents(maxTotal, forKey: .maxTotal)
        try container.encode(lines, forKey: .lines)
        try container.encode(warnings, forKey: .warnings)
    }
}
