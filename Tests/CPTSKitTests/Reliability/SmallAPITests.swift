import Foundation
import Testing
import CPTSKitTesting
@testable import CPTSKit

/// The small parts of the public surface a server team asked for (issue 26, item 7).
@Suite("Small API points")
struct SmallAPITests {
    @Test("INSEECode is RawRepresentable: a valid code round-trips, an invalid one is nil")
    func inseeRawValue() throws {
        #expect(INSEECode(rawValue: "2A004")?.rawValue == "2A004")
        #expect(INSEECode(rawValue: "56121") == (try INSEECode("56121")))
        #expect(INSEECode(rawValue: "5612") == nil)
        #expect(INSEECode(rawValue: "20004") == nil)
    }

    @Test("SizeClass parses with a throwing initialiser like every other parser", arguments: [
        ("T1", SizeClass?.some(.t1)), ("t4", .t4), ("3", .t3), ("T5", nil), ("", nil), ("T", nil),
    ])
    func sizeClassParsing(code: String, expected: SizeClass?) throws {
        if let expected {
            #expect(try SizeClass(parsing: code) == expected)
        } else {
            let error = #expect(throws: CPTSKitError.self) { try SizeClass(parsing: code) }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.value == code)
        }
    }

    @Test("A Foundation Date gives the calendar day of its time zone")
    func dateBridge() throws {
        // 2026-12-06 23:30 UTC is the 7th in Paris and still the 6th in Martinique.
        let instant = Date(timeIntervalSince1970: 1_796_599_800)
        #expect(try CalendarDate(instant, in: try #require(TimeZone(identifier: "UTC"))) == (try CalendarDate(parsing: "2026-12-06")))
        #expect(try CalendarDate(instant, in: try #require(TimeZone(identifier: "Europe/Paris"))) == (try CalendarDate(parsing: "2026-12-07")))
        #expect(try CalendarDate(instant, in: try #require(TimeZone(identifier: "America/Martinique"))) == (try CalendarDate(parsing: "2026-12-06")))
    }

    @Test("RandomContracts draws from any RandomNumberGenerator")
    func genericGenerator() throws {
        var system = SystemRandomNumberGenerator()
        let contract = try RandomContracts.make(using: &system)
        #expect(try FundingEngine().funding(for: contract).years.count >= 1)
        var seeded = SeededRandomGenerator(seed: 7)
        var again = SeededRandomGenerator(seed: 7)
        #expect(try RandomContracts.make(using: &seeded) == (try RandomContracts.make(using: &again)))
    }
}
