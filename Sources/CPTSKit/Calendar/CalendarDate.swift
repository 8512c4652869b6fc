/// A day of the Gregorian calendar, without time or time zone: a contract date.
///
/// Contract signatures, mission starts and anniversaries are days, not instants, so CPTSKit
/// models them as `(year, month, day)` with its own day arithmetic rather than `Date`.
/// Only real dates can be built: `2025-02-29` is an error.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`: four bytes that order as the dates do, so a schedule's
    /// dates are copied and compared as one integer (a year below 16 384, a month below 16, a day
    /// below 32, which every date that can be built satisfies).
    private let packed: UInt32

    /// The year, 1…9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1…12.
    public var month: Int { Int(packed >> 5 & 0xF) }
    /// The day of the month, 1…28/29/30/31.
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a date, checking that it exists.
    ///
    /// - Parameters:
    ///   - year: The year, 1…9999.
    ///   - month: The month, 1…12.
    ///   - day: The day, within the month.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` for a day that does not exist.
    public init(year: Int, month: Int, day: Int) throws(CPTSKitError) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysInMonth(month, of: year)).contains(day)
        else {
            throw CPTSKitError(.invalidDate, path: "", message: BilingualText(fr: "n'est pas une date réelle du calendrier", en: "is not a real calendar date"),
                               value: CalendarDate.text(year, month, day))
        }
        self.packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Creates a date whose parts are known to be valid.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        // Callers pass a real date (year 1…9999): no bit of one field reaches another.
        self.packed = UInt32(truncatingIfNeeded: year) << 9 | UInt32(truncatingIfNeeded: month) << 5 | UInt32(truncatingIfNeeded: day)
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, and nothing else.
    ///
    /// - Parameter text: The date, e.g. `2025-05-12`.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` for another shape or a day that does not exist.
    public init(parsing text: String) throws(CPTSKitError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else {
            throw CPTSKitError(.invalidDate, path: "", message: BilingualText(fr: "n'est pas une date de la forme AAAA-MM-JJ", en: "is not a date in the form YYYY-MM-DD"), value: text)
        }
        do throws(CPTSKitError) {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw CPTSKitError(.invalidDate, path: "", message: BilingualText(fr: "n'est pas une date réelle du calendrier", en: "is not a real calendar date"), value: text)
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String { CalendarDate.text(year, month, day) }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.packed < rhs.packed
    }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` in `year`.
    public static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func text(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
