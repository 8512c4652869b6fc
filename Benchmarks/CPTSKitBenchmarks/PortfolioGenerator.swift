import CPTSKit

/// A deterministic generator of valid, realistic contracts for the benchmarks.
///
/// Two shapes: the **anchor** shape of the OpenFisca comparison (every contract-year is
/// *fonctionnement* + 6 missions × (fixed part + 4 indicators), one indicator of each payout
/// kind per mission) and the **realistic** mix (4–6 missions, 3–15 indicators each, every payout
/// kind, some pending years, some mid-year starts). Size classes are drawn uniformly over T1–T4:
/// the national mix is not in the domain reference, so none is invented.
struct PortfolioGenerator: RandomNumberGenerator {
    enum Shape: String { case anchor, realistic }

    private var state: UInt64
    let shape: Shape

    init(seed: UInt64, shape: Shape) {
        state = seed
        self.shape = shape
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let populations = [30_000, 60_000, 110_000, 200_000]

    mutating func contract(number: Int) throws -> ACIContract {
        let population = Self.populations[Int.random(in: 0..<4, using: &self)] + Int.random(in: -5_000...5_000, using: &self)
        let signedOn = try CalendarDate(dayNumber: Int.random(in: 19_300...20_400, using: &self))
        let kinds: [MissionKind]
        if shape == .anchor {
            kinds = MissionKind.allCases
        } else {
            kinds = Array(MissionKind.allCases.shuffled(using: &self).prefix(Int.random(in: 4...6, using: &self)))
        }
        var missions: [EngagedMission] = []
        var indicatorCounter = 0
        let size = Rulebook.aci2019Avenant2.sizeClass(population: population)
        for kind in kinds {
            let midYear = shape == .realistic && Int.random(in: 0..<3, using: &self) == 0
            let start = midYear ? try signedOn.adding(days: Int.random(in: 1...500, using: &self)) : signedOn
            let count = kind == .crisisResponse ? 0 : (shape == .anchor ? 4 : Int.random(in: 3...15, using: &self))
            // T3 uses the national amounts (aci-rules.md §3); other sizes carry their own budgets.
            let national = Rulebook.aci2019Avenant2.mission(kind)?.variable?[size].value
            var indicators: [Indicator] = []
            var envelope: Int64 = 0
            for position in 0..<count {
                indicatorCounter += 1
                let amount = national.map { $0.cents / Int64(count) / 100 * 100 } ?? Int64.random(in: 5...40, using: &self) * 10_000
                let payoutKind = shape == .anchor ? position % 4 : Int.random(in: 0..<4, using: &self)
                indicators.append(try indicator(id: "c\(number)-i\(indicatorCounter)", kind: payoutKind, amount: amount))
                envelope += amount
            }
            let fixed = Int64.random(in: 1_000...9_000, using: &self) * 1_000
            let budget: MissionBudget
            if size == .t3 {
                budget = .national
            } else if kind == .crisisResponse {
                budget = MissionBudget(fixed: Euros(cents: fixed), activated: Euros(cents: fixed * 3))
            } else {
                budget = MissionBudget(fixed: Euros(cents: fixed), variable: Euros(cents: envelope + 100_000))
            }
            missions.append(try EngagedMission(kind: kind, startsOn: start, budget: budget, indicators: indicators))
        }
        let cpts = try CPTS(name: "CPTS \(number)", population: population)
        let probe = try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: "aci-2019-av2", missions: missions)
        let assessedYears = shape == .anchor ? 5 : Int.random(in: 0...5, using: &self)
        var results: [Int: [String: IndicatorResult]] = [:]
        for year in 0..<assessedYears {
            var yearResults: [String: IndicatorResult] = [:]
            for mission in missions where probe.years[year].end > (mission.startsOn ?? signedOn) {
                for indicator in mission.indicators { yearResults[indicator.id] = result(for: indicator) }
            }
            results[year + 1] = yearResults
        }
        var crisis: Set<Int> = []
        if missions.contains(where: { $0.kind == .crisisResponse && ($0.startsOn ?? signedOn) == signedOn }),
           Int.random(in: 0..<4, using: &self) == 0 {
            crisis.insert(Int.random(in: 1...5, using: &self))
        }
        return try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: "aci-2019-av2", missions: missions, results: results,
                               crisisYears: crisis)
    }

    mutating func indicator(id: String, kind: Int, amount: Int64) throws -> Indicator {
        switch kind {
        case 0:
            return try Indicator(id: id, label: "Action \(id)", payout: .allOrNothing(amount: Euros(cents: amount)))
        case 1:
            let base = Int64.random(in: 500...700, using: &self)
            return try Indicator(id: id, label: "Taux \(id)", payout: .tiers(better: .higher, tiers: [
                Tier(reach: try Fraction(base, 10), amount: Euros(cents: amount / 4)),
                Tier(reach: try Fraction(base + 25, 10), amount: Euros(cents: amount / 2)),
                Tier(reach: try Fraction(base + 55, 10), amount: Euros(cents: amount)),
            ]))
        case 2:
            let worst = Int64.random(in: 150...300, using: &self)
            return try Indicator(id: id, label: "Patients \(id)", payout: .tiers(better: .lower, tiers: [
                Tier(reach: Fraction(worst), amount: Euros(cents: amount / 3)),
                Tier(reach: Fraction(worst / 2), amount: Euros(cents: amount * 2 / 3)),
                Tier(reach: Fraction(worst / 4), amount: Euros(cents: amount)),
            ]))
        default:
            return try Indicator(id: id, label: "Cible \(id)", payout: .proportional(
                target: Fraction(Int64.random(in: 50...1_000, using: &self)), amount: Euros(cents: amount)))
        }
    }

    mutating func result(for indicator: Indicator) -> IndicatorResult {
        switch indicator.payout {
        case .allOrNothing: return .achieved(Bool.random(using: &self))
        case .tiers(let better, _):
            return better == .higher
                ? .measured((try? Fraction(Int64.random(in: 450...800, using: &self), 10)) ?? .zero)
                : .measured(Fraction(Int64.random(in: 0...320, using: &self)))
        case .proportional(let target, _):
            return .measured(Fraction(Int64.random(in: 0...(target.numerator * 6 / 5), using: &self)))
        }
    }

    /// `count` contracts of this generator's shape.
    mutating func contracts(_ count: Int) throws -> [ACIContract] {
        var out: [ACIContract] = []
        out.reserveCapacity(count)
        for number in 0..<count { out.append(try contract(number: number)) }
        return out
    }
}
