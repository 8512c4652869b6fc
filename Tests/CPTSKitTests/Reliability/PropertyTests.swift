import Testing
import CPTSKitTesting
@testable import CPTSKit

/// Laws every statement obeys, checked on hundreds of seeded random contracts.
@Suite("Properties of the engine")
struct PropertyTests {
    let engine = FundingEngine()

    @Test("A better result never pays less")
    func monotonicPayouts() throws {
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<500 {
            let indicator = try RandomContracts.indicator(id: "x", amount: Int64.random(in: 1...1_000_000, using: &generator),
                                                              using: &generator)
            let a = Int64.random(in: 0...12_000, using: &generator), b = Int64.random(in: 0...12_000, using: &generator)
            let (worse, better): (Int64, Int64)
            if case .tiers(.lower, _) = indicator.payout { (worse, better) = (max(a, b), min(a, b)) } else { (worse, better) = (min(a, b), max(a, b)) }
            switch indicator.payout {
            case .allOrNothing:
                #expect(try indicator.payment(for: .achieved(false), rounding: .toNearestOrAwayFromZero).amount
                    <= indicator.payment(for: .achieved(true), rounding: .toNearestOrAwayFromZero).amount)
            default:
                let low = try indicator.payment(for: .measured(Fraction(worse)), rounding: .toNearestOrAwayFromZero).amount
                let high = try indicator.payment(for: .measured(Fraction(better)), rounding: .toNearestOrAwayFromZero).amount
                #expect(low <= high)
                #expect(high <= indicator.payout.bestCase)
            }
        }
    }

    @Test("Raising a budget never lowers a statement")
    func budgetMonotonic() throws {
        var generator = SeededGenerator(seed: 2)
        for _ in 0..<200 {
            let contract = try RandomContracts.make(using: &generator)
            let index = Int.random(in: 0..<contract.missions.count, using: &generator)
            let mission = contract.missions[index]
            let raise = Euros(cents: Int64.random(in: 0...5_000_000, using: &generator))
            var budget = mission.budget
            budget.fixed = try (budget.fixed ?? .zero).adding(raise)
            if mission.kind == .crisisResponse { budget.activated = try (budget.activated ?? .zero).adding(raise) }
            if mission.kind != .crisisResponse { budget.variable = try (budget.variable ?? .zero).adding(raise) }
            var missions = contract.missions
            missions[index] = try EngagedMission(kind: mission.kind, startsOn: mission.startsOn, budget: budget,
                                                 indicators: mission.indicators, themes: mission.themes, pathways: mission.pathways)
            let raised = try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: contract.rulebookID,
                                         missions: missions, results: contract.results, crisisYears: contract.crisisYears)
            let before = try engine.funding(for: contract), after = try engine.funding(for: raised)
            for (old, new) in zip(before.years, after.years) {
                #expect(old.total <= new.total)
                #expect(old.maxTotal <= new.maxTotal)
            }
        }
    }

    @Test("Statements do not depend on the order of missions and indicators")
    func orderInvariance() throws {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            let contract = try RandomContracts.make(using: &generator)
            let shuffled = try contract.missions.shuffled(using: &generator).map {
                try EngagedMission(kind: $0.kind, startsOn: $0.startsOn, budget: $0.budget,
                                   indicators: $0.indicators.shuffled(using: &generator), themes: $0.themes, pathways: $0.pathways)
            }
            let reordered = try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: contract.rulebookID,
                                            missions: shuffled, results: contract.results, crisisYears: contract.crisisYears)
            let a = try engine.funding(for: contract), b = try engine.funding(for: reordered)
            for (x, y) in zip(a.years, b.years) {
                #expect(x.total == y.total)
                #expect(x.maxTotal == y.maxTotal)
                func key(_ line: FundingLine) -> String { "\(line.mission?.key ?? "")|\(line.part)|\(line.indicator ?? "")|\(line.amount.cents)" }
                #expect(x.lines.map(key).sorted() == y.lines.map(key).sorted())
            }
            #expect(try engine.schedule(for: reordered).total == b.total)
        }
    }

    @Test("Absurd amounts overflow into an error, never a wrapped total")
    func overflow() throws {
        let huge = Euros(cents: Int64.max / 2 + 1)
        let missions = try [MissionKind.prevention, .carePathways].map {
            try EngagedMission(kind: $0, budget: MissionBudget(fixed: huge, variable: .zero))
        }
        let contract = try ACIContract(cpts: try CPTS(name: "X", population: 50_000), signedOn: try CalendarDate(parsing: "2025-01-01"),
                                       missions: missions)
        let error = #expect(throws: CPTSKitError.self) { try engine.funding(for: contract) }
        #expect(error?.kind == .overflow)
        #expect(throws: CPTSKitError.self) { try CompiledContract(contract) }
        let text = #"{"format": "cpts-contract/1", "cpts": {"name": "X", "population": 50000}, "signed_on": "2025-01-01", "#
            + #""missions": [{"mission": "prevention", "budget": {"fixed": "92233720368547758.07", "variable": "1"}}]}"#
        let big = try ACIContract(jsonText: text)
        #expect(throws: CPTSKitError.self) { try engine.funding(for: big) }
    }
}
