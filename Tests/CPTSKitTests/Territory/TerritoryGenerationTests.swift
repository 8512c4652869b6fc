import Foundation
import Testing
@testable import CPTSKit

@Suite("Generated territory table")
struct TerritoryGenerationTests {
    @Test("The generated tables are what the generator renders from the INSEE and DGCL files",
          arguments: ["Morbihan", "France"])
    func generatedSourceMatchesData(_ name: String) throws {
        let target = name == "France" ? TerritorySourceGenerator.france : TerritorySourceGenerator.morbihan
        let rendered = try TerritorySourceGenerator.render(target)
        if ProcessInfo.processInfo.environment["CPTSKIT_REGENERATE"] == "1" {
            try Data(rendered.utf8).write(to: RepositoryFiles.url(target.outputPath))
        }
        let compiled = try RepositoryFiles.text(target.outputPath)
        #expect(compiled == rendered, "run Scripts/regenerate")
    }

    @Test("Every CSV row is in the compiled dataset with the same figures")
    func everyRowAgrees() throws {
        let rows = TerritorySourceGenerator.rows(try RepositoryFiles.bytes(TerritorySourceGenerator.csvPath))
        #expect(rows.count == 249)
        for row in rows {
            let commune = try #require(PopulationDataset.morbihan.commune(try INSEECode(row[0])))
            #expect(commune.name == row[1])
            #expect(commune.epci?.siren == row[2])
            for (offset, millesime) in [2020, 2021, 2022, 2023].enumerated() {
                #expect(commune.population(millesime: millesime, measure: .municipal) == Int(row[4 + offset]))
                #expect(commune.population(millesime: millesime, measure: .total) == Int(row[8 + offset]))
            }
        }
    }

    @Test("The join agrees with the INSEE millésime-2023 extract")
    func joinAgreesWithINSEE2023() throws {
        let text = try RepositoryFiles.text("Data/territory/insee_populations_legales_2023_dep56.csv")
        var checked = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let commune = try #require(PopulationDataset.morbihan.commune(try INSEECode(fields[6])))
            #expect(commune.population(millesime: 2023, measure: .municipal) == Int(fields[8]))
            #expect(commune.population(millesime: 2023, measure: .total) == Int(fields[10]))
            checked += 1
        }
        #expect(checked == 249)
    }
}
