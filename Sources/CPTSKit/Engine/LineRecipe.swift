/// Every line a contract's statements can hold, described once: the second part of a
/// ``FundingPlan``, written by `FundingPlan+Templates.swift` (``TemplateBuilder``).
///
/// A template is a line over the run of years that owe the same amount from the same source:
/// its kind, years, base, the share of its one partial year and its rule (``LineTemplate``),
/// with its provenance kept once per run (``origins``). Statements evaluate it year by year,
/// the schedule lays its settlements out, the compiled portfolio copies it into columns.
struct LineRecipe: Sendable {
    /// Where a line's amount comes from.
    struct Origin: Hashable, Sendable {
        var source: SourceReference
        var confidence: Confidence
        /// Index in ``ContractTimeline/rulebooks``.
        var rulebook: Int
        /// The amendment that produced the line, or −1.
        var amendment: Int
    }

    /// The templates, in statement order.
    var templates: [LineTemplate] = []
    /// The provenance of each template (``LineTemplate/origin``).
    var origins: [Origin] = []
    /// For the templates of the year cut short by a termination: the share they would owe without it.
    var plannedShares: [Int: Fraction] = [:]
    /// For the templates whose first year is split by a change (a rulebook or a budget taking
    /// effect inside it): the days of that part, so that it is paid from its own first day.
    var parts: [Int: ContractTimeline.Segment] = [:]

    /// Where a template's base comes from, and how firmly it is established.
    @inline(__always)
    func provenance(of template: LineTemplate) -> (source: SourceReference, confidence: Confidence) {
        let origin = origins[Int(template.origin)]
        return (origin.source, origin.confidence)
    }

    /// The amendment that produced a template's lines, if any.
    func amendment(of template: LineTemplate) -> Int? {
        let amendment = origins[Int(template.origin)].amendment
        return amendment >= 0 ? amendment : nil
    }
}
