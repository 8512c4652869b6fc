import Foundation
import Testing
import CPTSKit
import CPTSKitExamples

/// The Swift code of `Documentation/RulebookFormat.md`, compiled and run here; the document's
/// blocks must equal the code between the `snippet:` markers (checked by `DocumentationTests`).
@Suite("Rulebook files: the guide's code runs")
struct RulebookFormatSnippets {
    @Test("Load a draft, compute a contract under it, measure its impact")
    func loadAndMeasure() throws {
        let draftURL = RepositoryFiles.url("Examples/rulebooks/draft-2026-hypothese.json")
        let contracts = try BundledExample.allCases.map { try $0.contract() }
        // snippet: rulebook-load
        let document = try RulebookDocument(jsonBytes: try Data(contentsOf: draftURL))
        let registry = try RulebookRegistry.standard.adding([document])
        let draft = try registry.rulebook(id: document.id)
        print(Rulebook.aci2019Avenant2.differences(to: draft).map(\.key))
        // ["effective_on", "fonctionnement.annual.T2", "fonctionnement.annual.T3", "mission.prevention.fixed.T3", "maximum.yearly.T4"]

        // The draft reaches running contracts by their own timing (`rulebook_changes`).
        let funding = try FundingEngine(registry: registry).funding(for: contracts[0])
        print(funding.years.map(\.rulebook))
        // ["aci-2019-av2", "aci-2019-av2", "draft-2026-hypothese", "draft-2026-hypothese", "draft-2026-hypothese"]

        var impact = try RulebookImpact(draft: document)
        for contract in contracts { try impact.add(contract) }
        print(impact.total.difference, impact.gaining, impact.losing)
        // €22,500.00 2 0
        // end snippet
        #expect(Rulebook.aci2019Avenant2.differences(to: draft).map(\.key)
            == ["effective_on", "fonctionnement.annual.T2", "fonctionnement.annual.T3", "mission.prevention.fixed.T3", "maximum.yearly.T4"])
        #expect(funding.years.map(\.rulebook)
            == ["aci-2019-av2", "aci-2019-av2", "draft-2026-hypothese", "draft-2026-hypothese", "draft-2026-hypothese"])
        #expect(impact.total.difference.description == "€22,500.00" && impact.gaining == 2 && impact.losing == 0)
    }

    @Test("A hundred thousand contracts, streamed through the compiled path")
    func streamed() throws {
        let document = try RulebookDocument(jsonBytes: try RepositoryFiles.bytes("Examples/rulebooks/draft-2026-hypothese.json"))
        let contracts = try BundledExample.allCases.map { try $0.contract() }
        // snippet: rulebook-stream
        let withDraft = try RulebookRegistry.standard.adding([document])
        let totals = try RulebookImpact.totals(of: contracts, baseline: FundingEngine(),
                                               scenario: FundingEngine(registry: withDraft))
        print(totals.total.difference, totals.bySizeClass[.t3]?.difference ?? .zero)
        // €22,500.00 €7,500.00
        // end snippet
        #expect(totals.total.difference.description == "€22,500.00")
        #expect(totals.bySizeClass[.t3]?.difference.description == "€7,500.00")
    }
}
