/// The rules engine: turns an ``ACIContract`` into funding statements under its rulebook.
///
/// For each contract year (`DESIGN.md`, "The engine, as data flows through it"):
/// a *fonctionnement* line (`aci-rules.md §2`), the start-up supplement in year 1 when eligible,
/// then for each engaged mission that has started, a fixed line (prorated in its first year,
/// `§5`), the crisis activation when the ARS recognised one, and one variable line per
/// indicator (`§4`) — pending at its best case when the year is not assessed.
///
/// The engine is a value with no state but its registry: use it from any number of tasks.
///
/// ```swift
/// let funding = try FundingEngine().funding(for: contract)
/// print(funding.years[0].total)   // 397 500,00 € for a full T3 contract at best case
/// ```
public struct FundingEngine: Hashable, Sendable {
    /// The rulebooks the engine chooses from.
    public let registry: RulebookRegistry

    /// Creates an engine.
    ///
    /// - Parameter registry: The rulebooks; ``RulebookRegistry/standard`` by default.
    public init(registry: RulebookRegistry = .standard) {
        self.registry = registry
    }

    /// The rulebook a contract is computed under: the one it names, or the one in force at signature.
    ///
    /// - Parameter contract: The contract.
    /// - Throws: ``CPTSKitError/Kind/unknownRulebook``.
    public func rulebook(for contract: ACIContract) throws(CPTSKitError) -> Rulebook {
        if let id = contract.rulebookID { return try registry.rulebook(id: id) }
        return try registry.rulebook(inForceOn: contract.signedOn)
    }

    /// The override when given, else the contract's rulebook.
    func chosenRulebook(_ override: Rulebook?, for contract: ACIContract) throws(CPTSKitError) -> Rulebook {
        if let override { return override }
        return try rulebook(for: contract)
    }

    /// Checks a contract against its rulebook without computing statements.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: A rulebook to use instead of the contract's (for what-if computations).
    /// - Returns: The contract-level warnings.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func validate(_ contract: ACIContract, rulebook: Rulebook? = nil) throws(CPTSKitError) -> [FundingWarning] {
        try FundingPlan(contract: contract, rulebook: chosenRulebook(rulebook, for: contract)).warnings
    }

    /// The funding of every contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: A rulebook to use instead of the contract's (for what-if computations).
    /// - Returns: Five statements and the contract's totals and warnings.
    /// - Throws: ``CPTSKitError`` naming the offending field (see ``CPTSKitError/Kind``).
    public func funding(for contract: ACIContract, rulebook: Rulebook? = nil) throws(CPTSKitError) -> ContractFunding {
        try fundingAndPlan(for: contract, rulebook: rulebook).funding
    }

    /// The funding and the plan it was computed from (the schedule needs both).
    func fundingAndPlan(for contract: ACIContract, rulebook: Rulebook?) throws(CPTSKitError)
        -> (funding: ContractFunding, plan: FundingPlan)
    {
        let plan = try FundingPlan(contract: contract, rulebook: chosenRulebook(rulebook, for: contract))
        var statements: [FundingStatement] = []
        statements.reserveCapacity(plan.years.count)
        for year in plan.years { statements.append(try statement(of: plan, year: year)) }
        let funding = try ContractFunding(cpts: contract.cpts.name, sizeClass: plan.sizeClass, rulebook: plan.rulebook.id,
                                          signedOn: contract.signedOn, years: statements, warnings: plan.warnings)
        return (funding, plan)
    }

    /// The funding of one contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    ///   - rulebook: A rulebook to use instead of the contract's.
    /// - Returns: The year's statement.
    /// - Throws: ``CPTSKitError`` naming the offending field; `yearOutOfContract` outside 1…5.
    public func statement(for contract: ACIContract, year: Int, rulebook: Rulebook? = nil) throws(CPTSKitError)
        -> FundingStatement
    {
        let plan = try FundingPlan(contract: contract, rulebook: chosenRulebook(rulebook, for: contract))
        return try statement(of: plan, year: try contract.year(year))
    }

    /// Computes one year's statement from a checked plan.
    func statement(of plan: FundingPlan, year: ContractYear) throws(CPTSKitError) -> FundingStatement {
        let n = year.number
        var lines: [FundingLine] = []
        lines.reserveCapacity(2 + plan.missions.reduce(0) { $0 + 2 + $1.engaged.indicators.count })
        lines.append(FundingLine(
            year: n, volet: .fonctionnement, mission: nil, part: .annual, indicator: nil,
            amount: plan.fonctionnement.amount, bestCase: plan.fonctionnement.amount, status: .due,
            base: plan.fonctionnement.amount, rate: .one, result: nil, rule: .fonctionnementAnnual,
            source: plan.fonctionnement.source, confidence: plan.fonctionnement.confidence))
        if n == 1, let supplement = plan.startUpSupplement {
            lines.append(FundingLine(
                year: n, volet: .fonctionnement, mission: nil, part: .startUpSupplement, indicator: nil,
                amount: supplement.amount, bestCase: supplement.amount, status: .due, base: supplement.amount,
                rate: .one, result: nil, rule: .startUpSupplement, source: supplement.source,
                confidence: supplement.confidence))
        }
        let yearResults = plan.contract.results[n]
        for index in plan.missions.indices where plan.missions[index].startYear <= n {
            try appendLines(of: plan.missions[index], plan: plan, year: year, results: yearResults, to: &lines)
        }
        var warnings: [FundingWarning] = []
        let statement = try FundingStatement(cpts: plan.contract.cpts.name, sizeClass: plan.sizeClass,
                                             rulebook: plan.rulebook.id, year: year, lines: lines, warnings: [])
        let maximum = plan.rulebook.yearlyMaximum[plan.sizeClass]
        if let cap = maximum.value, statement.maxTotal > cap {
            warnings.append(FundingWarning(.aboveYearlyMaximum, path: "years[\(n - 1)]",
                                           message: "year \(n) can reach \(statement.maxTotal), above the yearly maximum of \(cap) for \(plan.sizeClass) (\(maximum.source))"))
            return try FundingStatement(cpts: statement.cpts, sizeClass: statement.sizeClass, rulebook: statement.rulebook,
                                        year: year, lines: lines, warnings: warnings)
        }
        return statement
    }

    private func appendLines(of mission: FundingPlan.Mission, plan: FundingPlan, year: ContractYear,
                             results: [String: IndicatorResult]?, to lines: inout [FundingLine]) throws(CPTSKitError) {
        let n = year.number
        let kind = mission.engaged.kind
        let share = plan.fixedShare(of: mission, in: year)
        let fixedAmount = try mission.fixed.amount.multiplied(by: share, rounding: plan.rounding)
        lines.append(FundingLine(
            year: n, volet: .missions, mission: kind, part: .fixed, indicator: nil, amount: fixedAmount,
            bestCase: fixedAmount, status: .due, base: mission.fixed.amount, rate: share, result: nil,
            rule: share == .one ? .fixedPart : .fixedPartProrated, source: mission.fixed.source,
            confidence: mission.fixed.confidence))
        if let activated = mission.activated, plan.contract.crisisYears.contains(n) {
            lines.append(FundingLine(
                year: n, volet: .missions, mission: kind, part: .crisisActivation, indicator: nil,
                amount: activated.amount, bestCase: activated.amount, status: .due, base: activated.amount,
                rate: .one, result: nil, rule: .crisisActivation, source: activated.source,
                confidence: activated.confidence))
        }
        let variableShare = plan.prorateVariable ? share : .one
        // Indicator amounts are written in the contract itself, whatever the envelope's source.
        let source = SourceReference.contract
        let confidence = Confidence.contract
        // Indicators are read in place, field by field: copying each one would retain its strings and tiers.
        let indicators = mission.engaged.indicators
        for i in indicators.indices {
            let id = indicators[i].id
            let rule = FundingRule(paying: indicators[i].payout)
            let best = try indicators[i].payout.bestCase.multiplied(by: variableShare, rounding: plan.rounding)
            guard let result = results?[id] else {
                lines.append(FundingLine(
                    year: n, volet: .missions, mission: kind, part: .variable, indicator: id, amount: best,
                    bestCase: best, status: .pending, base: best, rate: .one, result: nil, rule: rule,
                    source: source, confidence: confidence))
                continue
            }
            var payment: (amount: Euros, base: Euros, rate: Fraction)
            do throws(CPTSKitError) {
                payment = try indicators[i].payment(for: result, rounding: plan.rounding)
            } catch {
                throw error.nested(under: "results.\(n).\(id)")
            }
            if variableShare != .one {
                payment.amount = try payment.amount.multiplied(by: variableShare, rounding: plan.rounding)
            }
            lines.append(FundingLine(
                year: n, volet: .missions, mission: kind, part: .variable, indicator: id,
                amount: payment.amount, bestCase: best, status: .assessed, base: payment.base, rate: payment.rate,
                result: result, rule: rule, source: source, confidence: confidence))
        }
    }
}
