/// The rules engine: turns an ``ACIContract`` into funding statements under its rulebooks.
///
/// For each contract year, under the rulebook, size class, budgets and indicators in force that
/// year: a *fonctionnement* line (ACI 2019 art. 8), the start-up supplement (or its catch-up) in
/// year 1 when eligible (avenant 2), then for each engaged mission that has started, a fixed line
/// (prorated in its first year and in a year cut short by a termination), the crisis activation
/// when the ARS recognised one, and one variable line per indicator — pending at its best case
/// when the year is not assessed. A rulebook that starts to apply during a year
/// (``RulebookChanges/effectiveDate``) splits its annual amounts into one line per rulebook.
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

    /// The rulebook a contract starts under: the one it names, or the one in force at signature.
    ///
    /// Later rulebooks of the ``registry`` then reach the contract as its
    /// ``ACIContract/rulebookChanges`` says, and its rulebook amendments apply theirs; each
    /// ``FundingStatement`` and ``FundingLine`` names the rulebook it was computed under.
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
    ///   - asOf: The date of the deadline and reported-results warnings (``FundingWarning/Kind/deadlinePassed``,
    ///     ``FundingWarning/Kind/resultsBeforeYearEnd``); `nil`, the default, for none.
    /// - Returns: The contract-level warnings.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func validate(_ contract: ACIContract, rulebook: Rulebook? = nil, asOf: CalendarDate? = nil) throws(CPTSKitError)
        -> [FundingWarning]
    {
        try plan(for: contract, rulebook: rulebook, asOf: asOf).findings.warnings
    }

    /// The plan of a contract: its starting rulebook (the override, else its own) and the later
    /// ones of the registry.
    func plan(for contract: ACIContract, rulebook: Rulebook?, asOf: CalendarDate? = nil, collectWarnings: Bool = true,
              recordingFiguresOf recorded: String? = nil) throws(CPTSKitError) -> FundingPlan
    {
        try FundingPlan(contract: contract, rulebook: chosenRulebook(rulebook, for: contract), registry: registry, asOf: asOf,
                        collectWarnings: collectWarnings, recordingFiguresOf: recorded)
    }

    /// The funding of every contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: A rulebook to use instead of the contract's (for what-if computations).
    ///   - asOf: The date of the deadline and reported-results warnings; `nil`, the default, for none.
    /// - Returns: The statements of the contract years (five, fewer after an early termination)
    ///   and the contract's totals and warnings.
    /// - Throws: ``CPTSKitError`` naming the offending field (see ``CPTSKitError/Kind``).
    public func funding(for contract: ACIContract, rulebook: Rulebook? = nil, asOf: CalendarDate? = nil) throws(CPTSKitError)
        -> ContractFunding
    {
        try fundingAndPlan(for: contract, rulebook: rulebook, asOf: asOf).funding
    }

    /// The funding and the plan it was computed from (the schedule needs both).
    func fundingAndPlan(for contract: ACIContract, rulebook: Rulebook?, asOf: CalendarDate? = nil, collectWarnings: Bool = true)
        throws(CPTSKitError) -> (funding: ContractFunding, plan: FundingPlan)
    {
        let plan = try plan(for: contract, rulebook: rulebook, asOf: asOf, collectWarnings: collectWarnings)
        var statements: [FundingStatement] = []
        statements.reserveCapacity(plan.timeline.years.count)
        for year in plan.timeline.years { statements.append(try statement(of: plan, year: year)) }
        let funding = try ContractFunding(cpts: contract.cpts.name, sizeClass: plan.timeline.sizeClass, rulebook: plan.timeline.rulebook.id,
                                          signedOn: contract.signedOn, years: statements, warnings: plan.findings.warnings,
                                          terminatedOn: plan.timeline.terminatedOn)
        return (funding, plan)
    }

    /// The funding of one contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    ///   - rulebook: A rulebook to use instead of the contract's.
    /// - Returns: The year's statement.
    /// - Throws: ``CPTSKitError`` naming the offending field; `yearOutOfContract` outside 1…5,
    ///   `afterTermination` for a year that starts after an early termination.
    public func statement(for contract: ACIContract, year: Int, rulebook: Rulebook? = nil) throws(CPTSKitError)
        -> FundingStatement
    {
        let contractYear = try contract.year(year)
        // A statement carries its year's warnings only: the contract's are not written.
        let plan = try plan(for: contract, rulebook: rulebook, collectWarnings: false)
        guard year <= plan.timeline.years.count else {
            throw CPTSKitError(.afterTermination, path: "year",
                               message: BilingualText(fr: "le contrat a pris fin le \(plan.timeline.terminatedOn?.description ?? "?"), avant le début de cette année", en: "the contract ended on \(plan.timeline.terminatedOn?.description ?? "?"), before this year starts"),
                               value: "\(year)")
        }
        return try statement(of: plan, year: contractYear)
    }

    /// Computes one year's statement from a checked plan: its templates, evaluated for the year.
    func statement(of plan: FundingPlan, year: ContractYear) throws(CPTSKitError) -> FundingStatement {
        let n = year.number
        let context = plan.timeline.yearContexts[n - 1]
        let rulebook = plan.timeline.rulebooks[context.rulebook]
        let yearResults = plan.timeline.contract.results[n]
        var lines: [FundingLine] = []
        lines.reserveCapacity(plan.recipe.templates.count)
        // Templates are plain data: reading one copies bytes, never retains.
        let templates = plan.recipe.templates
        for t in templates.indices where templates[t].appears(in: n) {
            switch templates[t].kind.traits.amount {
            case .due:
                let template = templates[t]
                let amount = try plan.baseAmount(of: template, year: n)
                let (source, confidence) = plan.recipe.provenance(of: template)
                lines.append(FundingLine(
                    year: n, volet: template.volet, mission: template.mission, part: template.part, indicator: nil,
                    amount: amount, bestCase: amount, status: .due, base: template.base, rate: template.share(in: n),
                    result: nil, rule: template.rule(in: n), source: source, confidence: confidence,
                    rulebook: plan.rulebookID(of: template), amendment: plan.recipe.amendment(of: template)))
            case .assessed:
                lines.append(try indicatorLine(t, of: plan, year: n, results: yearResults))
            }
        }
        let statement = try FundingStatement(cpts: plan.timeline.contract.cpts.name, sizeClass: context.sizeClass,
                                             rulebook: rulebook.id, year: year, lines: lines, warnings: [])
        let maximum = rulebook.yearlyMaximum[context.sizeClass]
        if let cap = maximum.value(inYear: n), statement.maxTotal > cap {
            let warning = FundingWarning(.aboveYearlyMaximum, path: "years[\(n - 1)]",
                                         message: BilingualText(
                                             fr: "l'année \(n) peut atteindre \(statement.maxTotal.frenchDescription), au-delà du maximum annuel de \(cap.frenchDescription) pour \(context.sizeClass) (\(maximum.source))",
                                             en: "year \(n) can reach \(statement.maxTotal.englishDescription), above the yearly maximum of \(cap.englishDescription) for \(context.sizeClass) (\(maximum.source))"),
                                         value: statement.maxTotal.plainDescription)
            return try FundingStatement(cpts: statement.cpts, sizeClass: statement.sizeClass, rulebook: statement.rulebook,
                                        year: year, lines: lines, warnings: [warning])
        }
        return statement
    }

    /// An indicator's line in a year: pending at its best case, or assessed on the year's result.
    /// (Its amounts are the contract's own: the source is the contract.)
    private func indicatorLine(_ t: Int, of plan: FundingPlan, year n: Int,
                               results: [String: IndicatorResult]?) throws(CPTSKitError) -> FundingLine {
        let id = plan.indicatorID(of: plan.recipe.templates[t])
        return try indicatorLine(t, of: plan, year: n, result: results?[id], id: id)
    }

    /// An indicator's line in a year on a given result (`nil`: pending at its best case): the
    /// plan's one evaluation (``FundingPlan/evaluation(of:year:result:)``) written as a line, which
    /// statements and the quarterly follow-up's projections share.
    func indicatorLine(_ t: Int, of plan: FundingPlan, year n: Int, result: IndicatorResult?, id known: String? = nil)
        throws(CPTSKitError) -> FundingLine
    {
        let template = plan.recipe.templates[t]
        let id = known ?? plan.indicatorID(of: template)
        let rulebook = plan.rulebookID(of: template), amendment = plan.recipe.amendment(of: template)
        let best = try plan.baseAmount(of: template, year: n)
        guard let result else {
            return FundingLine(year: n, volet: .missions, mission: template.mission, part: .variable, indicator: id,
                               amount: best, bestCase: best, status: .pending, base: best, rate: .one, result: nil,
                               rule: template.rule, source: .contract, confidence: .ownContract, rulebook: rulebook,
                               amendment: amendment)
        }
        let (evaluation, amount) = try plan.evaluation(of: template, year: n, result: result)
        return FundingLine(year: n, volet: .missions, mission: template.mission, part: .variable, indicator: id,
                           amount: amount, bestCase: best, status: .assessed, base: evaluation.base, rate: evaluation.rate,
                           result: result, rule: template.rule, source: .contract, confidence: .ownContract,
                           tierReached: evaluation.tierReached, rulebook: rulebook, amendment: amendment)
    }
}
