/// A scenario's funding beside the base funding, line by line.
public struct ScenarioComparison: Hashable, Sendable {
    /// One line whose amount differs, or that exists on one side only.
    public struct Difference: Hashable, Sendable {
        /// The contract year.
        public let year: Int
        /// The mission, for volet 2.
        public let mission: MissionKind?
        /// The part.
        public let part: FundingPart
        /// The indicator, for variable lines.
        public let indicator: String?
        /// The amount in the base funding (`nil`: no such line).
        public let base: Euros?
        /// The amount in the scenario (`nil`: no such line).
        public let scenario: Euros?
        /// `scenario − base`, counting an absent line as zero and pending lines as zero.
        public let delta: Euros
        /// The line's status in the base funding (`nil`: no such line); a pending line's amount is its best case.
        public let baseStatus: LineStatus?
        /// The line's status in the scenario (`nil`: no such line).
        public let scenarioStatus: LineStatus?
    }

    /// The funding of the contract as it is.
    public let base: ContractFunding
    /// The funding under the scenario.
    public let scenario: ContractFunding
    /// The lines that differ, year by year, in the base statement's order.
    public let differences: [Difference]

    /// `scenario.total − base.total` (pending lines excluded on both sides).
    public var totalDifference: Euros { Euros(cents: scenario.total.cents &- base.total.cents) }
    /// `scenario.maxTotal − base.maxTotal`.
    public var maxTotalDifference: Euros { Euros(cents: scenario.maxTotal.cents &- base.maxTotal.cents) }

    /// The difference of one year's totals.
    ///
    /// - Parameter year: The contract year, 1…5.
    public func totalDifference(year: Int) -> Euros {
        guard (1...min(base.years.count, scenario.years.count)).contains(year) else { return .zero }
        return Euros(cents: scenario.years[year - 1].total.cents &- base.years[year - 1].total.cents)
    }
}
