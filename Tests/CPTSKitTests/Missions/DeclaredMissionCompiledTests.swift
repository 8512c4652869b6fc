import Testing
@testable import CPTSKit

/// Random contracts engaging a mission a draft declares — figures by contract year, an activation
/// part, envelopes prorated or not, a rounding rule of the draft's own, terminations — computed in
/// the compiled columns and by the reference path, to the cent, never falling back.
@Suite("A declared mission on the compiled path")
struct DeclaredMissionCompiledTests {
    static func draft(prorating: Bool, rounding: RoundingRule, using generator: inout SeededGenerator) throws -> FundingEngine {
        func values(_ range: ClosedRange<Int>) -> String {
            (0..<5).map { _ in "\"\(Int.random(in: range, using: &generator))\"" }.joined(separator: ", ")
        }
        var figures: [String] = []
        for size in ["T1", "T2", "T3", "T4"] {
            figures.append(#""mission.renfort.fixed.\#(size)": {"value": [\#(values(5_000...15_000))], "source": "h", "confidence": "I"}"#)
            figures.append(#""mission.renfort.variable.\#(size)": {"value": [\#(values(30_000...40_000))], "source": "h", "confidence": "I"}"#)
            figures.append(#""mission.renfort.activated.\#(size)": {"value": "\#(Int.random(in: 1_000...9_000, using: &generator))", "source": "h", "confidence": "I"}"#)
        }
        figures.append(#""proration.variable_envelope": {"value": \#(prorating), "source": "h", "confidence": "I"}"#)
        figures.append(#""payment.rounding": {"value": "\#(rounding.rawValue)", "source": "h", "confidence": "I"}"#)
        let text = #"{"format": "cpts-rulebook/1", "id": "projet-renfort", "title": "Projet (fictif)", "extends": "aci-2019-av2", "#
            + #""effective_on": "2026-07-01", "missions": {"renfort": {"label": {"fr": "Renfort", "en": "Reinforcement"}, "#
            + #""kind": "optional", "parts": ["fixed", "variable", "activation"]}}, "figures": {\#(figures.joined(separator: ", "))}}"#
        return FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]))
    }

    /// A random indicator: all or nothing, tiers (up to six, either direction) or proportional.
    static func indicator(_ id: String, using generator: inout SeededGenerator) throws -> Indicator {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            return try Indicator(id: id, label: id, payout: .allOrNothing(amount: Euros(cents: Int64.random(in: 100_000...500_000, using: &generator))))
        case 1:
            let count = Int.random(in: 1...6, using: &generator)
            let reaches = Set((0..<count).map { _ in Int64.random(in: 1_000...9_000, using: &generator) }).sorted()
            let better: Payout.Direction = Bool.random(using: &generator) ? .higher : .lower
            let tiers = reaches.enumerated().map { index, reach in
                // Harder tiers pay more: the highest reaches when higher is better, the lowest when lower is.
                let rank = better == .higher ? index + 1 : reaches.count - index
                return Tier(reach: (try? Fraction(reach, 100)) ?? .zero, amount: Euros(cents: Int64(rank) * 100_001))
            }
            return try Indicator(id: id, label: id, payout: .tiers(better: better, tiers: tiers.shuffled(using: &generator)))
        default:
            return try Indicator(id: id, label: id, payout: .proportional(target: Fraction(Int64.random(in: 3...700, using: &generator)),
                                                                          amount: Euros(cents: Int64.random(in: 1...500_000, using: &generator))))
        }
    }

    /// A result at, just below or just above a boundary of the payout.
    static func result(for payout: Payout, using generator: inout SeededGenerator) -> IndicatorResult {
        let offsets = [Int64(0), -1, 1]
        let offset = offsets.randomElement(using: &generator) ?? 0
        switch payout {
        case .allOrNothing: return .achieved(Bool.random(using: &generator))
        case .tiers(_, let tiers):
            let reach = tiers.randomElement(using: &generator)?.reach ?? .zero
            return .measured((try? Fraction(reach.numerator * 100 / reach.denominator + offset, 100)) ?? reach)
        case .proportional(let target, _):
            return .measured(Fraction(max(0, target.numerator + offset)))
        }
    }

    @Test("Random contracts under a random draft: compiled = reference, every contract in the columns")
    func random() throws {
        var generator = SeededGenerator(seed: 1087)
        let kind = try MissionKind(key: "renfort")
        var terminated = 0, activated = 0, prorated = 0
        for round in 0..<160 {
            let engine = try Self.draft(prorating: round % 2 == 0, rounding: RoundingRule.allCases[round % 4], using: &generator)
            let signedOn = try CalendarDate(dayNumber: Int.random(in: CalendarDate(unchecked: 2025, 1, 1).dayNumber...CalendarDate(unchecked: 2026, 6, 30).dayNumber,
                                                                  using: &generator))
            let changes: RulebookChanges = Bool.random(using: &generator) ? .effectiveDate : .nextAnniversary
            let years = ACIContract.years(from: signedOn)
            let reached = changes == .effectiveDate ? CalendarDate(unchecked: 2026, 7, 1)
                : years.map(\.start).first { $0 >= CalendarDate(unchecked: 2026, 7, 1) } ?? years[years.count - 1].start
            let start = try reached.adding(days: Int.random(in: 0...300, using: &generator))
            let indicators = try (0..<Int.random(in: 1...3, using: &generator)).map { try Self.indicator("r\($0)", using: &generator) }
            let mission = try EngagedMission(kind: kind, startsOn: start, indicators: indicators)
            var amendments: [Amendment] = []
            if Bool.random(using: &generator) {
                let day = try start.adding(days: Int.random(in: 30...900, using: &generator))
                if day < years[years.count - 1].end {
                    amendments.append(try Amendment(effectiveOn: day, change: .termination))
                    terminated += 1
                }
            }
            let end = amendments.first?.effectiveOn ?? years[years.count - 1].end
            let startYear = years.firstIndex { $0.contains(start) }.map { $0 + 1 } ?? 1
            let active = years.filter { $0.start < end }.map(\.number).filter { $0 >= startYear }
            var results: [Int: [String: IndicatorResult]] = [:]
            for year in active where Bool.random(using: &generator) {
                results[year] = Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, Self.result(for: $0.payout, using: &generator)) })
            }
            let activations = Set(active.filter { _ in Bool.random(using: &generator) })
            activated += activations.count
            let contract = try ACIContract(cpts: try CPTS(name: "CPTS Renfort", population: [20_000, 60_000, 100_000, 200_000][round % 4]),
                                           signedOn: signedOn, missions: [mission],
                                           results: results, activations: activations.isEmpty ? [:] : [kind: activations],
                                           rulebookChanges: changes, amendments: amendments)
            try CompiledContractTests.expectSame(contract, engine: engine)
            #expect(!(try CompiledContract(contract, engine: engine)).usesReferencePath)
            let plan = try FundingPlan(contract: contract, rulebook: try engine.rulebook(for: contract), registry: engine.registry)
            if plan.recipe.templates.contains(where: { $0.kind == .indicator && $0.firstShare != .one }) { prorated += 1 }
        }
        #expect(terminated > 40 && activated > 100 && prorated > 20, "\(terminated) terminated, \(activated) activations, \(prorated) prorated")
    }
}
