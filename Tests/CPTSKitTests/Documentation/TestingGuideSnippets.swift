import CPTSKitTesting
import Testing
import CPTSKit

/// The Swift code of `Documentation/TestingYourIntegration.md`, compiled and run here; the
/// document's block must equal the code between the `snippet:` markers.
@Suite("Testing your integration: the guide's code runs")
struct TestingGuideSnippets {
    @Test("Best case, worst case, a random contract, a readable difference")
    func guide() throws {
        // snippet: testing-guide
        let engine = FundingEngine()
        let contract = try TestContracts.fullT3()

        // Every indicator achieved in year 1: each variable line pays its best case.
        let best = try engine.funding(for: try contract.withResults(.best, years: 1...1))
        #expect(best.years[0].lines.filter { $0.part == .variable }.allSatisfy { $0.amount == $0.bestCase })

        // Half of every target: less, and the message says line by line why.
        let half = try engine.funding(for: try contract.withResults(.share(try Fraction(1, 2)), years: 1...1))
        #expect(half.years[0].total < best.years[0].total, "\(FundingDifference(half, best))")

        // Random valid contracts, reproducible from their seed.
        var generator = SeededRandomGenerator(seed: 2026)
        for _ in 0..<50 {
            let random = try RandomContracts.make(using: &generator)
            let funding = try engine.funding(for: random)
            #expect(try engine.schedule(for: random).total == funding.total)
        }
        // end snippet
    }

    @Test("TestingYourIntegration.md shows exactly that code")
    func document() throws {
        let snippets = try DocumentationTests.snippets(in: "Tests/CPTSKitTests/Documentation/TestingGuideSnippets.swift")
        var document = try RepositoryFiles.text("Documentation/TestingYourIntegration.md")
        let code = try #require(snippets["testing-guide"])
        let marker = "<!-- snippet: testing-guide -->\n```swift\n"
        let start = try #require(document.range(of: marker))
        let end = try #require(document.range(of: "```\n", range: start.upperBound..<document.endIndex))
        document.replaceSubrange(start.upperBound..<end.lowerBound, with: code + "\n")
        try GeneratedFiles.check("Documentation/TestingYourIntegration.md", expected: document)
    }
}
