/// One line of a funding statement: an amount, what it pays for, and how it was computed.
///
/// Every euro explains itself. A line names its volet, mission, part
/// and indicator, the base amount and the exact rate applied (`amount = base × rate`, rounded
/// once), the rule and the source of the base figure.
public struct FundingLine: Hashable, Sendable {
    /// The contract year, 1…5.
    public let year: Int
    /// Volet 1 or volet 2.
    public let volet: Volet
    /// The mission, for volet 2 lines.
    public let mission: MissionKind?
    /// The part paid.
    public let part: FundingPart
    /// The indicator id, for variable lines.
    public let indicator: String?
    /// The amount: earned, due, or — when ``status`` is pending — the best case.
    public let amount: Euros
    /// The most this line could pay (the best tier, the full amount).
    public let bestCase: Euros
    /// Due, assessed on results, or pending assessment.
    public let status: LineStatus
    /// The figure the rate applies to (national or contract amount, or the tier reached).
    public let base: Euros
    /// The exact factor applied to ``base`` (a prorata, an attainment), one when none.
    public let rate: Fraction
    /// The reported result behind a variable line, if assessed.
    public let result: IndicatorResult?
    /// For an assessed tiered indicator, the position in its list of tiers of the tier that pays;
    /// `nil` when no tier is reached, and for every other line.
    public let tierReached: Int?
    /// The engine rule that produced the line.
    public let rule: FundingRule
    /// Where the base figure comes from.
    public let source: SourceReference
    /// How firmly the base figure is established.
    public let confidence: Confidence
    /// The identifier of the rulebook the line was computed under.
    public let rulebook: String
    /// The index in ``ACIContract/amendments`` of the contract amendment that produced the line
    /// (a budget, indicators, population or rulebook amendment, or the termination that prorated
    /// it), or `nil` for the contract as signed.
    public let amendment: Int?

    /// Creates a line; the engine builds them, tests and integrators may too.
    ///
    /// - Parameters:
    ///   - year: The contract year.
    ///   - volet: The volet.
    ///   - mission: The mission, for volet 2.
    ///   - part: The part.
    ///   - indicator: The indicator id, for variable lines.
    ///   - amount: The amount.
    ///   - bestCase: The most the line could pay.
    ///   - status: Due, assessed or pending.
    ///   - base: The base figure.
    ///   - rate: The factor applied to the base.
    ///   - result: The reported result, if any.
    ///   - rule: The rule.
    ///   - source: The source of the base figure.
    ///   - confidence: Its confidence.
    ///   - tierReached: The position of the tier that pays, for an assessed tiered indicator.
    ///   - rulebook: The rulebook it was computed under.
    ///   - amendment: The contract amendment that produced it, if any.
    public init(year: Int, volet: Volet, mission: MissionKind?, part: FundingPart, indicator: String?, amount: Euros,
                bestCase: Euros, status: LineStatus, base: Euros, rate: Fraction, result: IndicatorResult?,
                rule: FundingRule, source: SourceReference, confidence: Confidence, tierReached: Int? = nil,
                rulebook: String, amendment: Int? = nil) {
        self.year = year
        self.volet = volet
        self.mission = mission
        self.part = part
        self.indicator = indicator
        self.amount = amount
        self.bestCase = bestCase
        self.status = status
        self.base = base
        self.rate = rate
        self.result = result
        self.rule = rule
        self.source = source
        self.confidence = confidence
        self.tierReached = tierReached
        self.rulebook = rulebook
        self.amendment = amendment
    }

    /// Whether the amount counts in the statement's total (it is not pending).
    public var isSettled: Bool { status != .pending }
}
