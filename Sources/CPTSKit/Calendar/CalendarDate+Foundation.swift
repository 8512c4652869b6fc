#if canImport(Foundation)
import Foundation

extension CalendarDate {
    /// The day a Foundation `Date` falls on in a time zone: what an as-of date is made from
    /// (`try CalendarDate(Date())` is today where the code runs).
    ///
    /// - Parameters:
    ///   - date: The instant.
    ///   - timeZone: The time zone whose calendar day is meant; the current one by default.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` for an instant outside the years 1 to 9999.
    public init(_ date: Date, in timeZone: TimeZone = .current) throws(CPTSKitError) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        try self.init(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }
}
#endif
