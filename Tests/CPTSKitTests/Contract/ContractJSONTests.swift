import Testing
import CPTSKitTesting
@testable import CPTSKit
import CPTSKitExamples

@Suite("The cpts-contract/1 file: exact decoding, round trip, errors with paths")
struct ContractJSONTests {
    typealias InvalidFile = InvalidFixture

    static let invalidFiles = InvalidFixture.load("Tests/Fixtures/invalid")

    @Test("There are at least 30 invalid fixtures")
    func enoughFixtures() { #expect(Self.invalidFiles.count >= 30) }

    @Test("Every invalid file yields its typed error at its path", arguments: invalidFiles)
    func invalid(_ c: InvalidFile) throws {
        let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid/\(c.file)")
        do throws(CPTSKitError) {
            let contract = try ACIContract(jsonBytes: bytes)
            _ = try FundingEngine().funding(for: contract)
            Issue.record("\(c.file) was accepted")
        } catch {
            #expect(error.kind.rawValue == c.kind, "\(error)")
            #expect(error.path == c.path, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("The example of contract-format.md decodes with the expected values")
    func formatExample() throws {
        let contract = try ACIContract(jsonBytes: try RepositoryFiles.bytes("Tests/Fixtures/valid-format-example.json"))
        #expect(contract.cpts.population == 110_110)
        #expect(contract.cpts.communes.map(\.rawValue) == ["56121", "56162"])
        #expect(contract.signedOn.description == "2025-05-12")
        #expect(contract.missions[0].budget.fixed == Euros(cents: 9_000_000))
        #expect(contract.missions[1].themes.map(\.key) == ["vaccination", "custom:ateliers-memoire"])
        #expect(contract.results[1]?["depistage-sein"] == .measured(try Fraction(729, 10)))
        #expect(contract.results[1]?["partenariat-cpam"] == .achieved(true))
        #expect(contract.crisisYears == [2])
        let best = try Euros.sum(contract.missions[0].indicators.map(\.payout.bestCase))
        #expect(best == Euros(cents: 1_800_000))
        let year1 = try FundingEngine().statement(for: contract, year: 1)
        let amounts = year1.lines.filter { $0.part == .variable }.map(\.amount.cents)
        #expect(amounts == [50_000, 250_000, 600_000, 250_000])
    }

    @Test("Round trip: decode → encode → decode gives the same contract", arguments: BundledExample.allCases)
    func roundTrip(_ example: BundledExample) throws {
        let contract = try example.contract()
        let again = try ACIContract(jsonText: contract.jsonText)
        #expect(again == contract)
        #expect(again.jsonText == contract.jsonText)
    }

    @Test("Round trip of random contracts built in code")
    func randomRoundTrip() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<200 {
            let contract = try RandomContracts.make(using: &generator)
            #expect(try ACIContract(jsonText: contract.jsonText) == contract)
        }
    }

    @Test("Money and results are exact: no binary floating point on the way")
    func exactness() throws {
        let text = """
            {"format": "cpts-contract/1", "cpts": {"name": "X", "population": 50000}, "signed_on": "2025-01-01",
             "missions": [{"mission": "prevention", "budget": {"fixed": 0.1, "variable": "0.3"},
               "indicators": [{"id": "a", "payout": {"type": "proportional", "target": 0.3, "amount": "0.3"}}]}],
             "results": {"1": {"a": 0.1}}}
            """
        let contract = try ACIContract(jsonText: text)
        #expect(contract.missions[0].budget.fixed == Euros(cents: 10))
        #expect(contract.missions[0].indicators[0].label == "a")
        let line = try #require(try FundingEngine().statement(for: contract, year: 1).lines.last)
        #expect(line.amount == Euros(cents: 10))
        #expect(line.rate == (try Fraction(1, 3)))
    }

    @Test("Malformed JSON reports line, column and byte")
    func positions() {
        let error = #expect(throws: CPTSKitError.self) { try ACIContract(jsonText: "{\n  \"format\": tru\n}") }
        #expect(error?.kind == .malformedJSON)
        #expect(error?.message(in: .english) == "malformed JSON at line 2, column 13 (byte 14): invalid literal; expected true")
        #expect(error?.message(in: .french).hasPrefix("JSON mal formé ligne 2, colonne 13 (octet 14) : ") == true)
        #expect(error?.value == nil)
    }

    @Test("Deep nesting is refused, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: CPTSKitError.self) { try ACIContract(jsonText: text) }
        #expect(error?.kind == .malformedJSON)
    }

    @Test("JSON strings: escapes, surrogate pairs, byte-order mark")
    func strings() throws {
        let value = try JSONValue(parsing: Array("\u{FEFF}{\"a\": \"\\u00e9\\n\\ud83d\\ude00\\\"\"}".utf8))
        #expect(value == .object([("a", .string("é\n😀\""))]))
        #expect(value.serialized(pretty: false) == "{\"a\":\"é\\n😀\\\"\"}")
        #expect(throws: CPTSKitError.self) { try JSONValue(parsing: Array("\"\\ud83d\"".utf8)) }
        #expect(throws: CPTSKitError.self) { try JSONValue(parsing: Array("01".utf8)) }
        #expect(throws: CPTSKitError.self) { try JSONValue(parsing: Array("\"a\tb\"".utf8)) }
    }
}

@Suite("UTF-8 validation agrees with the standard library")
struct UTF8ValidationTests {
    @Test("Random byte strings, biased towards multi-byte sequences")
    func agreesWithStandardLibrary() {
        var generator = SeededGenerator(seed: 8)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
                                    0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x90, 0x9F, 0xA0, 0x8F]
        for _ in 0..<50_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let bytes = (0..<count).map { _ in interesting[Int.random(in: 0..<interesting.count, using: &generator)] }
            let ours = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
