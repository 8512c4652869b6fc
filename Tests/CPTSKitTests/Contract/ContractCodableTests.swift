import Foundation
import Testing
import CPTSKitTesting
@testable import CPTSKit

/// The contract through `JSONDecoder` and `JSONEncoder`: the same contract, the same checks, errors
/// at the coding path of the offending field.
@Suite("ACIContract and CPTS are Codable in the cpts-contract/1 format")
struct ContractCodableTests {
    /// A server's request: the contract is one member among others.
    struct Request: Codable, Equatable {
        let requestID: String
        let contract: ACIContract
    }

    static let examples = ["Examples/lorient-littoral-2025.json", "Examples/ploermel-2024.json", "Examples/rade-a-ria-2021.json",
                           "Examples/france-sante/lorient-littoral-france-sante.json", "Tests/Fixtures/valid-format-example.json"]

    @Test("JSONDecoder reads the same contract as the strict reader, and JSONEncoder writes one it reads back", arguments: examples)
    func sameContract(_ path: String) throws {
        let bytes = try RepositoryFiles.bytes(path)
        let strict = try ACIContract(jsonBytes: bytes)
        let decoded = try JSONDecoder().decode(ACIContract.self, from: Data(bytes))
        #expect(decoded == strict)
        let encoded = try JSONEncoder().encode(strict)
        #expect(try ACIContract(jsonBytes: Array(encoded)) == strict)
        #expect(try JSONDecoder().decode(ACIContract.self, from: encoded) == strict)
        // As a member of a request type.
        let request = Request(requestID: "r-1", contract: strict)
        let data = try JSONEncoder().encode(request)
        #expect(try JSONDecoder().decode(Request.self, from: data) == request)
    }

    @Test("Random contracts round-trip through JSONEncoder and JSONDecoder")
    func randomContracts() throws {
        var generator = SeededGenerator(seed: 26)
        for _ in 0..<100 {
            let contract = try RandomContracts.make(using: &generator)
            #expect(try JSONDecoder().decode(ACIContract.self, from: JSONEncoder().encode(contract)) == contract)
        }
    }

    @Test("A refused document is a DecodingError at the field's coding path, the CPTSKitError underneath",
          arguments: ContractJSONTests.invalidFiles)
    func sameErrors(_ fixture: InvalidFixture) throws {
        let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid/\(fixture.file)")
        // Only the documents the strict reader refuses, and that are JSON Foundation can read.
        let strictError: CPTSKitError
        do throws(CPTSKitError) {
            _ = try ACIContract(jsonBytes: bytes)
            return
        } catch {
            strictError = error
        }
        // A duplicate key is the decoder's to accept or refuse; malformed JSON is refused by it.
        guard strictError.kind != .malformedJSON, fixture.file != "duplicate-key.json",
              (try? JSONSerialization.jsonObject(with: Data(bytes))) != nil else { return }
        let wrapped = Data(#"{"requestID": "r", "contract": "#.utf8) + Data(bytes) + Data("}".utf8)
        do {
            _ = try JSONDecoder().decode(Request.self, from: wrapped)
            Issue.record("\(fixture.file) was accepted")
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = context.underlyingError as? CPTSKitError
            #expect(underlying?.kind == strictError.kind, "\(context.debugDescription)")
            #expect(underlying?.path == strictError.path)
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            #expect(path == ["contract"] + Self.parts(of: strictError.path), "\(path)")
            #expect(context.debugDescription == strictError.description)
        }
    }

    /// `missions[1].budget.fixed` → `missions`, `1`, `budget`, `fixed`.
    static func parts(of path: String) -> [String] {
        path.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "").split(separator: ".").map(String.init)
    }

    @Test("Numbers stay exact: a rate of 72.9 is 729/10, a population an integer")
    func exactNumbers() throws {
        let contract = try JSONDecoder().decode(ACIContract.self, from: Data(try RepositoryFiles.bytes("Tests/Fixtures/valid-format-example.json")))
        #expect(contract.results[1]?["depistage-sein"] == .measured(try Fraction(729, 10)))
        #expect(contract.cpts.population == 110_110)
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"[1, 72.9, 0.1, -3, 12345678901234567890.5, "x", true, null]"#.utf8))
        #expect(value == .array([.number("1"), .number("72.9"), .number("0.1"), .number("-3"), .number("12345678901234567890.5"),
                                 .string("x"), .bool(true), .null]))
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == value)
    }

    @Test("A CPTS alone, Codable as a contract's cpts object, errors at its own fields")
    func cpts() throws {
        let cpts = try CPTS(name: "CPTS Exemple", population: 110_110, communes: [try INSEECode("56121")], members: 59,
                            epcis: ["200066777"])
        let data = try JSONEncoder().encode(cpts)
        #expect(try JSONDecoder().decode(CPTS.self, from: data) == cpts)
        #expect(cpts.jsonValue.serialized().contains(#""population": 110110"#))
        do {
            _ = try JSONDecoder().decode(CPTS.self, from: Data(#"{"name": "X", "population": 0}"#.utf8))
            Issue.record("a population of 0 was accepted")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["population"])
            #expect((context.underlyingError as? CPTSKitError)?.kind == .invalidPopulation)
        }
    }
}
