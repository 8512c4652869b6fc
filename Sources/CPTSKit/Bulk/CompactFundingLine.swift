/// One line of a statement filled by ``CompiledContract/fillStatement(year:into:)``: amounts and a term.
///
/// The compact counterpart of ``FundingLine``: the same amount, best case and status, with the
/// provenance given by ``term``, an index into ``CompiledContract/terms``.
package struct CompactFundingLine: Hashable, Sendable {
    /// The amount in cents: earned or due, or the best case when pending.
    package let amountCents: Int64
    /// The most the line could pay, in cents.
    package let bestCaseCents: Int64
    /// The index of the line's ``FundingTerm`` in ``CompiledContract/terms``.
    package let term: Int32
    /// Due, assessed or pending.
    package let status: LineStatus
}
