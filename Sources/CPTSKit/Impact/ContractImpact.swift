/// What a draft rulebook changes for one contract, year by year.
public struct ContractImpact: Hashable, Sendable {
    /// One contract year without and with the draft.
    public struct Year: Hashable, Sendable {
        /// The contract year, 1…5.
        public let year: Int
        /// Due and assessed lines (pending ones excluded): ``FundingStatement/total`` on each side.
        public let total: ImpactAmount
        /// Pending lines at their best case: ``FundingStatement/maxTotal`` on each side.
        public let bestCase: ImpactAmount
        /// The rulebook of the year without the draft (`nil` after an early termination).
        public let baselineRulebook: String?
        /// The rulebook of the year with the draft: the draft's id where it reaches the year.
        public let scenarioRulebook: String?
    }

    /// Where the contract comes from (its file name in `cpts impact`), else the CPTS's name.
    public let label: String
    /// The CPTS's name.
    public let cpts: String
    /// The size class of its first year without the draft: the class it is counted under.
    public let sizeClass: SizeClass
    /// The département of the CPTS: the one holding most of its population with the impact's
    /// ``RulebookImpact/departments``, else ``PortfolioSummary/department(of:)``.
    public let department: String
    /// The population of its territory by département (with the impact's ``RulebookImpact/departments`` only).
    public var populationByDepartment: [String: Int] = [:]
    /// The five contract years (fewer after an early termination on both sides).
    public let years: [Year]
    /// The whole term: the sum of ``years``' totals.
    public let total: ImpactAmount

    /// Whether the draft reaches at least one of the contract's years.
    public var isReached: Bool { years.contains { $0.scenarioRulebook != $0.baselineRulebook } }
}
