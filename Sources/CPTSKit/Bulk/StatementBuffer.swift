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
