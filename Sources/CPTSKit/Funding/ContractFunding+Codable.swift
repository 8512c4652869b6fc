/// `Codable` for ``ContractFunding``: the document `cpts funding --format json` prints
/// (`"format": "cpts-funding/1"`), field by field in `Documentation/OutputFormat.md`.
extension ContractFunding: Codable {
    /// The format identifier a funding written as a document starts with.
    public static let formatIdentifier = "cpts-funding/1"

    enum CodingKeys: String, CodingKey {
        case format, cpts, rulebook, years, warnings
        case sizeClass = "size_class", signedOn = "signed_on", terminatedOn = "terminated_on"
        case total = "total_cents", maxTotal = "max_total_cents"
    }

    /// Decodes a funding, its totals checked against its years.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for another format, totals that are not the sums of
    ///   the years, or an invalid value; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        try container.checkFormat(Self.formatIdentifier, forKey: .format)
        let cpts = try container.decode(String.self, forKey: .cpts)
        let sizeClass = try container.decodeSizeClass(forKey: .sizeClass)
        let rulebook = try container.decode(String.self, forKey: .rulebook)
        let signedOn = try container.decode(CalendarDate.self, forKey: .signedOn)
        let terminatedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .terminatedOn)
        let years = try container.decode([FundingStatement].self, forKey: .years)
        let warnings = try container.decode([FundingWarning].self, forKey: .warnings)
        self = try container.rebuilt { () throws(CPTSKitError) in
            try ContractFunding(cpts: cpts, sizeClass: sizeClass, rulebook: rulebook, signedOn: signedOn,
                                years: years, warnings: warnings, terminatedOn: terminatedOn)
        }
        try container.checkCents(total, forKey: .total)
        try container.checkCents(maxTotal, forKey: .maxTotal)
    }

    /// Encodes the funding; `format` only when it is the document itself.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeFormat(Self.formatIdentifier, forKey: .format, of: encoder)
        try container.encode(cpts, forKey: .cpts)
        try container.encode(sizeClass.code, forKey: .sizeClass)
        try container.encode(rulebook, forKey: .rulebook)
        try container.encode(signedOn, forKey: .signedOn)
        try container.encodeOrNull(terminatedOn, forKey: .terminatedOn)
        try container.encodeCents(total, forKey: .total)
        try container.encodeCents(maxTotal, forKey: .maxTotal)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(years, forKey: .years)
    }
}
