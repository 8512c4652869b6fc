import Testing
@testable import CPTSKit

@Suite("CalendarDate: real dates, day arithmetic, anniversaries")
struct CalendarDateTests {
    @Test("Parses real ISO dates", arguments: ["2025-05-12", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])
    func parses(_ text: String) throws {
        #expect(try CalendarDate(parsing: text).description == text)
    }

    @Test("Rejects impossible or malformed dates, naming the value",
          arguments: ["2025-02-29", "2024-02-30", "2100-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-5-12",
                      "12/05/2025", "2025-05-12T00:00", "", "abcd-ef-gh", "0000-01-01"])
    func rejects(_ text: String) {
        let error = #expect(throws: CPTSKitError.self) { try CalendarDate(parsing: text) }
        #expect(error?.kind == .invalidDate)
        #expect(error?.value == text)
    }

    @Test("Day numbers round-trip and count leap days")
    func dayNumbers() throws {
        let epoch = try CalendarDate(year: 1970, month: 1, day: 1)
        #expect(epoch.dayNumber == 0)
        #expect(try CalendarDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let number = Int.random(in: -700_000...2_900_000, using: &generator)
            #expect(try CalendarDate(dayNumber: number).dayNumber == number)
        }
        let a = try CalendarDate(parsing: "2024-02-28"), b = try CalendarDate(parsing: "2024-03-01")
        #expect(a.days(until: b) == 2)
    }

    struct MonthsCase: Sendable, CustomTestStringConvertible {
        let start: String
        let months: Int
        let expected: String
        var testDescription: String { "\(start) + \(months) months = \(expected)" }
    }

    static let monthCases: [MonthsCase] = [
        // aci-rules.md §5: anniversaries of a 29 February signature.
        .init(start: "2024-02-29", months: 12, expected: "2025-02-28"),
        .init(start: "2024-02-29", months: 24, expected: "2026-02-28"),
        .init(start: "2024-02-29", months: 48, expected: "2028-02-29"),
        .init(start: "2024-08-31", months: 6, expected: "2025-02-28"),
        .init(start: "2024-10-09", months: 6, expected: "2025-04-09"),
        .init(start: "2025-05-12", months: 60, expected: "2030-05-12"),
        .init(start: "2025-01-31", months: 1, expected: "2025-02-28"),
    ]

    @Test("Adding months clamps to the end of a shorter month", arguments: monthCases)
    func addingMonths(_ c: MonthsCase) throws {
        #expect(try CalendarDate(parsing: c.start).adding(months: c.months).description == c.expected)
    }

    @Test("30E/360 day count")
    func days360() throws {
        let start = try CalendarDate(parsing: "2025-01-31"), end = try CalendarDate(parsing: "2026-01-31")
        #expect(start.days360(until: end) == 360)
        #expect(try CalendarDate(parsing: "2025-11-12").days360(until: CalendarDate(parsing: "2026-05-12")) == 180)
    }

    @Test("French rendering")
    func french() throws {
        #expect(try CalendarDate(parsing: "2025-05-12").frenchDescription == "12/05/2025")
    }

    /// Dates either side of every field's edge: the last day of a month and the next month's first,
    /// the last day of a year and the next year's first, the smallest and largest dates.
    static let edges = ["0001-01-01", "0001-01-31", "0001-02-01", "2024-02-29", "2024-03-01", "2025-12-31", "2026-01-01",
                        "2026-01-31", "2026-11-30", "2026-12-01", "8191-12-31", "8192-01-01", "9999-12-30", "9999-12-31"]

    @Test("Its parts are the ones it was built from, at every field's edge", arguments: edges)
    func parts(_ text: String) throws {
        let date = try CalendarDate(parsing: text)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        #expect([date.year, date.month, date.day] == parts)
        #expect(try CalendarDate(year: parts[0], month: parts[1], day: parts[2]) == date)
    }

    @Test("Orders and equates as (year, month, day) does, for every pair of edge dates")
    func ordersAsItsParts() throws {
        let dates = try Self.edges.map { (text) throws(CPTSKitError) in try CalendarDate(parsing: text) }
        for a in dates {
            for b in dates {
                #expect((a < b) == ((a.year, a.month, a.day) < (b.year, b.month, b.day)), "\(a) < \(b)")
                #expect((a == b) == ((a.year, a.month, a.day) == (b.year, b.month, b.day)), "\(a) == \(b)")
                #expect((a.hashValue == b.hashValue) || a != b)
            }
        }
    }
}
