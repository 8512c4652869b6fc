/// What a line of a compiled statement pays for: its volet, mission, part, indicator, rule and source.
///
/// The provenance of a ``CompactFundingLine`` is a reference to one of these, held once by its
/// ``CompiledContract`` and shared by the five years, so filling a statement copies no string.
public struct FundingTerm: Hashable, Sendable {
    /// Volet 1 or volet 2.
    public let volet: Volet
    /// The mission, for volet 2.
    public let mission: MissionKind?
    /// The part paid.
    public let part: FundingPart
    /// The indicator id, for variable lines.
    public let indicator: String?
    /// The engine rule.
    public let rule: FundingRule
    /// The source of the figure.
    public let source: SourceReference
    /// Its confidence.
    public let confidence: Confidence
    /// The identifier of the rulebook the line was computed under.
    public let rulebook: String
    /// The index in ``ACIContract/amendments`` of the amendment that produced the line, if any.
    public let amendment: Int?
}
