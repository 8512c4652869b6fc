/// `Codable` for ``FundingLine``: one object of a statement's `lines`, keys in snake case, amounts
/// in cents, the rate as an exact ratio (`"210/500"`), the source as its text (`"ACI-2019 art. 9.1"`).
extension FundingLine: Codable {
    enum CodingKeys: String, CodingKey {
        case year, volet, mission, part, indicator, status
        case amount = "amount_cents", bestCase = "best_case_cents", base = "base_cents"
        case rate, result
        case tierReached = "tier_reached"
        case rule, source, confidence, rulebook, amendment
    }

    /// Decodes a line.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a missing key, a wrong type or a value that is not one of the
    ///   format's (an unknown volet, a rate that is not a number…).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        self.init(
            year: try container.decode(Int.self, forKey: .year),
            volet: try container.decode(Volet.self, forKey: .volet),
            mission: try container.decodeIfPresent(MissionKind.self, forKey: .mission),
            part: try container.decode(FundingPart.self, forKey: .part),
            indicator: try container.decodeIfPresent(String.self, forKey: .indicator),
            amount: try container.decodeCents(forKey: .amount),
            bestCase: try container.decodeCents(forKey: .bestCase),
            status: try container.decode(LineStatus.self, forKey: .status),
            base: try container.decodeCents(forKey: .base),
            rate: try container.decodeText(forKey: .rate) { (text) throws(CPTSKitError) in try Fraction(parsing: text) },
            result: try container.decodeIfPresent(IndicatorResult.self, forKey: .result),
            rule: try container.decode(FundingRule.self, forKey: .rule),
            source: try container.decode(SourceReference.self, forKey: .source),
            confidence: try container.decode(Confidence.self, forKey: .confidence),
            tierReached: try container.decodeIfPresent(Int.self, forKey: .tierReached),
            rulebook: try container.decode(String.self, forKey: .rulebook),
            amendment: try container.decodeIfPresent(Int.self, forKey: .amendment))
    }

    /// Encodes the line; absent values are `null`.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(volet, forKey: .volet)
        try container.encodeOrNull(mission, forKey: .mission)
        try container.encode(part, forKey: .part)
        try container.encodeOrNull(indicator, forKey: .indicator)
        try container.encode(status, forKey: .status)
        try container.encodeCents(amount, forKey: .amount)
        try container.encodeCents(bestCase, forKey: .bestCase)
        try container.encodeCents(base, forKey: .base)
        try container.encode(rate.description, forKey: .rate)
        try container.encodeOrNull(result, forKey: .result)
        try container.encodeOrNull(tierReached, forKey: .tierReached)
        try container.encode(rule, forKey: .rule)
        try container.encode(source, forKey: .source)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(rulebook, forKey: .rulebook)
        try container.encodeOrNull(amendment, forKey: .amendment)
    }
}
