/// How a fixed part is prorated when a mission starts during a contract year (ACI 2019, art. 9.1).
///
/// Not found in the sources; the default (I) counts real days.
///
/// ```
/// basis     20 000 € starting 206 days before the anniversary of a 366-day year
/// days      20 000 × 206/366 = 11 256,83 €
/// 30/360    20 000 × (30E/360 days)/360
/// ```
public enum ProrationBasis: String, Hashable, Sendable, CaseIterable, Codable {
    /// Days from the start to the next anniversary ÷ days in the contract year (365 or 366).
    case days
    /// The 30E/360 convention: every month counts 30 days, the year 360.
    case thirty360 = "30/360"

    /// The French name of the basis.
    public var label: String { label(in: .french) }

    /// The basis's name in a language.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.days, .french): "au jour près (jours restants ÷ jours de l'année contractuelle)"
        case (.days, .english): "by the day (days remaining ÷ days of the contract year)"
        case (.thirty360, .french): "mois de 30 jours (30E/360)"
        case (.thirty360, .english): "30-day months (30E/360)"
        }
    }

    /// The share of `year` from `start` (inclusive) to the year's end.
    ///
    /// - Parameters:
    ///   - start: A date inside the year.
    ///   - year: The contract year.
    /// - Returns: `remaining / length` with unreduced terms, one when the mission starts on day one.
    public func share(from start: CalendarDate, of year: ContractYear) -> Fraction {
        let (remaining, length): (Int, Int)
        switch self {
        case .days:
            (remaining, length) = (start.days(until: year.end), year.dayCount)
        case .thirty360:
            (remaining, length) = (start.days360(until: year.end), year.start.days360(until: year.end))
        }
        guard start > year.start, length > 0, remaining < length else { return .one }
        return Fraction(unchecked: Int64(max(remaining, 0)), Int64(length))
    }

    /// The share of a contract year covered from `start` to `end` (exclusive), each clamped to the year.
    ///
    /// What a line owes in a year it does not cover whole: a mission starting during it, a
    /// termination, a rulebook or budget that changes on a given day. A year covered whole gives
    /// exactly one; an empty interval gives zero.
    ///
    /// - Parameters:
    ///   - start: The first day covered.
    ///   - end: The first day no longer covered.
    ///   - year: The contract year.
    public func share(from start: CalendarDate, to end: CalendarDate, of year: ContractYear) -> Fraction {
        let from = max(start, year.start), to = min(end, year.end)
        guard from < to else { return .zero }
        guard from > year.start || to < year.end else { return .one }
        let (covered, length): (Int, Int)
        switch self {
        case .days: (covered, length) = (from.days(until: to), year.dayCount)
        case .thirty360: (covered, length) = (from.days360(until: to), year.start.days360(until: year.end))
        }
        guard length > 0, covered < length else { return .one }
        return Fraction(unchecked: Int64(max(covered, 0)), Int64(length))
    }
}
