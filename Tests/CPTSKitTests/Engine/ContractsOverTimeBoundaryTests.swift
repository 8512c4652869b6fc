import Testing
@testable import CPTSKit

/// Every date comparison of the rules of contracts over time, at, just below and just above its
/// boundary, on the reference and the compiled path.
@Suite("Contracts over time: every date boundary")
struct ContractsOverTimeBoundaryTests {
    let engine = FundingEngine()
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    /// A T1 contract (every per-mission amount from the contract) with prevention at signature.
    static func t1(signedOn: String, changes: RulebookChanges = .nextAnniversary, amendments: [Amendment] = [],
                   rulebook: String? = nil, results: [Int: [String: IndicatorResult]] = [:],
                   deployedOn: String? = nil, startsOn: String? = nil) throws -> ACIContract {
        let indicator = try Indicator(id: "ateliers", label: "Ateliers", payout: .allOrNothing(amount: Euros(cents: 400_000)))
        let mission = try EngagedMission(kind: .prevention, startsOn: try startsOn.map(date),
                                         budget: MissionBudget(fixed: Euros(cents: 1_000_000), variable: Euros(cents: 400_000)),
                                         indicators: [indicator], deployedOn: try deployedOn.map(date))
        return try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000), signedOn: try date(signedOn), rulebookID: rulebook,
                               missions: [mission], results: results, rulebookChanges: changes, amendments: amendments)
    }

    @Test("The catch-up reaches signatures up to the last day of avenant 2's window (2021-12-31)",
          arguments: [("2021-12-30", true), ("2021-12-31", true), ("2022-01-01", false)])
    func catchUpWindow(_ signedOn: String, _ paid: Bool) throws {
        let contract = try Self.t1(signedOn: signedOn)
        let lines = try engine.funding(for: contract).years[0].lines
        #expect(lines.contains { $0.rule == .startUpCatchUp && $0.amount == Euros(cents: 3_750_000) } == paid)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A rulebook reaches a contract signed before its effective date (2022-04-01), not one signed on or after it",
          arguments: [("2022-03-31", ["aci-2019", "aci-2019-av2"]), ("2022-04-01", ["aci-2019-av2", "aci-2019-av2"]),
                      ("2022-04-02", ["aci-2019-av2", "aci-2019-av2"])])
    func laterRulebook(_ signedOn: String, _ firstTwo: [String]) throws {
        let contract = try Self.t1(signedOn: signedOn)
        #expect(try engine.funding(for: contract).years.prefix(2).map(\.rulebook) == firstTwo)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Next anniversary: from the first year starting on or after 2022-04-01",
          arguments: [("2021-03-31", 3), ("2021-04-01", 2), ("2021-04-02", 2)])
    func nextAnniversary(_ signedOn: String, _ firstYear: Int) throws {
        let contract = try Self.t1(signedOn: signedOn)
        let rulebooks = try engine.funding(for: contract).years.map(\.rulebook)
        #expect(rulebooks.firstIndex(of: "aci-2019-av2") == firstYear - 1)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Effective date: the year containing 2022-04-01 is split by days, one line per rulebook",
          arguments: [("2021-04-01", 0), ("2021-04-02", 364), ("2021-10-01", 182)])
    func effectiveDate(_ signedOn: String, _ daysBefore: Int) throws {
        let contract = try Self.t1(signedOn: signedOn, changes: .effectiveDate)
        let funding = try engine.funding(for: contract)
        let year = try #require(funding.years.first { $0.year.contains(try Self.date("2022-04-01")) })
        let fonctionnement = year.lines.filter { $0.part == .annual }
        if daysBefore == 0 {
            #expect(fonctionnement.map(\.rulebook) == ["aci-2019-av2"])
            #expect(fonctionnement.map(\.amount) == [Euros(cents: 5_000_000)])
        } else {
            #expect(fonctionnement.map(\.rulebook) == ["aci-2019", "aci-2019-av2"])
            #expect(fonctionnement.map(\.rate) == [try Fraction(Int64(daysBefore), 365), try Fraction(Int64(365 - daysBefore), 365)])
            #expect(year.rulebooks == ["aci-2019", "aci-2019-av2"])
        }
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A rulebook reaches a contract only if it applies before the first day without contract",
          arguments: [("2022-03-31", false), ("2022-04-01", false), ("2022-04-02", true)])
    func terminatedBeforeAvenant(_ terminatedOn: String, _ reached: Bool) throws {
        let termination = try Amendment(effectiveOn: try Self.date(terminatedOn), change: .termination)
        let contract = try Self.t1(signedOn: "2021-06-01", changes: .effectiveDate, amendments: [termination])
        let funding = try engine.funding(for: contract)
        #expect(funding.lines.contains { $0.rulebook == "aci-2019-av2" } == reached)
        #expect(funding.lines.contains { $0.rule == .startUpCatchUp } == reached)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("An amendment takes effect after the signature and at the latest on the last day",
          arguments: [("2024-01-10", false), ("2024-01-11", true), ("2029-01-09", true), ("2029-01-10", false)])
    func amendmentInsideTheTerm(_ day: String, _ valid: Bool) throws {
        let amendment = try Amendment(effectiveOn: try Self.date(day), change: .population(200_000))
        if valid {
            try CompiledContractTests.expectSame(try Self.t1(signedOn: "2024-01-10", amendments: [amendment]))
        } else {
            let error = try #require(throws: CPTSKitError.self) { try Self.t1(signedOn: "2024-01-10", amendments: [amendment]) }
            #expect(error.path == "amendments[0].effective_on" && error.kind == .dateOutOfContract)
        }
    }

    @Test("Amendments in date order: the same day is allowed, an earlier one is not",
          arguments: [("2026-01-09", false), ("2026-01-10", true), ("2026-01-11", true)])
    func amendmentOrder(_ second: String, _ valid: Bool) throws {
        let amendments = [try Amendment(effectiveOn: try Self.date("2026-01-10"), change: .population(45_000)),
                          try Amendment(effectiveOn: try Self.date(second), change: .population(200_000))]
        if valid {
            #expect(throws: Never.self) { try Self.t1(signedOn: "2024-01-10", amendments: amendments) }
        } else {
            let error = try #require(throws: CPTSKitError.self) { try Self.t1(signedOn: "2024-01-10", amendments: amendments) }
            #expect(error.path == "amendments[1].effective_on" && error.kind == .amendmentOutOfOrder)
        }
    }

    @Test("A population amendment changes the size class from the first year starting on or after it",
          arguments: [("2026-01-09", 3), ("2026-01-10", 3), ("2026-01-11", 4)])
    func populationFromAnniversary(_ day: String, _ firstYear: Int) throws {
        let amendment = try Amendment(effectiveOn: try Self.date(day), change: .population(200_000))
        let contract = try Self.t1(signedOn: "2024-01-10", amendments: [amendment])
        let funding = try engine.funding(for: contract)
        #expect(funding.years.map(\.sizeClass) == (1...5).map { $0 < firstYear ? .t1 : .t4 })
        #expect(funding.years.map { $0.lines[0].amount.cents } == (1...5).map { $0 < firstYear ? 5_000_000 : 9_000_000 })
        #expect(funding.years[firstYear - 1].lines[0].amendment == 0)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A budget amendment with effective_date splits its year by days; with next_anniversary it waits",
          arguments: [RulebookChanges.nextAnniversary, .effectiveDate, .never])
    func budgetTiming(_ changes: RulebookChanges) throws {
        let budget = MissionBudget(fixed: Euros(cents: 2_000_000), variable: Euros(cents: 400_000))
        let amendment = try Amendment(effectiveOn: try Self.date("2026-07-10"), change: .budget(mission: .prevention, budget: budget))
        let contract = try Self.t1(signedOn: "2024-01-10", changes: changes, amendments: [amendment])
        let fixed = try engine.funding(for: contract).years.map { $0.lines.filter { $0.part == .fixed }.map(\.amount.cents) }
        if changes == .effectiveDate {
            // 2026-01-10 → 2026-07-10 is 181 days of 365: 10 000 × 181/365 and 20 000 × 184/365.
            #expect(fixed == [[1_000_000], [1_000_000], [495_890, 1_008_219], [2_000_000], [2_000_000]])
        } else {
            #expect(fixed == [[1_000_000], [1_000_000], [1_000_000], [2_000_000], [2_000_000]])
        }
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Results are reported too early when the year's last day is after the as-of date",
          arguments: [("2025-01-08", true), ("2025-01-09", false), ("2025-01-10", false)])
    func resultsBeforeYearEnd(_ asOf: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: "2024-01-10", results: [1: ["ateliers": .achieved(true)]])
        let warnings = try engine.validate(contract, asOf: try Self.date(asOf))
        #expect(warnings.contains { $0.kind == .resultsBeforeYearEnd && $0.path == "results.1" } == warned)
        #expect(!(try engine.validate(contract)).contains { $0.kind == .resultsBeforeYearEnd })
    }

    @Test("A start after its deadline (12 months for prévention) is a warning; on the deadline it is not",
          arguments: [("2025-01-09", false), ("2025-01-10", false), ("2025-01-11", true)])
    func startDeadline(_ start: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: "2024-01-10", startsOn: start)
        #expect(try engine.validate(contract).contains { $0.kind == .startDeadlineMissed } == warned)
    }

    @Test("Deployment after its deadline (24 months for prévention) is a warning; on the deadline it is not",
          arguments: [("2026-01-09", false), ("2026-01-10", false), ("2026-01-11", true)])
    func deploymentDeadline(_ deployed: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: "2024-01-10", deployedOn: deployed)
        let warnings = try engine.validate(contract)
        #expect(warnings.contains { $0.kind == .deploymentDeadlineMissed && $0.path == "missions[0].deployed_on" } == warned)
    }

    @Test("As of a date after the deployment deadline, a mission not recorded as deployed is a warning",
          arguments: [("2026-01-09", false), ("2026-01-10", false), ("2026-01-11", true)])
    func deploymentNotRecorded(_ asOf: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: "2024-01-10")
        let warnings = try engine.validate(contract, asOf: try Self.date(asOf))
        #expect(warnings.contains { $0.kind == .deadlinePassed && $0.path == "missions[0].deployed_on" } == warned)
        // Deployed by the as-of date: no warning.
        let deployed = try Self.t1(signedOn: "2024-01-10", deployedOn: "2025-06-01")
        #expect(!(try engine.validate(deployed, asOf: try Self.date(asOf))).contains { $0.kind == .deadlinePassed })
    }

    @Test("As of a date after the start deadline (2025-01-10), a mission that has not started (2025-03-10) is a warning",
          arguments: [("2025-01-09", false), ("2025-01-10", false), ("2025-01-11", true),
                      ("2025-03-09", true), ("2025-03-10", false), ("2025-03-11", false)])
    func startNotReached(_ asOf: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: "2024-01-10", startsOn: "2025-03-10")
        let warnings = try engine.validate(contract, asOf: try Self.date(asOf))
        #expect(warnings.contains { $0.kind == .deadlinePassed && $0.path == "missions[0].starts_on" } == warned)
    }

    @Test("Naming a rulebook not yet in force at signature is allowed, with a warning naming both dates",
          arguments: [("2022-03-31", true), ("2022-04-01", false), ("2022-04-02", false)])
    func rulebookNotYetInForce(_ signedOn: String, _ warned: Bool) throws {
        let contract = try Self.t1(signedOn: signedOn, rulebook: "aci-2019-av2")
        let warnings = try engine.validate(contract)
        #expect(warnings.contains { $0.kind == .rulebookNotYetInForce && $0.message.contains("2022-04-01") } == warned)
        // Named from the start: the start-up supplement at signature when eligible, never a catch-up too.
        #expect(!(try engine.funding(for: contract)).lines.contains { $0.rule == .startUpCatchUp })
    }
}
