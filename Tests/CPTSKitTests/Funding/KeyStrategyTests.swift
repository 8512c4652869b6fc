import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// Servers often set `JSONDecoder.keyDecodingStrategy = .convertFromSnakeCase` globally: every
/// Codable document of the package still decodes, and `.convertToSnakeCase` round-trips.
@Suite("Codable documents under key strategies")
struct KeyStrategyTests {
    static func decoders() -> [(String, JSONDecoder)] {
        let plain = JSONDecoder()
        let converting = JSONDecoder()
        converting.keyDecodingStrategy = .convertFromSnakeCase
        return [("default keys", plain), ("convertFromSnakeCase", converting)]
    }

    static func encoders() -> [(String, JSONEncoder)] {
        let plain = JSONEncoder()
        let converting = JSONEncoder()
        converting.keyEncodingStrategy = .convertToSnakeCase
        return [("default keys", plain), ("convertToSnakeCase", converting)]
    }

    static func check<T: Codable & Equatable>(_ value: T) throws {
        for (encoderName, encoder) in encoders() {
            let data = try encoder.encode(value)
            for (decoderName, decoder) in decoders() {
                #expect(try decoder.decode(T.self, from: data) == value, "\(T.self): \(encoderName) → \(decoderName)")
            }
        }
    }

    @Test("Fundings, statements, lines, warnings, schedules, payments, settlements and errors", arguments: BundledExample.allCases)
    func results(_ example: BundledExample) throws {
        let contract = try example.contract()
        let engine = FundingEngine()
        let funding = try engine.funding(for: contract, asOf: try CalendarDate(parsing: "2026-12-06"))
        try Self.check(funding)
        try Self.check(funding.years[0])
        try Self.check(funding.years[0].lines[0])
        if let warning = funding.warnings.first { try Self.check(warning) }
        let schedule = try engine.schedule(for: contract)
        try Self.check(schedule)
        try Self.check(schedule.payments[0])
        try Self.check(schedule.payments[0].settles[0])
        let error = CPTSKitError(.unknownMission, path: "missions[0].mission",
                                 message: BilingualText(fr: "mission inconnue", en: "unknown mission"), value: "urgences")
        try Self.check(error)
    }

    @Test("The contract, and one whose indicator ids and mission keys have underscores", arguments: [
        "Examples/lorient-littoral-2025.json", "Examples/rade-a-ria-2021.json", "Examples/france-sante/lorient-littoral-france-sante.json",
    ])
    func contract(_ path: String) throws {
        let contract = try ACIContract(jsonBytes: try RepositoryFiles.bytes(path))
        try Self.check(contract)
        // The file itself, read by a converting decoder.
        let converting = JSONDecoder()
        converting.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try converting.decode(ACIContract.self, from: Data(try RepositoryFiles.bytes(path))) == contract)
    }

    @Test("Spellings: what the conversion gives and back")
    func spellings() {
        #expect(camelCaseSpelling("size_class") == "sizeClass")
        #expect(camelCaseSpelling("max_total_cents") == "maxTotalCents")
        #expect(camelCaseSpelling("year") == "year")
        #expect(JSONValue.snakeCaseSpelling("maxTotalCents") == "max_total_cents")
        #expect(JSONValue.snakeCaseSpelling("depistage-sein") == "depistage-sein")
        // Spelled back only when the marker is there in its converted spelling and not in its own.
        let converted = JSONValue.object([("signedOn", .string("x")), ("rulebookChanges", .string("none"))])
        #expect(converted.snakeCasedIfConverted(marker: "signed_on")
            == .object([("signed_on", .string("x")), ("rulebook_changes", .string("none"))]))
        let unconverted = JSONValue.object([("signedAt", .string("x")), ("rulebookChanges", .string("none"))])
        #expect(unconverted.snakeCasedIfConverted(marker: "signed_on") == unconverted)
        let both = JSONValue.object([("signed_on", .string("x")), ("signedOn", .string("y"))])
        #expect(both.snakeCasedIfConverted(marker: "signed_on") == both)
        #expect(JSONValue.array([]).snakeCasedIfConverted(marker: "signed_on") == .array([]))
    }
}
