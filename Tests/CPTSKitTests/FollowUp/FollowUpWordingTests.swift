import Testing
@testable import CPTSKit
@testable import CPTSKitReports
import CPTSKitExamples

/// The small pieces of the follow-up's wording: projections rounded for reading, short dates,
/// paragraphs wrapped to 100 columns.
@Suite("Follow-up wording")
struct FollowUpWordingTests {
    @Test("A value with two decimals or fewer is written exactly; more, or a ratio, rounded with ≈", arguments: [
        ("72.9", "72,9", "72.9"), ("72.45", "72,45", "72.45"), ("72.455", "≈ 72,46", "≈ 72.46"), ("72.454", "≈ 72,45", "≈ 72.45"),
        ("60225/92", "≈ 654,62", "≈ 654.62"), ("1/3", "≈ 0,33", "≈ 0.33"), ("2/3", "≈ 0,67", "≈ 0.67"), ("700", "700", "700"),
    ])
    func approximate(value: String, french: String, english: String) throws {
        let fraction = try Fraction(parsing: value)
        #expect(Wording.french.approximate(fraction) == french)
        #expect(Wording.english.approximate(fraction) == english)
    }

    @Test("Short dates: day and month")
    func shortDates() throws {
        let date = try CalendarDate(parsing: "2026-08-11")
        #expect(Wording.french.shortDate(date) == "11/08")
        #expect(Wording.english.shortDate(date) == "11 Aug")
        #expect(Wording.english.shortDate(try CalendarDate(parsing: "2026-12-01")) == "1 Dec")
    }

    @Test("A paragraph of 100 columns stays on one line; of 101 it breaks, the rest indented", arguments: [99, 100, 101])
    func wrapping(length: Int) {
        let text = String(repeating: "a", count: length - 2) + " b"
        let wrapped = TextTable.wrapped(text)
        if length <= 100 {
            #expect(wrapped == text)
        } else {
            #expect(wrapped == String(repeating: "a", count: length - 2) + "\n  b")
        }
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test("Wrapping keeps a leading indent and never breaks a word longer than the line")
    func wrappingEdges() {
        #expect(TextTable.wrapped("  one two three", width: 9, continuation: "    ") == "  one two\n    three")
        let long = String(repeating: "x", count: 120)
        #expect(TextTable.wrapped(long) == long)
        #expect(TextTable.wrapped("a " + long) == "a\n  " + long)
    }

    @Test("The heading says the quarter, or that the year has not started or is over: the day before, the first and last days, the day after",
          arguments: [("2026-05-11", "the year has not started"), ("2026-05-12", "quarter 1 of 4"), ("2027-05-11", "quarter 4 of 4"),
                      ("2027-05-12", "the year is over")])
    func heading(asOf: String, expected: String) throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let followUp = try FundingEngine().followUp(for: contract, year: 2, asOf: try CalendarDate(parsing: asOf))
        let table = FollowUpRenderer.table(followUp, language: .english)
        #expect(table.contains(expected))
    }

    @Test("Measurements after the as-of date are said to be left out: one, none", arguments: [("2026-08-11", 1), ("2026-11-11", 0)])
    func laterMeasurements(asOf: String, later: Int) throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let followUp = try FundingEngine().followUp(for: contract, asOf: try CalendarDate(parsing: asOf))
        #expect(followUp.laterMeasurements == later)
        let table = FollowUpRenderer.table(followUp, language: .english)
        #expect(table.contains("1 measurement(s) of the year dated after") == (later == 1))
        #expect(FollowUpRenderer.json(followUp).serialized().contains("are not counted") == (later == 1))
    }

    @Test("The coming quarter lists a payment with what it may add on results, and a quarter with nothing says so")
    func comingLines() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let spring = try FundingEngine().followUp(for: contract, asOf: try CalendarDate(parsing: "2027-04-01"))
        let table = FollowUpRenderer.table(spring, language: .english)
        #expect(table.contains("- 12 May 2027 · 2nd anniversary, year 2 · €275,000.00 (and up to €122,500.00 depending on results)"))
        #expect(table.contains("- 12 May 2027 · deployment deadline · Parcours pluriprofessionnels"))
        #expect(!table.contains("no payment and no deadline"))
        let winter = try FundingEngine().followUp(for: contract, asOf: try CalendarDate(parsing: "2026-11-30"))
        #expect(FollowUpRenderer.table(winter, language: .french).contains("- aucun versement ni échéance"))
    }
}
