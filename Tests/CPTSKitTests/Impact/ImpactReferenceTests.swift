import Testing
import CPTSKitTesting
@testable import CPTSKit

/// `RulebookImpact` sums a plan's templates without writing lines or payments (`FundingPlan.totals`)
/// and reuses the baseline's years before the draft applies: every figure must equal what the
/// statements and the schedules of the reference path give.
@Suite("The impact equals the statements and schedules of both sides")
struct ImpactReferenceTests {
    /// One side of one contract as the reference path gives it.
    struct Side: Equatable {
        var years: [(total: Int64, maxTotal: Int64, rulebook: String)] = []
        var parts: [String: Int64] = [:]
        var payments: [Int: Int64] = [:]

        static func == (lhs: Side, rhs: Side) -> Bool {
            lhs.years.map(\.total) == rhs.years.map(\.total) && lhs.years.map(\.maxTotal) == rhs.years.map(\.maxTotal)
                && lhs.years.map(\.rulebook) == rhs.years.map(\.rulebook) && lhs.parts == rhs.parts && lhs.payments == rhs.payments
        }

        init() {}

        init(_ engine: FundingEngine, _ contract: ACIContract) throws {
            let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
            for statement in funding.years {
                years.append((statement.total.cents, statement.maxTotal.cents, statement.rulebook))
                for line in statement.lines where line.isSettled { parts[line.mission?.key ?? "fonctionnement", default: 0] += line.amount.cents }
            }
            for payment in schedule.payments where payment.amount != .zero { payments[payment.dueOn.year, default: 0] += payment.amount.cents }
        }
    }

    /// The same side read from an impact of one contract.
    static func side(_ impact: RulebookImpact, scenario: Bool) -> Side {
        var side = Side()
        for year in impact.contracts[0].years {
            guard let rulebook = scenario ? year.scenarioRulebook : year.baselineRulebook else { continue }
            let total = scenario ? year.total.scenario : year.total.baseline
            let best = scenario ? year.bestCase.scenario : year.bestCase.baseline
            side.years.append((total.cents, best.cents, rulebook))
        }
        func pick(_ amount: ImpactAmount) -> Int64 { (scenario ? amount.scenario : amount.baseline).cents }
        if pick(impact.fonctionnement) != 0 { side.parts["fonctionnement"] = pick(impact.fonctionnement) }
        for (kind, amount) in impact.byMission where pick(amount) != 0 { side.parts[kind.key] = pick(amount) }
        for (year, amount) in impact.byPaymentYear where pick(amount) != 0 { side.payments[year] = pick(amount) }
        return side
    }

    /// Drafts that reach contracts in different ways: a later date with changed figures, an early
    /// date, new start-up amounts (a catch-up), a changed rounding and proration, a neutral one.
    static let drafts: [(String, String)] = [
        ("2023-06-01", #""fonctionnement.annual.T1": {"value": "52500.50", "source": "h", "confidence": "I"}, "fonctionnement.annual.T4": {"value": "95000.01", "source": "h", "confidence": "I"}"#),
        ("2021-01-15", #""fonctionnement.annual.T2": {"value": "61000", "source": "h", "confidence": "I"}, "payment.advance_share": {"value": "0.8", "source": "h", "confidence": "I"}"#),
        ("2022-09-01", #""fonctionnement.start_up.T1": {"value": "99999.99", "source": "h", "confidence": "I"}, "fonctionnement.start_up.window_end": {"value": "2024-12-31", "source": "h", "confidence": "I"}"#),
        ("2024-02-29", #""payment.rounding": {"value": "toward_zero", "source": "h", "confidence": "I"}, "proration.basis": {"value": "30/360", "source": "h", "confidence": "I"}"#),
        ("2023-01-01", ""),
    ]

    @Test("Per year, per mission and per calendar year of payment, both sides equal the reference path",
          arguments: drafts.indices)
    func equalsReferencePath(_ index: Int) throws {
        let (date, figures) = Self.drafts[index]
        let document = try RulebookDocument(jsonText: """
            {"format": "cpts-rulebook/1", "id": "draft-ref", "title": "Hypothèse", "extends": "aci-2019-av2",
             "effective_on": "\(date)", "figures": {\(figures)}}
            """)
        let baseline = FundingEngine(), scenario = FundingEngine(registry: try RulebookRegistry.standard.adding([document]))
        var generator = SeededGenerator(seed: 300 + UInt64(index))
        var compared = 0, reached = 0
        for round in 0..<120 {
            let contract = round % 3 == 0 ? try RandomContracts.make(using: &generator) : try RandomAmendedContracts.make(using: &generator)
            var impact = RulebookImpact(draft: "draft-ref", baseline: baseline, scenario: scenario)
            let expectedBase: Side, expectedScenario: Side
            do {
                expectedBase = try Side(baseline, contract)
                expectedScenario = try Side(scenario, contract)
            } catch {
                #expect(throws: CPTSKitError.self) { try impact.add(contract) }
                continue
            }
            try impact.add(contract)
            #expect(Self.side(impact, scenario: false) == expectedBase, "round \(round), baseline")
            #expect(Self.side(impact, scenario: true) == expectedScenario, "round \(round), scenario")
            compared += 1
            if impact.reached > 0 { reached += 1 }
        }
        #expect(compared > 60)
        #expect(reached > 10)
    }
}
