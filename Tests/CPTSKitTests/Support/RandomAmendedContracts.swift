import CPTSKitTesting
@testable import CPTSKit

/// Valid random contracts that live: signed from 2019 to 2024 (a third before avenant 2, so its
/// timing and the catch-up apply), under each `rulebook_changes`, with budget, indicators,
/// population and rulebook amendments and, a third of the time, an early termination. Dates are
/// drawn on purpose at the boundaries that matter: avenant 2's effective date, anniversaries and
/// the day before or after them.
enum RandomAmendedContracts {
    static let avenant2 = CalendarDate(unchecked: 2022, 4, 1)

    /// A size class whose national per-mission amounts are unknown (T1, T2, T4): any budget is valid.
    static func population(using generator: inout SeededGenerator) -> Int {
        switch Int.random(in: 0...2, using: &generator) {
        case 0: Int.random(in: 5_000...39_999, using: &generator)
        case 1: Int.random(in: 40_000...79_999, using: &generator)
        default: Int.random(in: 175_001...300_000, using: &generator)
        }
    }

    /// A day in `range` (day numbers), half the time next to one of `anchors`.
    static func day(in range: ClosedRange<Int>, near anchors: [CalendarDate], using generator: inout SeededGenerator) throws
        -> CalendarDate
    {
        let candidates = anchors.flatMap { [$0.dayNumber - 1, $0.dayNumber, $0.dayNumber + 1] }.filter(range.contains)
        if Bool.random(using: &generator), let near = candidates.randomElement(using: &generator) {
            return try CalendarDate(dayNumber: near)
        }
        return try CalendarDate(dayNumber: Int.random(in: range, using: &generator))
    }

    static func make(using generator: inout SeededGenerator) throws -> ACIContract {
        let first = CalendarDate(unchecked: 2019, 9, 1).dayNumber, last = CalendarDate(unchecked: 2024, 12, 31).dayNumber
        let signedOn = try day(in: first...last, near: [avenant2, CalendarDate(unchecked: 2021, 4, 1)], using: &generator)
        let changes = RulebookChanges.allCases.randomElement(using: &generator) ?? .nextAnniversary
        let years = ACIContract.years(from: signedOn)
        let end = years[years.count - 1].end
        let anniversaries = years.map(\.start) + [end]
        // The day avenant 2 applies to the contract on its own timing (nil: never).
        let avenantDay: CalendarDate? = signedOn >= avenant2
            ? signedOn : changes == .never ? nil : changes.applicationDay(of: avenant2, years: years, splitsYears: true)

        // Missions, each with a cap that every indicator set stays within and every variable budget reaches.
        var missions: [EngagedMission] = []
        var caps: [MissionKind: Int64] = [:]
        var nextID = 0
        func indicators(cap: Int64, prefix: String, using generator: inout SeededGenerator) throws -> [Indicator] {
            var list: [Indicator] = []
            var left = cap
            for _ in 0..<Int.random(in: 0...4, using: &generator) where left > 0 {
                nextID += 1
                let amount = Int64.random(in: 1...max(1, min(left, 1_000_000)), using: &generator)
                left -= amount
                list.append(try RandomContracts.indicator(id: "\(prefix)\(nextID)", amount: amount, using: &generator))
            }
            return list
        }
        for kind in MissionKind.allCases.shuffled(using: &generator).prefix(Int.random(in: 1...6, using: &generator)) {
            var start = try signedOn.adding(days: Bool.random(using: &generator) ? 0 : Int.random(in: 0...900, using: &generator))
            if kind == .crisisResponse {
                guard let avenantDay else { continue }
                start = max(start, avenantDay)
                guard start < end else { continue }
            }
            let cap = Int64.random(in: 0...3_000_000, using: &generator)
            caps[kind] = cap
            let budget = MissionBudget(
                fixed: Euros(cents: Int64.random(in: 0...10_000_000, using: &generator)),
                variable: kind == .crisisResponse ? nil : Euros(cents: cap + Int64.random(in: 0...100_000, using: &generator)),
                activated: kind == .crisisResponse ? Euros(cents: Int64.random(in: 0...8_000_000, using: &generator)) : nil)
            missions.append(try EngagedMission(
                kind: kind, startsOn: start, budget: budget,
                indicators: kind == .crisisResponse ? [] : try indicators(cap: cap, prefix: "i", using: &generator)))
        }
        if missions.isEmpty { missions.append(try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: .zero, variable: .zero))) }
        let latestStart = missions.map { $0.startsOn ?? signedOn }.max() ?? signedOn

        // Amendments in date order, then perhaps a termination after every mission has started.
        var amendments: [Amendment] = []
        var dates: [CalendarDate] = []
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            dates.append(try day(in: (signedOn.dayNumber + 1)...(end.dayNumber - 1), near: anniversaries + [avenant2], using: &generator))
        }
        for date in dates.sorted() {
            let mission = missions.randomElement(using: &generator) ?? missions[0]
            switch Int.random(in: 0...3, using: &generator) {
            case 0:
                let cap = caps[mission.kind] ?? 0
                let budget = MissionBudget(
                    fixed: Euros(cents: Int64.random(in: 0...10_000_000, using: &generator)),
                    variable: mission.kind == .crisisResponse ? nil : Euros(cents: cap + Int64.random(in: 0...50_000, using: &generator)),
                    activated: mission.kind == .crisisResponse ? Euros(cents: Int64.random(in: 0...8_000_000, using: &generator)) : nil)
                amendments.append(try Amendment(effectiveOn: date, change: .budget(mission: mission.kind, budget: budget)))
            case 1 where mission.kind != .crisisResponse:
                let list = try indicators(cap: caps[mission.kind] ?? 0, prefix: "a", using: &generator)
                amendments.append(try Amendment(effectiveOn: date, change: .indicators(mission: mission.kind, indicators: list),
                                                note: "objectifs révisés"))
            case 2:
                amendments.append(try Amendment(effectiveOn: date, change: .population(population(using: &generator))))
            default:
                // Named on or after avenant 2's own date, so that the automatic timing never lags behind it.
                guard date >= avenant2 else { continue }
                amendments.append(try Amendment(effectiveOn: date, change: .rulebook(id: "aci-2019-av2")))
            }
        }
        let floor = max(latestStart, amendments.last?.effectiveOn ?? signedOn)
        if Int.random(in: 0...2, using: &generator) == 0, floor.dayNumber + 1 <= end.dayNumber - 1 {
            let termination = try day(in: (floor.dayNumber + 1)...(end.dayNumber - 1), near: anniversaries, using: &generator)
            amendments.append(try Amendment(effectiveOn: termination, change: .termination))
        }

        let cpts = try CPTS(name: "R", population: population(using: &generator))
        let probe = try ACIContract(cpts: cpts, signedOn: signedOn, missions: missions, rulebookChanges: changes, amendments: amendments)
        var results: [Int: [String: IndicatorResult]] = [:]
        let active = probe.activeYears.map(\.number)
        for year in active.prefix(Int.random(in: 0...active.count, using: &generator)) {
            var yearResults: [String: IndicatorResult] = [:]
            for (index, mission) in missions.enumerated() where probe.startYearNumber(of: mission.startsOn ?? signedOn) <= year {
                for indicator in probe.indicators(ofMission: index, inYear: year).indicators {
                    yearResults[indicator.id] = RandomContracts.result(for: indicator, using: &generator)
                }
            }
            results[year] = yearResults
        }
        var crisisYears: Set<Int> = []
        if let crisis = missions.first(where: { $0.kind == .crisisResponse }) {
            let startYear = probe.startYearNumber(of: crisis.startsOn ?? signedOn)
            for year in active where year >= startYear && Bool.random(using: &generator) { crisisYears.insert(year) }
        }
        return try ACIContract(cpts: cpts, signedOn: signedOn, missions: missions, results: results, crisisYears: crisisYears,
                               rulebookChanges: changes, amendments: amendments)
    }
}
