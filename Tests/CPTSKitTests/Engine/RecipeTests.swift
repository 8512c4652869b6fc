import Testing
@testable import CPTSKit
import CPTSKitExamples

/// The recipe — the plan's line templates — drives both paths: every line kind and payout kind is
/// checked on the reference and the compiled path by construction, not left to a random draw.
@Suite("One recipe: every line kind, on both paths, by construction")
struct RecipeTests {
    static let id = "i"

    /// A one-indicator contract (T1, signed 2024-02-29, the mission starting at signature).
    static func withIndicator(_ payout: Payout, result: IndicatorResult?) throws -> ACIContract {
        try ContractFixtures.single(indicators: [try Indicator(id: id, label: "indicateur", payout: payout)],
                                    results: result.map { [1: [id: $0]] } ?? [:])
    }

    /// A contract whose statements hold a line of this template kind; the `switch` is exhaustive,
    /// so a new kind does not compile until it has its contract here.
    static func contract(producing kind: LineTemplate.Kind) throws -> ACIContract {
        switch kind {
        case .fonctionnement, .fixedPart: try ContractFixtures.fullT3()
        case .startUpSupplement: try ContractFixtures.fullT3(signedOn: "2021-06-01")
        case .crisisActivation: try ContractFixtures.fullT3(crisisYears: [2, 4])
        case .indicator: try ContractFixtures.fullT3(assessed: [1: true, 2: false])
        }
    }

    /// A contract whose statements hold a line of this rule (every payout kind is a rule).
    static func contract(producing rule: FundingRule) throws -> ACIContract {
        switch rule {
        case .fonctionnementAnnual, .fixedPart: try ContractFixtures.fullT3()
        case .startUpSupplement: try ContractFixtures.fullT3(signedOn: "2021-06-01")
        case .startUpCatchUp: try ContractFixtures.single(.accessToCare, population: 100_000, signedOn: "2021-06-01")
        case .fonctionnementProrated: try ContractFixtures.terminated(on: "2025-07-10")
        case .fixedPartProrated: try ContractFixtures.single(startsOn: "2024-09-17")
        case .crisisActivation: try ContractFixtures.fullT3(crisisYears: [3])
        case .indicatorAllOrNothing: try ContractFixtures.fullT3(assessed: [1: true])
        case .indicatorTiersHigher:
            try withIndicator(.tiers(better: .higher, tiers: [Tier(reach: Fraction(70), amount: ContractFixtures.euros(1_000))]),
                              result: .measured(Fraction(75)))
        case .indicatorTiersLower:
            try withIndicator(.tiers(better: .lower, tiers: [Tier(reach: Fraction(100), amount: ContractFixtures.euros(1_000))]),
                              result: .measured(Fraction(90)))
        case .indicatorProportional:
            try withIndicator(.proportional(target: Fraction(700), amount: ContractFixtures.euros(5_000)),
                              result: .measured(Fraction(350)))
        }
    }

    @Test("Every template kind is laid out by the compiled path, equal to the reference path",
          arguments: LineTemplate.Kind.allCases)
    func everyTemplateKind(_ kind: LineTemplate.Kind) throws {
        let contract = try Self.contract(producing: kind)
        let plan = try FundingPlan(contract: contract, rulebook: try FundingEngine().rulebook(for: contract))
        #expect(plan.recipe.templates.contains { $0.kind == kind })
        // Fails when the engine can produce a kind the compiled path leaves to the reference path.
        #expect(!(try CompiledContract(contract)).usesReferencePath)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Every rule, and so every payout kind, is on both paths and equal", arguments: FundingRule.allCases)
    func everyRule(_ rule: FundingRule) throws {
        let contract = try Self.contract(producing: rule)
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.years.contains { $0.lines.contains { $0.rule == rule } })
        // Contracts over time too (a catch-up, a termination's prorated year): laid out in the columns.
        #expect(!(try CompiledContract(contract)).usesReferencePath)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("Templates are the statement: each year's lines are the templates appearing in it, in order")
    func templatesAreTheStatement() throws {
        for contract in [try ContractFixtures.fullT3(signedOn: "2021-06-01", assessed: [1: true], crisisYears: [2]),
                         try BundledExample.lorientLittoral.contract(), try BundledExample.ploermel.contract()] {
            let engine = FundingEngine()
            let plan = try FundingPlan(contract: contract, rulebook: try engine.rulebook(for: contract))
            for statement in try engine.funding(for: contract).years {
                let n = statement.year.number
                let expected = plan.recipe.templates.filter { $0.appears(in: n) }
                #expect(statement.lines.map(\.part) == expected.map(\.part))
                #expect(statement.lines.map(\.mission) == expected.map(\.mission))
                #expect(statement.lines.map(\.rule) == expected.map { $0.rule(in: n) })
            }
        }
    }
}

/// Every comparison of the rules at, just below and just above its boundary, on both paths.
@Suite("Boundaries, on the reference and the compiled path")
struct BoundaryTests {
    struct TierCase: Sendable, CustomTestStringConvertible {
        let better: Payout.Direction
        let result: String
        let expectedEuros: Int64
        let tierReached: Int?
        var testDescription: String { "\(better) \(result) → \(expectedEuros) €" }
    }

    /// Higher is better: ≥ 70 pays 1 000 €, ≥ 80 pays 2 500 €. Lower is better: ≤ 100 pays
    /// 1 000 €, ≤ 50 pays 2 500 €. Tiers listed hardest first, so positions are checked too.
    static let tierCases: [TierCase] = [
        .init(better: .higher, result: "69.99", expectedEuros: 0, tierReached: nil),
        .init(better: .higher, result: "70", expectedEuros: 1_000, tierReached: 1),
        .init(better: .higher, result: "70.01", expectedEuros: 1_000, tierReached: 1),
        .init(better: .higher, result: "79.99", expectedEuros: 1_000, tierReached: 1),
        .init(better: .higher, result: "80", expectedEuros: 2_500, tierReached: 0),
        .init(better: .higher, result: "80.01", expectedEuros: 2_500, tierReached: 0),
        .init(better: .lower, result: "100.01", expectedEuros: 0, tierReached: nil),
        .init(better: .lower, result: "100", expectedEuros: 1_000, tierReached: 1),
        .init(better: .lower, result: "99.99", expectedEuros: 1_000, tierReached: 1),
        .init(better: .lower, result: "50.01", expectedEuros: 1_000, tierReached: 1),
        .init(better: .lower, result: "50", expectedEuros: 2_500, tierReached: 0),
        .init(better: .lower, result: "49.99", expectedEuros: 2_500, tierReached: 0),
    ]

    @Test("A tier is reached at its threshold, not just before it, in both directions", arguments: tierCases)
    func tiers(_ c: TierCase) throws {
        let tiers = c.better == .higher
            ? [Tier(reach: Fraction(80), amount: ContractFixtures.euros(2_500)), Tier(reach: Fraction(70), amount: ContractFixtures.euros(1_000))]
            : [Tier(reach: Fraction(50), amount: ContractFixtures.euros(2_500)), Tier(reach: Fraction(100), amount: ContractFixtures.euros(1_000))]
        let contract = try RecipeTests.withIndicator(.tiers(better: c.better, tiers: tiers),
                                                     result: .measured(try Fraction(parsing: c.result)))
        let line = try #require(try FundingEngine().funding(for: contract).years[0].lines.first { $0.indicator == RecipeTests.id })
        #expect(line.amount == ContractFixtures.euros(c.expectedEuros))
        #expect(line.tierReached == c.tierReached)
        #expect(!(try CompiledContract(contract)).usesReferencePath)
        try CompiledContractTests.expectSame(contract)
    }

    struct HalfCentCase: Sendable, CustomTestStringConvertible {
        let cents: Int64
        let rule: RoundingRule
        let expected: Int64
        var testDescription: String { "\(cents) c × 1/2, \(rule) → \(expected)" }
    }

    /// Amounts that land on half a cent: `cents × 1/2` by a proportional payout.
    static let halfCentCases: [HalfCentCase] = [
        .init(cents: 1, rule: .toNearestOrAwayFromZero, expected: 1), .init(cents: 1, rule: .toNearestOrEven, expected: 0),
        .init(cents: 1, rule: .towardZero, expected: 0), .init(cents: 1, rule: .awayFromZero, expected: 1),
        .init(cents: 3, rule: .toNearestOrAwayFromZero, expected: 2), .init(cents: 3, rule: .toNearestOrEven, expected: 2),
        .init(cents: 3, rule: .towardZero, expected: 1), .init(cents: 3, rule: .awayFromZero, expected: 2),
        .init(cents: 101, rule: .toNearestOrAwayFromZero, expected: 51), .init(cents: 101, rule: .toNearestOrEven, expected: 50),
        .init(cents: 101, rule: .towardZero, expected: 50), .init(cents: 101, rule: .awayFromZero, expected: 51),
        .init(cents: 102, rule: .toNearestOrEven, expected: 51), .init(cents: 102, rule: .towardZero, expected: 51),
    ]

    static func rulebook(rounding: RoundingRule) -> Rulebook {
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.rounding.value = rounding
        return rulebook
    }

    @Test("A proportional payout on half a cent rounds by the rulebook's rule", arguments: halfCentCases)
    func halfCentProportional(_ c: HalfCentCase) throws {
        let contract = try RecipeTests.withIndicator(.proportional(target: Fraction(2), amount: Euros(cents: c.cents)),
                                                     result: .measured(Fraction(1)))
        let rulebook = Self.rulebook(rounding: c.rule)
        let line = try #require(try FundingEngine().funding(for: contract, rulebook: rulebook).years[0].lines
            .first { $0.indicator == RecipeTests.id })
        #expect(line.amount.cents == c.expected)
        #expect(!(try CompiledContract(contract, rulebook: rulebook)).usesReferencePath)
        try CompiledContractTests.expectSame(contract, rulebook: rulebook)
    }

    @Test("A prorated fixed part on half a cent (1,83 € × 365/366) rounds by the rulebook's rule",
          arguments: [(RoundingRule.toNearestOrAwayFromZero, Int64(183)), (RoundingRule.toNearestOrEven, Int64(182)),
                      (RoundingRule.towardZero, Int64(182)), (RoundingRule.awayFromZero, Int64(183))])
    func halfCentProrata(_ rule: RoundingRule, _ expected: Int64) throws {
        // Year 1 runs from 2023-06-01 to 2024-06-01: 366 days; the mission starts one day in.
        let mission = try EngagedMission(kind: .prevention, startsOn: try CalendarDate(parsing: "2023-06-02"),
                                         budget: MissionBudget(fixed: Euros(cents: 183), variable: Euros(cents: 0)))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Test", population: 60_382),
                                       signedOn: try CalendarDate(parsing: "2023-06-01"), missions: [mission])
        let rulebook = Self.rulebook(rounding: rule)
        let line = try #require(try FundingEngine().funding(for: contract, rulebook: rulebook).years[0].lines
            .first { $0.part == .fixed })
        #expect(line.rate == (try Fraction(365, 366)))
        #expect(line.amount.cents == expected)
        try CompiledContractTests.expectSame(contract, rulebook: rulebook)
    }

    @Test("A proportional payout is capped at its target: just below, at and just above",
          arguments: [(Int64(699), Int64(499_286)), (Int64(700), Int64(500_000)), (Int64(701), Int64(500_000))])
    func proportionalTarget(_ result: Int64, _ expected: Int64) throws {
        let contract = try RecipeTests.withIndicator(.proportional(target: Fraction(700), amount: ContractFixtures.euros(5_000)),
                                                     result: .measured(Fraction(result)))
        let line = try #require(try FundingEngine().funding(for: contract).years[0].lines.first { $0.indicator == RecipeTests.id })
        #expect(line.amount.cents == expected)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("The yearly maximum warns above it, not at it", arguments: [(Int64(-1), true), (Int64(0), false), (Int64(1), false)])
    func yearlyMaximum(_ offset: Int64, _ warns: Bool) throws {
        let contract = try ContractFixtures.fullT3()
        let reached = try FundingEngine().funding(for: contract).years[1].maxTotal
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.yearlyMaximum.t3 = Figure(Euros(cents: reached.cents + offset), source: SourceReference("TEST", "test"),
                                           confidence: .inferred, section: "§3")
        let statement = try FundingEngine().funding(for: contract, rulebook: rulebook).years[1]
        #expect(statement.warnings.contains { $0.kind == .aboveYearlyMaximum } == warns)
        #expect(try CompiledContract(contract, rulebook: rulebook).maxTotal(year: 2) == reached)
        try CompiledContractTests.expectSame(contract, rulebook: rulebook)
    }

    @Test("The start-up supplement reaches signatures up to the last day of its window (2021-12-31)",
          arguments: [("2021-12-30", true), ("2021-12-31", true), ("2022-01-01", false)])
    func startUpWindow(_ signedOn: String, _ eligible: Bool) throws {
        let contract = try ContractFixtures.fullT3(signedOn: signedOn)
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.years[0].lines.contains { $0.part == .startUpSupplement } == eligible)
        #expect(try CompiledContract(contract).total(year: 1) == funding.years[0].total)
        try CompiledContractTests.expectSame(contract)
    }
}

/// The comparisons of the plan — size class, start deadline, prorata — at, below and above their
/// boundaries; the plan is shared, and the compiled path must agree with the reference on each.
@Suite("Plan boundaries, on the reference and the compiled path")
struct PlanBoundaryTests {
    /// A one-mission contract with small budgets, valid for every size class.
    static func contract(population: Int = 60_382, kind: MissionKind = .prevention, startsOn: String? = nil) throws -> ACIContract {
        let mission = try EngagedMission(kind: kind, startsOn: try startsOn.map(ContractFixtures.date),
                                         budget: MissionBudget(fixed: ContractFixtures.euros(1_000), variable: ContractFixtures.euros(500)))
        return try ACIContract(cpts: try CPTS(name: "CPTS Test", population: population),
                               signedOn: try ContractFixtures.date("2024-02-29"), missions: [mission])
    }

    @Test("Size classes at, below and above each threshold (40 000 and 80 000 upper, 175 000 lower)",
          arguments: [(39_999, SizeClass.t1), (40_000, .t2), (40_001, .t2), (79_999, .t2), (80_000, .t3), (80_001, .t3),
                      (174_999, .t3), (175_000, .t3), (175_001, .t4)])
    func sizeClass(_ population: Int, _ expected: SizeClass) throws {
        let contract = try Self.contract(population: population)
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.sizeClass == expected)
        let annual = try #require(Rulebook.aci2019Avenant2.fonctionnement[expected].value)
        #expect(funding.years[1].lines.first { $0.part == .annual }?.amount == annual)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A socle mission's start deadline (6 months for access to care) warns only after it",
          arguments: [("2024-08-28", false), ("2024-08-29", false), ("2024-08-30", true)])
    func startDeadline(_ startsOn: String, _ warns: Bool) throws {
        let contract = try Self.contract(kind: .accessToCare, startsOn: startsOn)
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.warnings.contains { $0.kind == .startDeadlineMissed } == warns)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A mission starting with its contract year is not prorated; a day later it is",
          arguments: [("2024-02-29", false), ("2024-03-01", true), ("2025-02-28", false), ("2025-03-01", true)])
    func prorata(_ startsOn: String, _ prorated: Bool) throws {
        let contract = try Self.contract(startsOn: startsOn)
        let funding = try FundingEngine().funding(for: contract)
        let fixed = try #require(funding.years.lazy.compactMap { $0.lines.first { $0.part == .fixed } }.first)
        #expect((fixed.rule == .fixedPartProrated) == prorated)
        #expect((fixed.rate != .one) == prorated)
        try CompiledContractTests.expectSame(contract)
    }
}
