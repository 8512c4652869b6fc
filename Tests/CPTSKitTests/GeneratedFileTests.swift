import Testing
@testable import CPTSKit
@testable import CPTSKitReports
import CPTSKitExamples

@Suite("Generated files stay in step with their sources")
struct GeneratedFileTests {
    @Test("BundledExamples.generated.swift holds Examples/*.json byte for byte")
    func bundledExamples() throws {
        try GeneratedFiles.check("Sources/CPTSKitExamples/BundledExamples.generated.swift",
                                 expected: try GeneratedFiles.examplesSource())
        for example in BundledExample.allCases {
            #expect(example.jsonText == (try RepositoryFiles.text("Examples/\(example.fileName)")))
        }
    }

    @Test("Documentation/Rules.md is the rendering of the rulebook data")
    func rulesReference() throws {
        try GeneratedFiles.check("Documentation/Rules.md", expected: RulebookRenderer.markdown(.standard))
    }
}
