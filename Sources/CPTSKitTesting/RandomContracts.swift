import CPTSKit

/// Valid random contracts, for property tests of an integration: sizes T1, T2 and T4 (whose
/// national per-mission amounts are unknown, so any budget is valid), 1 to 6 missions starting at
/// signature or later, every payout kind, 0 to 5 assessed years, crises.
///
/// Half of the measured results sit on purpose at a boundary of their payout — a tier's reach or
/// the target, exactly, one unit or one hundredth below or above — where rules are easiest to get
/// wrong.
public enum RandomContracts {
    /// A random valid contract.
    ///
    /// - Parameter generator: The seeded generator, advanced.
    /// - Returns: The contract.
    /// - Throws: `CPTSKitError` only if a generated value were refused (a test checks thousands).
    public static func make<Generator: RandomNumberGenerator>(using generator: inout Generator) throws(CPTSKitError) -> ACIContract {
        let signedOn = try CalendarDate(dayNumber: Int.random(in: 19_100...21_000, using: &generator))
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
                    indicators.append(try indicator(id: "i\(nextID)", amount: amount, using: &generator))
                }
                envelope += Int64.random(in: 0...100_000, using: &generator)
            }
            let budget = MissionBudget(fixed: fixed, variable: kind == .crisisResponse ? nil : Euros(cents: envelope),
                                       activated: kind == .crisisResponse ? Euros(cents: Int64.random(in: 0...8_000_000, using: &generator)) : nil)
            missions.append(try EngagedMission(kind: kind, startsOn: start, budget: budget, indicators: indicators))
        }
        let probe = try ACIContract(cpts: try CPTS(name: "R", population: population), signedOn: signedOn, rulebookID: "aci-2019-av2",
                                    missions: missions)
        func startYear(_ date: CalendarDate) -> Int { probe.years.first { $0.contains(date) }?.number ?? probe.years.count }
        var results: [Int: [String: IndicatorResult]] = [:]
        let assessedYears = Int.random(in: 0...5, using: &generator)
        for year in 1...max(assessedYears, 1) where assessedYears > 0 {
            var yearResults: [String: IndicatorResult] = [:]
            for mission in missions where startYear(mission.startsOn ?? signedOn) <= year {
                for indicator in mission.indicators { yearResults[indicator.id] = result(for: indicator, using: &generator) }
            }
            results[year] = yearResults
        }
        var crisisYears: Set<Int> = []
        if let crisis = missions.first(where: { $0.kind == .crisisResponse }) {
            for year in startYear(crisis.startsOn ?? signedOn)...5 where Bool.random(using: &generator) { crisisYears.insert(year) }
        }
        return try ACIContract(cpts: try CPTS(name: "R", population: population), signedOn: signedOn, rulebookID: "aci-2019-av2",
                               missions: missions, results: results, crisisYears: crisisYears)
    }

    /// A random indicator of any payout kind, best case `amount` cents.
    ///
    /// - Parameters:
    ///   - id: Its id.
    ///   - amount: Its best-case amount, in cents.
    ///   - generator: The seeded generator, advanced.
    /// - Returns: The indicator.
    /// - Throws: `CPTSKitError` only if a generated value were refused.
    public static func indicator<Generator: RandomNumberGenerator>(id: String, amount: Int64, using generator: inout Generator)
        throws(CPTSKitError) -> Indicator
    {
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

    /// A random result for an indicator; half the time at a boundary of its payout.
    ///
    /// - Parameters:
    ///   - indicator: The indicator.
    ///   - generator: The seeded generator, advanced.
    /// - Returns: A result of the indicator's kind.
    public static func result<Generator: RandomNumberGenerator>(for indicator: Indicator, using generator: inout Generator) -> IndicatorResult {
        let thresholds: [Fraction]
        switch indicator.payout {
        case .allOrNothing: return .achieved(Bool.random(using: &generator))
        case .proportional(let target, _): thresholds = [target]
        case .tiers(_, let tiers): thresholds = tiers.map(\.reach)
        }
        guard Bool.random(using: &generator), let threshold = thresholds.randomElement(using: &generator) else {
            return .measured(Fraction(Int64.random(in: 0...12_000, using: &generator)))
        }
        let hundredth = (try? Fraction(1, 100)) ?? .zero
        let minusHundredth = (try? Fraction(-1, 100)) ?? .zero
        let nudges = [Fraction(0), Fraction(1), Fraction(-1), hundredth, minusHundredth]
        let nudge = nudges.randomElement(using: &generator) ?? Fraction(0)
        guard let value = try? threshold.subtracting(nudge), !value.isNegative else { return .measured(threshold) }
        return .measured(value)
    }
}
