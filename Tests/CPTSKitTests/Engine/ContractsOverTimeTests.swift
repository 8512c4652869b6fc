import Testing
@testable import CPTSKit

/// A contract that lives: avenants reaching running contracts, the start-up catch-up,
/// amendments and early termination — the three worked figures first, exactly.
@Suite("Contracts over time: worked figures")
struct ContractsOverTimeTests {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }
    static func euros(_ text: String) throws -> Euros { try Euros(parsing: text) }

    /// A T3 CPTS (100 000 inhabitants) signed on `signedOn`, no rulebook named.
    static func t3(signedOn: String, missions: [EngagedMission] = [], changes: RulebookChanges = .nextAnniversary,
                   amendments: [Amendment] = [], rulebook: String? = nil) throws -> ACIContract {
        try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try date(signedOn), rulebookID: rulebook,
                        missions: missions, rulebookChanges: changes, amendments: amendments)
    }

    @Test("Figure 1: signed 2021-06-01, year 1 under aci-2019, catch-up 56 250 € due 2022-04-01, avenant 2 from year 2")
    func figure1() throws {
        let contract = try Self.t3(signedOn: "2021-06-01")
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        let year1 = funding.years[0]
        #expect(year1.rulebook == "aci-2019")
        #expect(year1.lines.map(\.amount) == [try Self.euros("75000"), try Self.euros("56250")])
        #expect(year1.lines.map(\.rule) == [.fonctionnementAnnual, .startUpCatchUp])
        #expect(year1.lines.map(\.rulebook) == ["aci-2019", "aci-2019-av2"])
        #expect(funding.years[1].rulebook == "aci-2019-av2")
        #expect(funding.years[1].year.start == (try Self.date("2022-06-01")))
        #expect(funding.years[1...].allSatisfy { $0.rulebook == "aci-2019-av2" && $0.lines.count == 1 })
        let catchUp = try #require(schedule.payments.first { $0.event == .catchUp })
        #expect(catchUp.dueOn == (try Self.date("2022-04-01")))
        #expect(catchUp.amount == (try Self.euros("56250")))
        #expect(catchUp.settles.count == 1)
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Figure 2: the crisis mission may start when avenant 2 applies to the contract, not before",
          arguments: [("2022-05-01", false), ("2022-05-31", false), ("2022-06-01", true), ("2022-06-02", true)])
    func figure2(_ start: String, _ valid: Bool) throws {
        let crisis = try EngagedMission(kind: .crisisResponse, startsOn: try Self.date(start))
        let contract = try Self.t3(signedOn: "2021-06-01", missions: [crisis])
        if valid {
            let funding = try FundingEngine().funding(for: contract)
            #expect(funding.years[1].lines.contains { $0.mission == .crisisResponse && $0.rulebook == "aci-2019-av2" })
            try CompiledContractTests.expectSame(contract)
        } else {
            let error = try #require(throws: CPTSKitError.self) { try FundingEngine().funding(for: contract) }
            #expect(error.kind == .missionBeforeRulebook)
            #expect(error.path == "missions[0].starts_on")
            #expect(error.message.contains("2022-06-01") && error.message.contains("aci-2019-av2"))
        }
    }

    @Test("Figure 3: terminated on 2025-07-10, year 2 prorated 181/365, a repayment of 23 505,14 € on that day")
    func figure3() throws {
        let contract = try ContractFixtures.terminated(on: "2025-07-10")
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        #expect(funding.years.count == 2)
        #expect(funding.terminatedOn == (try Self.date("2025-07-10")))
        let year2 = funding.years[1]
        #expect(year2.lines.map(\.amount) == [try Self.euros("37191.78"), try Self.euros("8678.08")])
        #expect(year2.lines.map(\.rule) == [.fonctionnementProrated, .fixedPartProrated])
        #expect(year2.lines.allSatisfy { $0.rate == (try? Fraction(181, 365)) && $0.amendment == 0 })
        let advances = try #require(schedule.payments.first { $0.dueOn == (try Self.date("2025-01-10")) })
        #expect(advances.settles.filter { $0.year == 2 }.map(\.amount) == [try Self.euros("56250"), try Self.euros("13125")])
        let repayment = try #require(schedule.payments.last)
        #expect(repayment.event == .termination)
        #expect(repayment.dueOn == (try Self.date("2025-07-10")))
        #expect(repayment.amount == (try Euros.zero.subtracting(try Self.euros("23505.14"))))
        #expect(repayment.year == 2)
        #expect(schedule.total == funding.total)
        let end = try Self.date("2025-07-10")
        #expect(schedule.payments.allSatisfy { $0.dueOn <= end })
        try CompiledContractTests.expectSame(contract)
    }
}
