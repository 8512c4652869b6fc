/// What a line of a compiled statement pays for: its volet, mission, part, indicator, rule and source.
///
/// The provenance of a ``CompactFundingLine`` is a reference to one of these, held once by its
/// ``CompiledContract`` and shared by the five years, so filling a statement copies no string.
package struct FundingTerm: Hashable, Sendable {
    /// Volet 1 or volet 2.
    package let volet: Volet
    /// The mission, for volet 2.
    package let mission: MissionKind?
    /// The part paid.
    package let part: FundingPart
    /// The indicator id, for variable lines.
    package let indicator: String?
    /// The engine rule.
    package let rule: FundingRule
    /// The source of the figure.
    package let source: SourceReference
    /// Its confidence.
    package let confidence: Confidence
    /// The identifier of the rulebook the line was computed under.
    package let rulebook: String
    /// The index in ``ACIContract/amendments`` of the amendment that produced the line, if any.
    package let amendment: Int?
}
