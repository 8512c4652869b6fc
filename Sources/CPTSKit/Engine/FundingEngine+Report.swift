extension FundingEngine {
    /// Checks a contract and gathers what `cpts validate` reports.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - dataset: The INSEE dataset to cross-check the population against: `.france` (or
    ///     `.morbihan`) from `CPTSKitFrance`, or any dataset built from INSEE files; no default, so
    ///   that no département is assumed.
    ///   - asOf: The date of the deadline and reported-results warnings; `nil` for none.
    /// - Returns: The report.
    /// - Throws: ``CPTSKitError`` naming the first offending field.
    public func report(for contract: ACIContract, dataset: PopulationDataset, asOf: CalendarDate? = nil)
        throws(CPTSKitError) -> ContractReport
    {
        let funding = try funding(for: contract, asOf: asOf)
        var checks: [PopulationCrossCheck] = []
        for millesime in dataset.millesimes {
            if let check = try dataset.crossCheck(contract.cpts, millesime: millesime) { checks.append(check) }
        }
        return ContractReport(cpts: contract.cpts.name, population: contract.cpts.population, sizeClass: funding.sizeClass,
                              rulebook: funding.rulebook, rulebooks: Self.rulebooks(of: funding), terminatedOn: funding.terminatedOn,
                              missionCount: contract.missions.count,
                              indicatorCount: contract.missions.reduce(0) { $0 + $1.indicators.count },
                              assessedYears: contract.results.keys.sorted(), warnings: funding.allWarnings,
                              populationChecks: checks)
    }

    /// The rulebooks of a funding's statements, in order of appearance.
    static func rulebooks(of funding: ContractFunding) -> [String] {
        var ids: [String] = []
        for statement in funding.years { for id in statement.rulebooks where !ids.contains(id) { ids.append(id) } }
        return ids
    }
}
