/// One contract year: from an anniversary of the signature to the day before the next.
///
/// Year n runs from the (n−1)th anniversary to the day before the nth.
/// Anniversaries of a contract signed on 29 February fall on 28 February in common years
/// (an inferred default, see ``CalendarDate/adding(months:)``).
public struct ContractYear: Hashable, Sendable, CustomStringConvertible {
    /// The year's number, 1…5.
    public let number: Int
    /// Its first day (the signature, or an anniversary).
    public let start: CalendarDate
    /// The first day of the next year (the next anniversary), exclusive.
    public let end: CalendarDate

    /// Creates a contract year.
    ///
    /// - Parameters:
    ///   - number: The year's number.
    ///   - start: Its first day.
    ///   - end: The next anniversary.
    public init(number: Int, start: CalendarDate, end: CalendarDate) {
        self.number = number
        self.start = start
        self.end = end
    }

    /// The year's last day, the eve of the next anniversary.
    public var lastDay: CalendarDate { (try? end.adding(days: -1)) ?? end }
    /// The number of days in the year: 366 when it contains a 29 February.
    public var dayCount: Int { start.days(until: end) }

    /// Whether a date falls within the year.
    ///
    /// - Parameter date: The date.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date < end }

    /// In English, short: `year 1 (2025-05-12 → 2026-05-11)`.
    public var description: String { "year \(number) (\(start) → \(lastDay))" }

    /// The year as a reader of the language writes it: `année 1 (du 12/05/2025 au 11/05/2026)` /
    /// `year 1 (12 May 2025 to 11 May 2026)`.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        switch language {
        case .french: "année \(number) (du \(start.frenchDescription) au \(lastDay.frenchDescription))"
        case .english: "year \(number) (\(start.englishDescription) to \(lastDay.englishDescription))"
        }
    }
}
