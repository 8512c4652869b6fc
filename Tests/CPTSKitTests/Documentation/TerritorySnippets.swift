import CPTSKitFrance
import Testing
import CPTSKit

/// The Swift code of `Documentation/Territory.md`, compiled and run here; the document's block
/// must equal the code between the `snippet:` markers (checked by `DocumentationTests`).
@Suite("Territory: the guide's code runs")
struct TerritorySnippets {
    @Test("Read a territory, cross-check it and compute the coverage of a département")
    func coverage() throws {
        // snippet: territory-coverage
        let france = PopulationDataset.france
        let cpts = try CPTS(name: "CPTS exemple", population: 45_000,
                            communes: [try INSEECode("29260"), try INSEECode("29149")], epcis: ["242900314"])

        let territory = try france.territory(of: cpts, millesime: 2023)
        print(territory.communes.count, territory.notes.map(\.kind))
        // 10 [merged, epci]

        let check = try france.crossCheck(cpts, millesime: 2023)
        print(check?.inseeSum ?? 0, check?.difference ?? 0)
        // 228671 -183671: the INSEE sum, and the declared population minus it

        let coverage = try france.coverage(of: .department("29"), by: [cpts], millesime: 2023)
        print(coverage.coveredPopulation, coverage.population, coverage.share.description)
        // 228671 933455 228671/933455
        print(coverage.uncovered.prefix(3).map(\.name))
        // ["Quimper", "Concarneau", "Landerneau"]
        // end snippet
        #expect(territory.communes.count == 10)
        #expect(territory.notes.map(\.kind) == [.merged, .epci])
        #expect(check?.inseeSum == 228_671 && check?.difference == -183_671)
        #expect(coverage.coveredPopulation == 228_671 && coverage.population == 933_455)
        #expect(coverage.share.description == "228671/933455")
        #expect(coverage.uncovered.prefix(3).map(\.name) == ["Quimper", "Concarneau", "Landerneau"])
    }
}
