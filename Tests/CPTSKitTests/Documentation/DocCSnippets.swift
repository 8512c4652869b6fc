import Foundation
import Testing
import CPTSKit
import CPTSKitFrance
import CPTSKitReports
import CPTSKitTesting
import CPTSKitExamples

/// The code of the DocC articles, compiled and run here; `DocumentationTests` checks that every
/// Swift block of `CPTSKit.docc` is one of these snippets, character for character.
@Suite("DocC articles: their code runs")
struct DocCSnippets {
    @Test("Landing page")
    func landing() throws {
        // snippet: landing
        let contract = try BundledExample.lorientLittoral.contract()
        let funding = try FundingEngine().funding(for: contract)
        print(funding.years[0].total)    // €298,643.84
        // end snippet
        #expect(funding.years[0].total.description == "€298,643.84")
    }

    @Test("CPTSKitReports landing page")
    func reportsLanding() throws {
        // snippet: reports-landing
        let contract = try BundledExample.lorientLittoral.contract()
        let funding = try FundingEngine().funding(for: contract)
        print(try FundingRenderer.render(funding, format: .table, years: [1]))
        // end snippet
        #expect(try FundingRenderer.render(funding, format: .table, years: [1]).contains("298 643,84 €"))
    }

    @Test("CPTSKitFrance landing page")
    func franceLanding() throws {
        // snippet: france-landing
        let cpts = try CPTS(name: "CPTS exemple", population: 45_000, epcis: ["242900314"])
        let coverage = try PopulationDataset.france.coverage(of: .department("29"), by: [cpts], millesime: 2023)
        print(coverage.coveredPopulation, coverage.population)
        // end snippet
        #expect(coverage.population == 933_455)
        #expect(coverage.coveredCommunes == 8)
    }

    @Test("CPTSKitTesting landing page")
    func testingLanding() throws {
        // snippet: testing-landing
        let contract = try TestContracts.fullT3()
        let best = try FundingEngine().funding(for: try contract.withResults(.best, years: 1...1))
        let half = try FundingEngine().funding(for: try contract.withResults(.share(try Fraction(1, 2)), years: 1...1))
        #expect(best.years[0].total > half.years[0].total, "\(FundingDifference(best, half))")
        // end snippet
    }

    @Test("The quarterly follow-up")
    func quarterlyFollowUp() throws {
        // snippet: followup
        let contract = try BundledExample.lorientLittoral.contract()
        let followUp = try FundingEngine().followUp(for: contract, asOf: try CalendarDate(parsing: "2026-11-30"))
        let patients = followUp.indicators.first { $0.id == "nouveaux-mt" }
        print(followUp.year.number, followUp.quarter ?? 0)     // 2 3
        print(patients?.projected ?? .achieved(false))         // 60225/92: 330 on day 184, × 365/184
        print(patients?.amountAtProjected ?? .zero)            // €4,675.85
        print(followUp.totals.atProjected, followUp.totals.bestCase)
        // end snippet
        #expect(followUp.quarter == 3)
        #expect(patients?.projected?.description == "60225/92")
        #expect(patients?.amountAtProjected?.description == "€4,675.85")
    }

    @Test("Exact money")
    func exactMoney() throws {
        // snippet: proration
        let prorated = try Euros(cents: 2_000_000).multiplied(by: try Fraction(206, 366), rounding: .toNearestOrAwayFromZero)
        // €11,256.83
        // end snippet
        // snippet: allocation
        let parts = try Euros(cents: 1_001).allocated(proportionallyTo: [3, 1])   // €7.51 and €2.50
        // end snippet
        #expect(prorated.description == "€11,256.83")
        #expect(parts.map(\.description) == ["€7.51", "€2.50"])
    }

    @Test("Rulebooks and sources; the ACI in five minutes")
    func rulebooks() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        // snippet: parameter
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.prorationBasis.value = .thirty360
        let funding = try FundingEngine().funding(for: contract, rulebook: rulebook)
        // end snippet
        #expect(funding.years[0].total.description == "€299,013.89")
        // snippet: five-minutes
        let computed = try FundingEngine().funding(for: try BundledExample.lorientLittoral.contract())
        print(computed.sizeClass, computed.years[0].total)     // T3 €298,643.84
        // end snippet
        #expect("\(computed.sizeClass) \(computed.years[0].total)" == "T3 €298,643.84")
    }
}
