import Testing
@testable import CPTSKit

@Suite("FundingEngine: statements from contracts")
struct FundingEngineTests {
    let engine = FundingEngine()

    @Test("The T3 example of aci-rules.md §3: 397 500 € a year without a crisis, 465 000 € with one")
    func t3Example() throws {
        let contract = try ContractFixtures.fullT3(assessed: [1: true, 2: true], crisisYears: [2])
        let funding = try engine.funding(for: contract)
        #expect(funding.sizeClass == .t3)
        #expect(funding.years[0].total == ContractFixtures.euros(397_500))
        #expect(funding.years[1].total == ContractFixtures.euros(465_000))
        #expect(funding.years[2].total == ContractFixtures.euros(275_000))
        #expect(funding.years[2].maxTotal == ContractFixtures.euros(397_500))
        #expect(funding.years[0].total(of: .fonctionnement) == ContractFixtures.euros(75_000))
        #expect(funding.years[0].total(of: .missions) == ContractFixtures.euros(322_500))
        #expect(funding.years[0].total(of: .accessToCare) == ContractFixtures.euros(125_000))
        #expect(funding.years[0].total(of: .carePathways) == ContractFixtures.euros(90_000))
        #expect(funding.years[0].total(of: .prevention) == ContractFixtures.euros(35_000))
        #expect(funding.years[0].total(of: .crisisResponse) == ContractFixtures.euros(22_500))
        #expect(funding.years[1].total(of: .crisisResponse) == ContractFixtures.euros(90_000))
        #expect(funding.years[0].total(of: .qualityAndRelevance) == ContractFixtures.euros(30_000))
        #expect(funding.years[0].total(of: .professionalSupport) == ContractFixtures.euros(20_000))
        #expect(funding.allWarnings.isEmpty)
    }

    @Test("Indicator invariants of aci-rules.md §4: Σ best case = the T3 variable envelope", arguments: [
        (MissionKind.accessToCare, Int64(35_000)), (.carePathways, 45_000), (.prevention, 17_500),
        (.qualityAndRelevance, 15_000), (.professionalSupport, 10_000),
    ])
    func invariants(_ kind: MissionKind, _ envelope: Int64) throws {
        let best = try Euros.sum(try ContractFixtures.invariantIndicators(kind).map(\.payout.bestCase))
        #expect(best == ContractFixtures.euros(envelope))
        #expect(Rulebook.aci2019Avenant2.mission(kind)?.variable?[.t3].value == ContractFixtures.euros(envelope))
    }

    @Test("Proration by days: 20 000 € starting 206 days before the anniversary of a 366-day year = 11 256,83 €")
    func prorationExample() throws {
        // Year 1 runs 2023-06-01 → 2024-05-31 and contains 29 February 2024: 366 days.
        let start = try ContractFixtures.date("2024-06-01").adding(days: -206)
        let contract = try ContractFixtures.single(signedOn: "2023-06-01", startsOn: start.description)
        let year1 = try engine.statement(for: contract, year: 1)
        #expect(year1.year.dayCount == 366)
        let fixed = try #require(year1.lines.first { $0.part == .fixed })
        #expect(fixed.rate == (try Fraction(206, 366)))
        #expect(fixed.rate.description == "206/366")
        #expect(fixed.amount == Euros(cents: 1_125_683))
        #expect(fixed.rule == .fixedPartProrated)
        let year2 = try engine.statement(for: contract, year: 2)
        #expect(year2.lines.first { $0.part == .fixed }?.amount == ContractFixtures.euros(20_000))
    }

    @Test("The 30/360 basis is a rulebook parameter")
    func thirty360() throws {
        let contract = try ContractFixtures.single(signedOn: "2025-05-12", startsOn: "2025-11-12")
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.prorationBasis.value = .thirty360
        let fixed = try #require(try engine.statement(for: contract, year: 1, rulebook: rulebook).lines.first { $0.part == .fixed })
        #expect(fixed.rate == (try Fraction(180, 360)))
        #expect(fixed.amount == ContractFixtures.euros(10_000))
        let byDays = try #require(try engine.statement(for: contract, year: 1).lines.first { $0.part == .fixed })
        #expect(byDays.rate.description == "181/365")
        #expect(byDays.amount == Euros(cents: 991_781))
    }

    @Test("A T2 contract signed on 29 February 2024 (60 382 inhabitants, Lille area)")
    func leapDaySignature() throws {
        let contract = try ContractFixtures.single(population: 60_382, signedOn: "2024-02-29")
        let funding = try engine.funding(for: contract)
        #expect(funding.sizeClass == .t2)
        #expect(funding.years.map(\.year.start.description) == ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"])
        #expect(funding.years.map(\.year.lastDay.description) == ["2025-02-27", "2026-02-27", "2027-02-27", "2028-02-28", "2029-02-27"])
        #expect(funding.years.map(\.year.dayCount) == [365, 365, 365, 366, 365])
        #expect(funding.years[0].lines[0].amount == ContractFixtures.euros(60_000))
        #expect(contract.end.description == "2029-02-28")
    }

    @Test("Pending years carry their best case, excluded from the total")
    func pending() throws {
        let indicator = try ContractFixtures.allOrNothing("a", 4_000)
        let contract = try ContractFixtures.single(indicators: [indicator], results: [1: ["a": .achieved(false)]])
        let funding = try engine.funding(for: contract)
        let year1 = funding.years[0], year2 = funding.years[1]
        #expect(year1.lines.last?.status == .assessed)
        #expect(year1.lines.last?.amount == .zero)
        #expect(year2.lines.last?.status == .pending)
        #expect(year2.lines.last?.amount == ContractFixtures.euros(4_000))
        #expect(year2.total == ContractFixtures.euros(80_000))
        #expect(year2.maxTotal == ContractFixtures.euros(84_000))
        #expect(funding.total == ContractFixtures.euros(400_000))
        #expect(funding.maxTotal == ContractFixtures.euros(416_000))
    }

    @Test("The start-up supplement (+75 %) for a contract signed in the window under avenant 2")
    func startUpSupplement() throws {
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000),
                                       signedOn: try ContractFixtures.date("2021-10-01"), rulebookID: "aci-2019-av2",
                                       missions: [])
        let funding = try engine.funding(for: contract)
        let supplement = try #require(funding.years[0].lines.first { $0.part == .startUpSupplement })
        #expect(supplement.amount == ContractFixtures.euros(37_500))
        #expect(funding.years[0].total == ContractFixtures.euros(87_500))
        #expect(funding.years[1].total == ContractFixtures.euros(50_000))
        let later = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000),
                                    signedOn: try ContractFixtures.date("2022-10-01"), missions: [])
        #expect(try engine.funding(for: later).years[0].lines.count == 1)
    }

    @Test("Lines carry their provenance")
    func provenance() throws {
        let funding = try engine.funding(for: try ContractFixtures.fullT3(assessed: [1: true]))
        let lines = funding.years[0].lines
        #expect(lines[0].rule == .fonctionnementAnnual)
        #expect(lines[0].source.description == "PRESS-2020 montants actuels")
        let access = try #require(lines.first { $0.mission == .accessToCare && $0.part == .fixed })
        #expect(access.source.id == "CONTRACT-T3")
        #expect(access.confidence == .contract)
        #expect(access.rule == .fixedPart)
        let variable = try #require(lines.first { $0.part == .variable })
        #expect(variable.rule == .indicatorAllOrNothing)
        #expect(variable.result == .achieved(true))
    }
}
