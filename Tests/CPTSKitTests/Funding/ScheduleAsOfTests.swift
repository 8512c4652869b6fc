import Foundation
import Testing
@testable import CPTSKit
@testable import CPTSKitReports
import CPTSKitExamples

/// A payment calendar read on a day: what has fallen due, what is to come.
@Suite("Schedule read on a day")
struct ScheduleAsOfTests {
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    @Test("A payment has fallen due on its own day, not the day before; due + upcoming = total", arguments: [
        ("2026-05-11", false), ("2026-05-12", true), ("2026-05-13", true),
    ])
    func dueOnItsDay(asOf: String, anniversaryDue: Bool) throws {
        // Lorient Littoral's first anniversary payment falls due on 2026-05-12.
        let contract = try BundledExample.lorientLittoral.contract()
        let (_, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: try Self.day(asOf))
        let anniversary = try #require(schedule.payments.first { $0.event == .anniversary(1) })
        #expect(schedule.isDue(anniversary) == anniversaryDue)
        let due = try #require(schedule.dueTotal), upcoming = try #require(schedule.upcomingTotal)
        #expect(try due.adding(upcoming) == schedule.total)
        let before = try Euros.sum(schedule.payments.filter { $0.dueOn < anniversary.dueOn }.map(\.amount))
        #expect(due == (anniversaryDue ? try before.adding(anniversary.amount) : before))
    }

    @Test("Without a day, nothing is due or upcoming, and the JSON has no status")
    func noDay() throws {
        let schedule = try FundingEngine().schedule(for: try BundledExample.lorientLittoral.contract())
        #expect(schedule.asOf == nil)
        #expect(schedule.dueTotal == nil)
        #expect(schedule.upcomingTotal == nil)
        #expect(schedule.payments.allSatisfy { schedule.isDue($0) == nil })
        let text = try JSONValue(encoding: schedule).serialized()
        #expect(!text.contains("upcoming") && !text.contains("as_of"))
    }

    @Test("The JSON read on a day carries as_of, the totals and each payment's status; it decodes back equal")
    func json() throws {
        let (_, schedule) = try FundingEngine().fundingAndSchedule(for: try BundledExample.lorientLittoral.contract(),
                                                                   asOf: try Self.day("2026-11-30"))
        let value = try JSONValue(encoding: schedule)
        let text = value.serialized()
        #expect(text.contains("\"as_of\": \"2026-11-30\""))
        #expect(text.contains("\"due_cents\": 50489384"))
        #expect(text.contains("\"upcoming_cents\": 89375000"))
        #expect(text.components(separatedBy: "\"status\": \"upcoming\"").count - 1 == 4)
        let decoded = try JSONDecoder().decode(PaymentSchedule.self, from: Data(text.utf8))
        #expect(decoded == schedule)
        // A document whose due total is not the sum of its due payments is refused.
        let forged = text.replacingOccurrences(of: "\"due_cents\": 50489384", with: "\"due_cents\": 50489385")
        #expect(throws: (any Error).self) { try JSONDecoder().decode(PaymentSchedule.self, from: Data(forged.utf8)) }
    }

    @Test("The table marks the day between what has fallen due and what is to come, in both languages")
    func table() throws {
        let (_, schedule) = try FundingEngine().fundingAndSchedule(for: try BundledExample.lorientLittoral.contract(),
                                                                   asOf: try Self.day("2026-11-30"))
        let french = try ScheduleRenderer.render(schedule, format: .table, language: .french)
        #expect(french.contains("▸ 30/11/2026"))
        #expect(french.contains("Échu au 30/11/2026 : 504 893,84 €"))
        #expect(french.contains("À venir : 893 750,00 €"))
        #expect(french.contains("Par année civile"))
        #expect(!french.contains("Total versé"))
        let english = try ScheduleRenderer.render(schedule, format: .table, language: .english)
        #expect(english.contains("Due by 30 November 2026: €504,893.84"))
        #expect(english.contains("Upcoming: €893,750.00"))
        let csv = try ScheduleRenderer.render(schedule, format: .csv)
        #expect(csv.hasPrefix("due_on,event,year,amount_cents,amount_eur,pending_cents,status\n"))
        #expect(csv.contains(",upcoming\n") && csv.contains(",due\n"))
    }

    @Test("cpts funding marks the contract year containing the as-of date, and none after the contract", arguments: [
        ("2026-05-11", "1"), ("2026-05-12", "2"), ("2030-05-11", "5"), ("2030-05-12", nil), ("2025-05-11", nil),
    ] as [(String, String?)])
    func currentYear(asOf: String, year: String?) throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let funding = try FundingEngine().funding(for: contract)
        let text = try FundingRenderer.render(funding, format: .table, language: .english, asOf: try Self.day(asOf))
        let marked = text.split(separator: "\n").filter { $0.hasPrefix("  ▸ ") }
        #expect(marked.count == (year == nil ? 0 : 2))
        if let year { #expect(marked.first?.hasPrefix("  ▸ \(year) ") == true) }
        #expect(text.contains("the current year as of") == (year != nil))
    }

    @Test("The lines settled are named when the names fit the room, at its exact width; else counted", arguments: [
        (31, "Qualité et pertinence des soins"), (30, "1 mission"),
    ])
    func settledNames(room: Int, shown: String) throws {
        // Lorient Littoral's payment of 5 January 2026 settles the quality mission's start (31 characters).
        let schedule = try FundingEngine().schedule(for: try BundledExample.lorientLittoral.contract())
        let payment = try #require(schedule.payments.first { $0.dueOn == (try Self.day("2026-01-05")) })
        #expect(ScheduleRenderer.settled(payment, .french, room: room) == shown)
    }
}
