/// The outcome of checking a contract: what it is, what to look at, how its population compares.
///
/// What `cpts validate` prints: the size class and rulebook the engine will use, the warnings,
/// and the declared population against the INSEE sums of the communes listed, per millésime
/// (the sum is a check, never an override).
public struct ContractReport: Hashable, Sendable {
    /// The CPTS's name.
    public let cpts: String
    /// The declared population.
    public let population: Int
    /// The size class the declared population gives.
    public let sizeClass: SizeClass
    /// The rulebook applied.
    public let rulebook: String
    /// Every rulebook the contract is computed under over its term, in order (the starting one first).
    public let rulebooks: [String]
    /// The first day without contract after an early termination.
    public let terminatedOn: CalendarDate?
    /// The number of engaged missions.
    public let missionCount: Int
    /// The number of indicators.
    public let indicatorCount: Int
    /// The contract years with results.
    public let assessedYears: [Int]
    /// Everything worth a look (deadlines, maxima, budgets).
    public let warnings: [FundingWarning]
    /// The declared population against INSEE sums, one per millésime; empty without communes.
    public let populationChecks: [PopulationCrossCheck]
}
