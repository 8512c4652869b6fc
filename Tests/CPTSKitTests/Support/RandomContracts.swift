@testable import CPTSKit

/// Valid random contracts for property tests: sizes, start dates, budgets, payouts and results.
enum RandomContracts {
    static func make(using generator: inout SeededGenerator) throws -> ACIContract {
        let signedOn = try CalendarDate(dayNumber: Int.random(in: 19_100...21_000, using: &generator))
        // T1, T2 or T4: sizes whose national per-mission amounts are unknown, so any budget is valid.
        let population = Bool.random(using: &generator)
            ? Int.random(in: 5_000...79_999, using: &generator) : Int.random(in: 175_001...300_000, using: &generator)
        var missions: [EngagedMission] = []
        var nextID = 0
        for kind in MissionKind.allCases.shuffled(using: &generator).prefix(Int.random(in: 1...6, using: &generator)) {
            let startOffset = Bool.random(using: &generator) ? 0 : Int.random(in: 0...1_500, using: &generator)
            let start = try signedOn.adding(days: startOffset)
            let fixed = Euros(cents: Int64.random(in: 0...10_000_000, using: &generator))
            var indicators: [Indicator] = []
            var envelope: Int64 = 0
            if kind != .crisisResponse {
                for _ in 0..<Int.random(in: 0...6, using: &generator) {
                    nextID += 1
                    let amount = Int64.random(in: 1...1_000_000, using: &generator)
                    envelope += amount
                    indicators.append(try randomIndicator(id: "i\(nextID)", amount: amount, using: &generator))
                }
                envelope += Int64.random(in: 0...100_000, using: &generator)
            }
            let budget = MissionBudget(fixed: fixed, variable: kind == .crisisResponse ? nil : Euros(cents: envelope),
                                       activated: kind == .crisisResponse ? Euros(cents: Int64.random(in: 0...8_000_000, using: &generator)) : nil)
            missions.append(try EngagedMission(kind: kind, startsOn: start, budget: budget, indicators: indicators))
        }
        var results: [Int: [String: IndicatorResult]] = [:]
        let assessedYears = Int.random(in: 0...5, using: &generator)
        let probe = try ACIContract(cpts: try CPTS(name: "R", population: population), signedOn: signedOn, rulebookID: "aci-2019-av2",
                                    missions: missions)
        for year in 1...max(assessedYears, 1) where assessedYears > 0 {
            var yearResults: [String: IndicatorResult] = [:]
            for mission in missions where probe.startYearNumber(of: mission.startsOn ?? signedOn) <= year {
                for indicator in mission.indicators { yearResults[indicator.id] = randomResult(for: indicator, using: &generator) }
            }
            results[year] = yearResults
        }
        var crisisYears: Set<Int> = []
        if let crisis = missions.first(where: { $0.kind == .crisisResponse }) {
            let startYear = probe.startYearNumber(of: crisis.startsOn ?? signedOn)
            for year in startYear...5 where Bool.random(using: &generator) { crisisYears.insert(year) }
        }
        return try ACIContract(cpts: try CPTS(name: "R", population: population), signedOn: signedOn, rulebookID: "aci-2019-av2",
                               missions: missions, results: results, crisisYears: crisisYears)
    }

    static func randomIndicator(id: String, amount: Int64, using generator: inout SeededGenerator) throws -> Indicator {
        switch Int.random(in: 0...3, using: &generator) {
        case 0:
            return try Indicator(id: id, label: id, payout: .allOrNothing(amount: Euros(cents: amount)))
        case 1:
            return try Indicator(id: id, label: id, payout: .proportional(
                target: try Fraction(Int64.random(in: 1...10_000, using: &generator), Int64.random(in: 1...100, using: &generator)),
                amount: Euros(cents: amount)))
        default:
            let count = Int.random(in: 1...4, using: &generator)
            var reaches = Set<Int64>()
            while reaches.count < count { reaches.insert(Int64.random(in: 0...10_000, using: &generator)) }
            let higher = Bool.random(using: &generator)
            let ordered = reaches.sorted(by: higher ? (<) : (>))
            let tiers = ordered.enumerated().map { index, reach in
                Tier(reach: Fraction(reach), amount: Euros(cents: amount * Int64(index + 1) / Int64(count)))
            }
            return try Indicator(id: id, label: id, payout: .tiers(better: higher ? .higher : .lower, tiers: tiers.shuffled(using: &generator)))
        }
    }

    /// A result; half the time on purpose at a boundary of the payout — a tier's reach or the
    /// target, exactly, one unit or one hundredth below or above — where rules are easiest to get wrong.
    static func randomResult(for indicator: Indicator, using generator: inout SeededGenerator) -> IndicatorResult {
        let thresholds: [Fraction]
        switch indicator.payout {
        case .allOrNothing: return .achieved(Bool.random(using: &generator))
        case .proportional(let target, _): thresholds = [target]
        case .tiers(_, let tiers): thresholds = tiers.map(\.reach)
        }
        guard Bool.random(using: &generator), let threshold = thresholds.randomElement(using: &generator) else {
            return .measured(Fraction(Int64.random(in: 0...12_000, using: &generator)))
        }
        let nudges = [Fraction(0), Fraction(1), Fraction(-1), Fraction(unchecked: 1, 100), Fraction(unchecked: -1, 100)]
        let nudge = nudges.randomElement(using: &generator) ?? Fraction(0)
        guard let value = try? threshold.subtracting(nudge), !value.isNegative else { return .measured(threshold) }
        return .measured(value)
    }
}
