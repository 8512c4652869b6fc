import Foundation
import Testing
@testable import CPTSKit

@Suite("Errors for servers: LocalizedError, CustomNSError, DecodingError with the coding path")
struct ServerErrorTests {
    /// Every kind's stable code: a kind is only ever added at the end.
    static let codes: [(String, Int)] = [
        ("malformed_json", 1),
        ("unknown_field", 2),
        ("missing_field", 3),
        ("wrong_type", 4),
        ("unsupported_format", 5),
        ("invalid_date", 6),
        ("invalid_amount", 7),
        ("negative_amount", 8),
        ("invalid_number", 9),
        ("overflow", 10),
        ("invalid_insee_code", 11),
        ("invalid_population", 12),
        ("duplicate_indicator", 13),
        ("duplicate_mission", 14),
        ("unknown_mission", 15),
        ("unknown_theme", 16),
        ("unknown_pathway", 17),
        ("unknown_rulebook", 18),
        ("mission_not_in_rulebook", 19),
        ("invalid_tiers", 20),
        ("invalid_target", 21),
        ("budget_above_national", 22),
        ("unknown_national_amount", 23),
        ("variable_envelope_exceeded", 24),
        ("missing_result", 25),
        ("unknown_indicator", 26),
        ("wrong_result_kind", 27),
        ("date_out_of_contract", 28),
        ("year_out_of_contract", 29),
        ("crisis_without_mission", 30),
        ("invalid_argument", 31),
        ("amendment_out_of_order", 32),
        ("mission_not_engaged", 33),
        ("after_termination", 34),
        ("mission_before_rulebook", 35),
        ("invalid_rulebook", 36),
        ("rulebook_cycle", 37),
        ("duplicate_rulebook", 38),
        ("unknown_commune", 39),
        ("invalid_siren", 40),
        ("unknown_epci", 41),
        ("measurement_out_of_order", 42),
    ]

    @Test("Every kind keeps its code")
    func codes() {
        #expect(CPTSKitError.Kind.allCases.count == Self.codes.count)
        for (raw, code) in Self.codes {
            #expect(CPTSKitError.Kind(rawValue: raw)?.code == code, "\(raw)")
        }
    }

    @Test("localizedDescription is the error's line; NSError carries domain, code, kind, path and value")
    func foundation() throws {
        let error = CPTSKitError(.invalidDate, path: "missions[0].starts_on", message: "is not a real calendar date",
                                 value: "2025-02-29")
        #expect(error.localizedDescription == "missions[0].starts_on: is not a real calendar date (2025-02-29)")
        let bridged = error as NSError
        #expect(bridged.domain == "org.cptskit.CPTSKitError")
        #expect(bridged.code == CPTSKitError.Kind.invalidDate.code)
        #expect(bridged.userInfo["path"] as? String == "missions[0].starts_on")
        #expect(bridged.userInfo["kind"] as? String == "invalid_date")
        #expect(bridged.userInfo["value"] as? String == "2025-02-29")
        #expect(error.failureReason == "is not a real calendar date")
    }

    struct Amounts: Decodable {
        let amounts: [Euros]
        let day: CalendarDate
        let rate: Fraction
        let commune: INSEECode
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let json: String
        let path: [String]
        let kind: CPTSKitError.Kind
        var testDescription: String { path.joined(separator: ".") }
    }

    static let bad: [BadCase] = [
        .init(json: #"{"amounts": ["1.00", "2.005"], "day": "2025-01-01", "rate": "1/2", "commune": "56121"}"#,
              path: ["amounts", "Index 1"], kind: .invalidAmount),
        .init(json: #"{"amounts": [], "day": "2025-02-29", "rate": "1/2", "commune": "56121"}"#, path: ["day"], kind: .invalidDate),
        .init(json: #"{"amounts": [], "day": "2025-01-01", "rate": "1/0", "commune": "56121"}"#, path: ["rate"], kind: .invalidNumber),
        .init(json: #"{"amounts": [], "day": "2025-01-01", "rate": "1/2", "commune": "5612"}"#, path: ["commune"], kind: .invalidINSEECode),
    ]

    @Test("A bad leaf value through JSONDecoder is DecodingError.dataCorrupted at its coding path", arguments: bad)
    func decoding(_ c: BadCase) throws {
        do {
            _ = try JSONDecoder().decode(Amounts.self, from: Data(c.json.utf8))
            Issue.record("decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == c.path.map { $0 == "Index 1" ? "Index 1" : $0 })
            #expect((context.underlyingError as? CPTSKitError)?.kind == c.kind)
        }
    }
}
