/// A reusable buffer of compact lines: fill it again and again without allocating.
package struct StatementBuffer: Hashable, Sendable {
    /// The lines of the last statement filled.
    package internal(set) var lines: [CompactFundingLine] = []
    /// The last statement's total, pending lines excluded.
    package internal(set) var total = Euros.zero
    /// The last statement's total with pending lines at their best case.
    package internal(set) var maxTotal = Euros.zero

    /// Creates an empty buffer with room for `capacity` lines.
    ///
    /// - Parameter capacity: The expected number of lines per statement.
    package init(capacity: Int = 64) {
        lines.reserveCapacity(capacity)
    }
}
