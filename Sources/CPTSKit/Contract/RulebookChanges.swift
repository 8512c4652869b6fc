/// How a rulebook that enters into force during a contract reaches it (`rulebook_changes`).
///
/// National avenants reach running contracts. The ACI texts do not say from which day, so the
/// timing is a parameter of each contract (an interpretation, stated in `Documentation/Rules.md`):
///
/// | value | the later rulebook applies |
/// |---|---|
/// | ``nextAnniversary`` (default) | from the first contract year that starts on or after its effective date; each year is computed under one rulebook |
/// | ``effectiveDate`` | from its effective date: the year that contains it is split by days, one line per rulebook |
/// | ``never`` | not at all: the parties froze the contract under its starting rulebook (no catch-up either) |
public enum RulebookChanges: String, Hashable, Sendable, CaseIterable, Codable {
    /// From the next contract anniversary on or after the effective date.
    case nextAnniversary = "next_anniversary"
    /// From the effective date itself, the year containing it split by days.
    case effectiveDate = "effective_date"
    /// Never: the contract keeps its starting rulebook (written `"none"` in contract files).
    case never = "none"

    /// The first day a change dated `date` applies to a contract with these years, or `nil`
    /// when it applies to none of them.
    ///
    /// - Parameters:
    ///   - date: The date the change takes effect (a rulebook's effective date, an amendment's `effective_on`).
    ///   - years: The contract years.
    ///   - splitsYears: Whether the change may split a year (`false` for changes that always wait
    ///     for the next anniversary).
    func applicationDay(of date: CalendarDate, years: [ContractYear], splitsYears: Bool) -> CalendarDate? {
        if splitsYears, self == .effectiveDate {
            return years.contains { $0.contains(date) } ? date : nil
        }
        return years.first { $0.start >= date }?.start
    }
}
