/// What a draft rulebook changes, for each contract and in total: every contract computed
/// without and with it.
///
/// The draft joins the rulebooks in force as one more, dated by its effective date; it reaches
/// each contract by the contract's own timing (``ACIContract/rulebookChanges``): contracts signed
/// after its date start under it, running ones take it at their next anniversary (by default),
/// finished ones are not reached. Contracts are added one at a time; the per-contract rows are
/// kept unless asked not to, so an analyst can stream any number of contracts through it.
///
/// ```swift
/// let draft = try RulebookDocument(jsonText: text)
/// var impact = try RulebookImpact(draft: draft)
/// for contract in contracts { try impact.add(contract) }
/// print(impact.total.difference, impact.gaining, impact.losing)
/// ```
public struct RulebookImpact: Hashable, Sendable {
    /// The draft's identifier.
    public let draft: String
    /// Computes the baseline.
    public let baselineEngine: FundingEngine
    /// Computes the scenario: the baseline's rulebooks and the draft.
    public let scenarioEngine: FundingEngine
    /// Whether ``contracts`` keeps a row per contract.
    public let keepsContracts: Bool
    /// How a CPTS is filed under a département: the one holding most of its population when set
    /// (the CLI sets the national data), else the most frequent département of its communes.
    public var departments: DepartmentAttribution? = nil
    /// Whether the scenario's rulebooks are the baseline's and the draft: a contract whose plan
    /// does not use the draft is then computed once.
    let scenarioAddsDraftOnly: Bool

    /// The contracts added, in order (empty when ``keepsContracts`` is false).
    public internal(set) var contracts: [ContractImpact] = []
    /// The number of contracts added.
    public internal(set) var contractCount = 0
    /// The contracts offered with ``RefusalPolicy/record`` that could not be computed, in order.
    public internal(set) var refused: [RefusedContract] = []
    /// Every contract year: due and assessed lines (pending ones excluded).
    public internal(set) var total = ImpactAmount()
    /// Every contract year with pending lines at their best case.
    public internal(set) var bestCase = ImpactAmount()
    /// By size class (of each contract's first year without the draft).
    public internal(set) var bySizeClass: [SizeClass: ImpactAmount] = [:]
    /// By département of the CPTS.
    public internal(set) var byDepartment: [String: ImpactAmount] = [:]
    /// Volet 1, *fonctionnement* (annual amount, start-up and its catch-up).
    public internal(set) var fonctionnement = ImpactAmount()
    /// Volet 2, by mission.
    public internal(set) var byMission: [MissionKind: ImpactAmount] = [:]
    /// By contract year, 1…5.
    public internal(set) var byContractYear: [Int: ImpactAmount] = [:]
    /// Payments by calendar year of their due date (pending ones excluded), from each side's schedule.
    public internal(set) var byPaymentYear: [Int: ImpactAmount] = [:]
    /// Contracts the draft pays more over their term.
    public internal(set) var gaining = 0
    /// Contracts the draft pays less over their term.
    public internal(set) var losing = 0
    /// Contracts whose total does not change (reached or not).
    public internal(set) var unchanged = 0
    /// Contracts the draft reaches in at least one year.
    public internal(set) var reached = 0
    /// The figures the draft changes against the rulebook it follows — the one in force on the eve
    /// of its effective date (the latest one when its date is unknown) — in listing order.
    public let changedFigures: [RulebookFigureKey]
    /// The draft's amount figures the contracts met: `true` when a line is paid from it, `false`
    /// when every contract that met it carries its own budget instead.
    var figuresRead: [RulebookFigureKey: Bool] = [:]

    /// An impact between two engines: the baseline, and the scenario that holds the draft.
    ///
    /// - Parameters:
    ///   - draft: The draft rulebook's identifier (in the scenario's registry).
    ///   - baseline: The engine of the rulebooks in force.
    ///   - scenario: The engine whose registry adds the draft.
    ///   - keepingContracts: Whether to keep a row per contract (`false` when streaming very many).
    public init(draft: String, baseline: FundingEngine, scenario: FundingEngine, keepingContracts: Bool = true) {
        self.init(draft: draft, baseline: baseline, scenario: scenario, keepingContracts: keepingContracts,
                  changedFigures: Self.changedFigures(of: draft, baseline: baseline.registry, scenario: scenario.registry),
                  addsDraftOnly: scenario.registry.rulebooks.filter { $0.id != draft } == baseline.registry.rulebooks)
    }

    /// An impact whose changed figures are already known (one contract's part of a larger impact,
    /// which computes nothing itself: `addsDraftOnly` then matters not).
    init(draft: String, baseline: FundingEngine, scenario: FundingEngine, keepingContracts: Bool, changedFigures: [RulebookFigureKey],
         addsDraftOnly: Bool = false) {
        self.draft = draft
        baselineEngine = baseline
        scenarioEngine = scenario
        keepsContracts = keepingContracts
        scenarioAddsDraftOnly = addsDraftOnly
        self.changedFigures = changedFigures
    }

    /// An impact of a draft rulebook file against a registry.
    ///
    /// - Parameters:
    ///   - draft: The draft, read from its file.
    ///   - registry: The rulebooks in force; the built-in ones by default.
    ///   - keepingContracts: Whether to keep a row per contract.
    /// - Throws: The draft's ``CPTSKitError`` (see ``RulebookRegistry/adding(_:)``).
    public init(draft: RulebookDocument, registry: RulebookRegistry = .standard, keepingContracts: Bool = true) throws(CPTSKitError) {
        self.init(draft: draft.id, baseline: FundingEngine(registry: registry),
                  scenario: FundingEngine(registry: try registry.adding([draft])), keepingContracts: keepingContracts)
    }

    /// Computes a contract on both sides and adds it, or, when it cannot be computed, does what
    /// `policy` says: throw, or list it in ``refused`` and go on.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - label: How to name it (its file name); the CPTS's name by default.
    ///   - policy: What to do with a contract either side refuses.
    /// - Throws: With ``RefusalPolicy/stop``, as ``add(_:label:)``; never with ``RefusalPolicy/record``.
    public mutating func add(_ contract: ACIContract, label: String? = nil, ifRefused policy: RefusalPolicy) throws(CPTSKitError) {
        do throws(CPTSKitError) {
            try add(contract, label: label)
        } catch {
            guard policy == .record else { throw error }
            recordRefusal(label: label ?? contract.cpts.name, error: error)
        }
    }

    /// Lists a contract that was offered but could not be read or computed (a file that is not a
    /// contract, say), numbered among the contracts offered; the totals are unchanged.
    ///
    /// - Parameters:
    ///   - label: How to name it (its file name).
    ///   - error: Why it was refused.
    public mutating func recordRefusal(label: String, error: CPTSKitError) {
        refused.append(RefusedContract(index: contractCount + refused.count, label: label, error: error))
    }

    /// Computes a contract on both sides and adds it; nothing changes if either side throws.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - label: How to name it in ``contracts`` (its file name); the CPTS's name by default.
    /// - Throws: ``CPTSKitError`` from either side; a scenario error has its path under `scenario`.
    public mutating func add(_ contract: ACIContract, label: String? = nil) throws(CPTSKitError) {
        // Plans without warnings, summed without writing lines or payments (`FundingPlan.totals()`).
        let basePlan = try baselineEngine.plan(for: contract, rulebook: nil, collectWarnings: false)
        var payouts = PayoutMemo()
        let base = try basePlan.totals(evaluations: &payouts)
        let drafted: PlanTotals
        var uses: [PlanFindings.FigureUse] = []
        var delta = RulebookImpact(draft: draft, baseline: baselineEngine, scenario: scenarioEngine, keepingContracts: false,
                                   changedFigures: changedFigures)
        do throws(CPTSKitError) {
            let plan = try scenarioEngine.plan(for: contract, rulebook: nil, collectWarnings: false, recordingFiguresOf: draft)
            uses = plan.findings.figuresRead
            // When the two registries differ by the draft alone, the plans are the same until the day
            // the draft applies: the years that end before it are the baseline's, and a plan the
            // draft does not enter is the baseline's whole.
            if scenarioAddsDraftOnly, plan.timeline.catchUpDue == basePlan.catchUpDue {
                let index = plan.timeline.rulebooks.firstIndex { $0.id == draft }
                let day = index.flatMap { index in plan.timeline.periods.first { $0.rulebook == index }?.from }
                drafted = index == nil ? base : try plan.totals(reusing: day.map { (base, $0) }, evaluations: &payouts)
            } else {
                var own = PayoutMemo()
                drafted = try plan.totals(evaluations: &own)
            }
        } catch {
            throw error.nested(under: "scenario")
        }
        var years: [ContractImpact.Year] = []
        years.reserveCapacity(ACIContract.yearCount)
        for number in 1...max(base.years.count, drafted.years.count) {
            let b = number <= base.years.count ? base.years[number - 1] : nil
            let s = number <= drafted.years.count ? drafted.years[number - 1] : nil
            let year = ContractImpact.Year(
                year: number, total: ImpactAmount(baseline: b?.total ?? .zero, scenario: s?.total ?? .zero),
                bestCase: ImpactAmount(baseline: b?.maxTotal ?? .zero, scenario: s?.maxTotal ?? .zero),
                baselineRulebook: b?.rulebook, scenarioRulebook: s?.rulebook)
            years.append(year)
            delta.byContractYear[number] = year.total
            delta.total = try delta.total.adding(year.total)
            delta.bestCase = try delta.bestCase.adding(year.bestCase)
        }
        // By volet and mission, and payments by calendar year: each side's years summed.
        var parts = [ImpactAmount](repeating: ImpactAmount(), count: contract.missions.count + 1)
        for (side, totals) in [(0, base), (1, drafted)] {
            for year in totals.years {
                for slot in parts.indices where year.parts[slot] != .zero {
                    let amount = side == 0 ? ImpactAmount(baseline: year.parts[slot], scenario: .zero)
                        : ImpactAmount(baseline: .zero, scenario: year.parts[slot])
                    parts[slot] = try parts[slot].adding(amount)
                }
                for (calendarYear, paid) in year.payments {
                    let amount = side == 0 ? ImpactAmount(baseline: paid, scenario: .zero) : ImpactAmount(baseline: .zero, scenario: paid)
                    delta.byPaymentYear[calendarYear] = try (delta.byPaymentYear[calendarYear] ?? ImpactAmount()).adding(amount)
                }
            }
        }
        delta.fonctionnement = parts[0]
        for (index, mission) in contract.missions.enumerated() { delta.byMission[mission.kind] = parts[index + 1] }
        let populations = try departments?.populationByDepartment(of: contract.cpts) ?? [:]
        let department = departments == nil ? PortfolioSummary.department(of: contract.cpts)
            : DepartmentAttribution.department(holdingMostOf: populations)
        var row = ContractImpact(label: label ?? contract.cpts.name, cpts: contract.cpts.name, sizeClass: base.sizeClass,
                                 department: department, years: years, total: delta.total)
        row.populationByDepartment = populations
        delta.bySizeClass = [row.sizeClass: delta.total]
        delta.byDepartment = [row.department: delta.total]
        delta.contractCount = 1
        let difference = delta.total.difference
        if difference.cents > 0 { delta.gaining = 1 } else if difference.cents < 0 { delta.losing = 1 } else { delta.unchanged = 1 }
        if row.isReached { delta.reached = 1 }
        delta.contracts = [row]
        try merge(delta)
        // The figures met: a figure paid once stays paid.
        for use in uses where use.paid ? figuresRead[use.key] != true : figuresRead[use.key] == nil { figuresRead[use.key] = use.paid }
    }
}
