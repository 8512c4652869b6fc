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
}

/// One line of a statement filled by ``CompiledContract/fillStatement(year:into:)``: amounts and a term.
///
/// The compact counterpart of ``FundingLine``: the same amount, best case and status, with the
/// provenance given by ``term``, an index into ``CompiledContract/terms``.
public struct CompactFundingLine: Hashable, Sendable {
    /// The amount in cents: earned or due, or the best case when pending.
    public let amountCents: Int64
    /// The most the line could pay, in cents.
    public let bestCaseCents: Int64
    /// The index of the line's ``FundingTerm`` in ``CompiledContract/terms``.
    public let term: Int32
    /// Due, assessed or pending.
    public let status: LineStatus
}

/// A reusable buffer of compact lines: fill it again and again without allocating.
public struct StatementBuffer: Hashable, Sendable {
    /// The lines of the last statement filled.
    public internal(set) var lines: [CompactFundingLine] = []
    /// The last statement's total, pending lines excluded.
    public internal(set) var total = Euros.zero
    /// The last statement's total with pending lines at their best case.
    public internal(set) var maxTotal = Euros.zero

    /// Creates an empty buffer with room for `capacity` lines.
    ///
    /// - Parameter capacity: The expected number of lines per statement.
    public init(capacity: Int = 64) {
        lines.reserveCapacity(capacity)
    }
}
