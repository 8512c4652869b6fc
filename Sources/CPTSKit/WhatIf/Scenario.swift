/// A what-if variation of a contract: other results, other start dates, other crises, other parameters.
///
/// The questions of the yearly *dialogue de gestion* (annual management review): "what if the
/// screening rate reaches 75 %?", "what if prevention starts three months late?", "what if the
/// proration were by months?". A scenario is applied to a contract to give a new contract (and
/// possibly a new rulebook); ``FundingEngine/compare(_:with:)`` shows the difference line by line.
///
/// ```swift
/// var scenario = Scenario()
/// scenario.setResult(.measured(Fraction(75)), for: "depistage-sein", year: 1)
/// let comparison = try FundingEngine().compare(contract, with: scenario)
/// comparison.totalDifference      // what the change is worth
/// ```
public struct Scenario: Hashable, Sendable {
    /// Results to set, by year and indicator id, over the contract's own.
    public var results: [Int: [String: IndicatorResult]] = [:]
    /// Start dates to set, by mission.
    public var startDates: [MissionKind: CalendarDate] = [:]
    /// The years with a recognised crisis, replacing the contract's when set.
    public var crisisYears: Set<Int>?
    /// A rulebook to compute with (a copy with other parameters), replacing the contract's when set.
    public var rulebook: Rulebook?

    /// Creates a scenario that changes nothing.
    public init() {}

    /// Sets one indicator's result for one year.
    ///
    /// - Parameters:
    ///   - result: The result.
    ///   - indicator: The indicator id.
    ///   - year: The contract year, 1…5.
    public mutating func setResult(_ result: IndicatorResult, for indicator: String, year: Int) {
        results[year, default: [:]][indicator] = result
    }

    /// Moves a mission's start later by a number of months (clamped to the end of a shorter month).
    ///
    /// - Parameters:
    ///   - mission: The mission.
    ///   - months: The delay in months, zero or more.
    ///   - contract: The contract whose current start date is delayed.
    /// - Throws: ``CPTSKitError/Kind/unknownMission`` when the contract does not engage it.
    public mutating func delayStart(of mission: MissionKind, byMonths months: Int, in contract: ACIContract) throws(CPTSKitError) {
        guard let engaged = contract.missions.first(where: { $0.kind == mission }) else {
            throw CPTSKitError(.unknownMission, path: "mission", message: BilingualText(fr: "le contrat n'engage pas cette mission", en: "the contract does not engage this mission"), value: mission.key)
        }
        startDates[mission] = try (engaged.startsOn ?? contract.signedOn).adding(months: max(0, months))
    }

    /// The contract with this scenario's changes.
    ///
    /// - Parameter contract: The base contract.
    /// - Returns: The varied contract, checked like any other.
    /// - Throws: ``CPTSKitError`` when a change makes the contract invalid (a start after the
    ///   contract's end, a result of the wrong kind…).
    public func apply(to contract: ACIContract) throws(CPTSKitError) -> ACIContract {
        var missions: [EngagedMission] = []
        for mission in contract.missions {
            guard let start = startDates[mission.kind] else { missions.append(mission); continue }
            missions.append(try EngagedMission(kind: mission.kind, startsOn: start, budget: mission.budget,
                                               indicators: mission.indicators,
                                               themes: mission.themes, pathways: mission.pathways, deployedOn: mission.deployedOn))
        }
        var merged = contract.results
        for (year, values) in results {
            for (id, value) in values { merged[year, default: [:]][id] = value }
        }
        // A scenario may set a few results of a pending year: the others stay pending at their best case.
        return try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: contract.rulebookID, missions: missions,
                               results: merged, crisisYears: crisisYears ?? contract.crisisYears, activations: contract.activations,
                               rulebookChanges: contract.rulebookChanges, amendments: contract.amendments, progress: contract.progress,
                               partialYears: true, progressChecked: true)
    }
}
