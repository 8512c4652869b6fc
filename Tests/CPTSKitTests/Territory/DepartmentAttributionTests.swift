import Testing
import CPTSKitFrance
@testable import CPTSKit
import CPTSKitExamples

/// A CPTS is filed under the département holding most of its population: communes and EPCI
/// members together, in the millésime used.
@Suite("A CPTS's département, by population")
struct DepartmentAttributionTests {
    static let france = DepartmentAttribution(dataset: .france, millesime: 2022)

    /// Three Morbihan communes and Rennes: more communes in the Morbihan, more inhabitants in Ille-et-Vilaine.
    static func straddling() throws -> CPTS {
        try CPTS(name: "CPTS à cheval", population: 250_000,
                 communes: [try INSEECode("56062"), try INSEECode("56094"), try INSEECode("56118"), try INSEECode("35238")])
    }

    @Test("Rennes outweighs three Morbihan communes: filed under 35 by population, 56 by counting communes")
    func straddlingCPTS() throws {
        let cpts = try Self.straddling()
        let populations = try Self.france.populationByDepartment(of: cpts)
        #expect(Set(populations.keys) == ["35", "56"])
        let rennes = try #require(PopulationDataset.france.commune(try INSEECode("35238"))?.population(millesime: 2022, measure: .municipal))
        #expect(populations["35"] == rennes)
        #expect(populations["56"].map { $0 < rennes } == true)
        #expect(DepartmentAttribution.department(holdingMostOf: populations) == "35")
        #expect(PortfolioSummary.department(of: cpts) == "56")
    }

    @Test("EPCIs count: Ploërmel's two communautés de communes are in the Morbihan (was unknown)")
    func epcis() throws {
        let ploermel = try BundledExample.ploermel.contract()
        let populations = try Self.france.populationByDepartment(of: ploermel.cpts)
        #expect(populations == ["56": 82_727])
        #expect(PortfolioSummary.department(of: ploermel.cpts) == "unknown")
        var summary = PortfolioSummary(departments: Self.france)
        try summary.add(ploermel)
        #expect(summary.byDepartment.keys.sorted() == ["56"])
        #expect(summary.populationByDepartment == ["56": 82_727])
    }

    @Test("Ties go to the smaller code; no territory is unknown", arguments: [
        (["56": 10, "35": 10], "35"), (["56": 11, "35": 10], "56"), (["56": 9, "35": 10], "35"), ([:], "unknown"),
    ])
    func ties(_ populations: [String: Int], _ expected: String) {
        #expect(DepartmentAttribution.department(holdingMostOf: populations) == expected)
    }

    @Test("An impact files each contract the same way, and carries its population by département")
    func impact() throws {
        let draft = try RulebookDocument(jsonText: try RepositoryFiles.text("Examples/rulebooks/draft-2026-hypothese.json"))
        var impact = try RulebookImpact(draft: draft)
        impact.departments = Self.france
        try impact.add(try BundledExample.ploermel.contract())
        #expect(impact.contracts.first?.department == "56")
        #expect(impact.contracts.first?.populationByDepartment == ["56": 82_727])
        #expect(impact.byDepartment.keys.sorted() == ["56"])
        #expect(Self.france.millesime == 2022)
        #expect(DepartmentAttribution(dataset: .france).millesime == PopulationDataset.france.millesimes.last)
        #expect(DepartmentAttribution(dataset: .france) == DepartmentAttribution(dataset: .france))
        #expect(DepartmentAttribution(dataset: .france, millesime: 2020) != DepartmentAttribution(dataset: .france, millesime: 2021))
    }
}
