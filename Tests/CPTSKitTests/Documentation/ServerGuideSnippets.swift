import CPTSKitTesting
import Foundation
import Testing
import CPTSKit
import CPTSKitExamples

/// The Swift code of `Documentation/UsingCPTSKitInAServer.md`, compiled and run here; the
/// document's blocks must equal the code between the `snippet:` markers.
@Suite("Using CPTSKit in a server: the guide's code runs")
struct ServerGuideSnippets {
    // snippet: server-handler
    /// What a handler answers: an HTTP status and a JSON body.
    struct Answer: Sendable {
        var status: Int
        var body: Data
    }

    /// `POST /funding`: a contract file in, its funding out; a contract CPTSKit refuses is a 422
    /// whose body names the field, its raw value and a stable code.
    static func funding(request body: Data, engine: FundingEngine) -> Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            let contract = try ACIContract(jsonBytes: Array(body))
            let funding = try engine.funding(for: contract)
            return Answer(status: 200, body: try encoder.encode(funding))
        } catch let error as CPTSKitError {
            let answer = try? encoder.encode(error)
            return Answer(status: answer == nil ? 500 : 422, body: answer ?? Data())
        } catch {
            return Answer(status: 500, body: Data(String(describing: error).utf8))
        }
    }
    // end snippet

    @Test("A valid contract answers 200 and its funding; an invalid one 422 and the error")
    func handler() throws {
        let engine = FundingEngine()
        let file = Data(BundledExample.lorientLittoral.jsonText.utf8)
        let ok = Self.funding(request: file, engine: engine)
        #expect(ok.status == 200)
        let funding = try JSONDecoder().decode(ContractFunding.self, from: ok.body)
        #expect(funding == (try engine.funding(for: try BundledExample.lorientLittoral.contract())))

        let broken = Data(BundledExample.lorientLittoral.jsonText.replacingOccurrences(of: "\"signed_on\": \"2025-05-12\"",
                                                                                        with: "\"signed_on\": \"2025-02-30\"").utf8)
        let refused = Self.funding(request: broken, engine: engine)
        #expect(refused.status == 422)
        let error = try JSONDecoder().decode(CPTSKitError.self, from: refused.body)
        #expect(error.kind == .invalidDate)
        #expect(error.path == "signed_on")
        #expect(error.value == "2025-02-30")
    }

    @Test("Many contracts at once, in order")
    func concurrency() async throws {
        let contracts = try BundledExample.allCases.map { try $0.contract() } + [try TestContracts.fullT3()]
        // snippet: server-concurrency
        // FundingEngine and every value are Sendable: share one engine between tasks.
        let engine = FundingEngine()
        // In parallel, in the order of `contracts`; the first refused one (in that order) is thrown.
        let fundings = try await engine.fundings(for: contracts)
        let schedules = try await engine.schedules(for: contracts)
        // end snippet
        #expect(fundings.count == contracts.count)
        #expect(schedules.count == contracts.count)
        for (contract, funding) in zip(contracts, fundings) { #expect(funding == (try engine.funding(for: contract))) }
    }

    @Test("A request type holding a contract; an impact that records the contracts it cannot compute")
    func requestAndRefusals() throws {
        let lorient = try BundledExample.lorientLittoral.contract()
        let requestBody = Data(#"{"reference": "CPAM-56-0042", "contract": "#.utf8) + Data(lorient.jsonText.utf8) + Data("}".utf8)
        let refusedContract = try ACIContract(cpts: try CPTS(name: "CPTS X", population: 100_000),
                                              signedOn: try CalendarDate(parsing: "2025-05-12"),
                                              missions: [try EngagedMission(kind: try MissionKind(key: "not_declared"))])
        let contracts = [lorient, refusedContract]
        let draftFile = try RepositoryFiles.bytes("Examples/rulebooks/draft-2026-hypothese.json")
        // snippet: server-request
        // The contract is Codable in its file format: a member of the server's own request type.
        struct FundingRequest: Codable {
            let reference: String
            let contract: ACIContract
        }
        let request = try JSONDecoder().decode(FundingRequest.self, from: requestBody)

        // An impact over many contracts records those it cannot compute, and goes on.
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonBytes: draftFile))
        for (index, contract) in contracts.enumerated() {
            try impact.add(contract, label: "contract \(index)", ifRefused: .record)
        }
        for refused in impact.refused {
            print(refused.label, refused.error.path, refused.error.kind.rawValue)  // contract 1 missions[0].mission unknown_mission
        }
        // end snippet
        #expect(request.contract == lorient)
        #expect(impact.contractCount == 1)
        #expect(impact.refused.map(\.label) == ["contract 1"])
        #expect(impact.refused.first?.error.path == "missions[0].mission")
    }

    @Test("Decoding a request: a bad amount is a DecodingError at its coding path")
    func decoding() throws {
        // snippet: server-decoding
        struct BudgetRequest: Codable {
            var mission: MissionKind
            var fixed: Euros
        }
        let body = Data(#"{"mission": "prevention", "fixed": "12,5"}"#.utf8)
        do {
            _ = try JSONDecoder().decode(BudgetRequest.self, from: body)
        } catch DecodingError.dataCorrupted(let context) {
            // codingPath is ["fixed"]; the underlying CPTSKitError has the kind and the raw value.
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            let cause = context.underlyingError as? CPTSKitError
            print("422:", path, cause?.kind.rawValue ?? "", cause?.value ?? "")
        }
        // end snippet
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BudgetRequest.self, from: body) }
        do {
            _ = try JSONDecoder().decode(BudgetRequest.self, from: body)
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["fixed"])
            #expect((context.underlyingError as? CPTSKitError)?.value == "12,5")
        }
    }

    @Test("UsingCPTSKitInAServer.md shows exactly that code")
    func document() throws {
        let snippets = try DocumentationTests.snippets(in: "Tests/CPTSKitTests/Documentation/ServerGuideSnippets.swift")
        #expect(snippets.count == 4)
        var document = try RepositoryFiles.text("Documentation/UsingCPTSKitInAServer.md")
        for (name, code) in snippets.sorted(by: { $0.key < $1.key }) {
            let marker = "<!-- snippet: \(name) -->\n```swift\n"
            let start = try #require(document.range(of: marker), "snippet \(name) missing")
            let end = try #require(document.range(of: "```\n", range: start.upperBound..<document.endIndex))
            document.replaceSubrange(start.upperBound..<end.lowerBound, with: code + "\n")
        }
        try GeneratedFiles.check("Documentation/UsingCPTSKitInAServer.md", expected: document)
    }
}
