import CPTSKitTesting
import Foundation
import Testing
import CPTSKit

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
        let fundings = try await withThrowingTaskGroup(of: (Int, ContractFunding).self) { group in
            for (index, contract) in contracts.enumerated() {
                group.addTask { (index, try engine.funding(for: contract)) }
            }
            var byIndex: [Int: ContractFunding] = [:]
            for try await (index, funding) in group { byIndex[index] = funding }
            return contracts.indices.compactMap { byIndex[$0] }
        }
        // end snippet
        #expect(fundings.count == contracts.count)
        for (contract, funding) in zip(contracts, fundings) { #expect(funding == (try engine.funding(for: contract))) }
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
        #expect(snippets.count == 3)
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
