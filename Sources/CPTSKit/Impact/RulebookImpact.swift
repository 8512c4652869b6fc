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

    /// The contracts added, in order (empty when ``keepsContracts`` is false).
    public private(set) var contracts: [ContractImpact] = []
    /// The number of contracts added.
    public private(set) var contractCount = 0
    /// Every contract year: due and assessed lines (pending ones excluded).
    public private(set) var total = ImpactAmount()
    /// Every contract year with pending lines at their best case.
    public private(set) var bestCase = ImpactAmount()
    /// By size class (of each contract's first year without the draft).
    public private(set) var bySizeClass: [SizeClass: ImpactAmount] = [:]
    /// By département of the CPTS.
    public private(set) var byDepartment: [String: ImpactAmount] = [:]
    /// Volet 1, *fonctionnement* (annual amount, start-up and its catch-up).
    public private(set) var fonctionnement = ImpactAmount()
    /// Volet 2, by mission.
    public private(set) var byMission: [MissionKind: ImpactAmount] = [:]
    /// By contract year, 1…5.
    public private(set) var byContractYear: [Int: ImpactAmount] = [:]
    /// Payments by calendar year of their due date (pending ones excluded), from each side's schedule.
    public private(set) var byPaymentYear: [Int: ImpactAmount] = [:]
    /// Contracts the draft pays more over their term.
    public private(set) var gaining = 0
    /// Contracts the draft pays less over their term.
    public private(set) var losing = 0
    /// Contracts whose total does not change (reached or not).
    public private(set) var unchanged = 0
    /// Contracts the draft reaches in at least one year.
    public private(set) var reached = 0

    /// An impact between two engines: the baseline, and the scenario that holds the draft.
    ///
    /// - Parameters:
    ///   - draft: The draft rulebook's identifier (in the scenario's registry).
    ///   - baseline: The engine of the rulebooks in force.
    ///   - scenario: The engine whose registry adds the draft.
    ///   - keepingContracts: Whether to keep a row per contract (`false` when streaming very many).
    public init(draft: String, baseline: FundingEngine, scenario: FundingEngine, keepingContracts: Bool = true) {
        self.draft = draft
        baselineEngine = baseline
        scenarioEngine = scenario
        keepsContracts = keepingContracts
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

    /// Computes a contract on both sides and adds it; nothing changes if either side throws.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - label: How to name it in ``contracts`` (its file name); the CPTS's name by default.
    /// - Throws: ``CPTSKitError`` from either side; a scenario error has its path under `scenario`.
    public mutating func add(_ contract: ACIContract, label: String? = nil) throws(CPTSKitError) {
        let (baseFunding, baseSchedule) = try baselineEngine.fundingAndSchedule(for: contract)
        let (drafted, draftSchedule): (ContractFunding, PaymentSchedule)
        do throws(CPTSKitError) {
            (drafted, draftSchedule) = try scenarioEngine.fundingAndSchedule(for: contract)
        } catch {
            throw error.nested(under: "scenario")
        }
        var delta = RulebookImpact(draft: draft, baseline: baselineEngine, scenario: scenarioEngine, keepingContracts: false)
        var years: [ContractImpact.Year] = []
        for number in 1...ACIContract.yearCount {
            let base = number <= baseFunding.years.count ? baseFunding.years[number - 1] : nil
            let scen = number <= drafted.years.count ? drafted.years[number - 1] : nil
            guard base != nil || scen != nil else { continue }
            let year = ContractImpact.Year(
                year: number, total: ImpactAmount(baseline: base?.total ?? .zero, scenario: scen?.total ?? .zero),
                bestCase: ImpactAmount(baseline: base?.maxTotal ?? .zero, scenario: scen?.maxTotal ?? .zero),
                baselineRulebook: base?.rulebook, scenarioRulebook: scen?.rulebook)
            years.append(year)
            delta.byContractYear[number] = try (delta.byContractYear[number] ?? ImpactAmount()).adding(year.total)
            delta.total = try delta.total.adding(year.total)
            delta.bestCase = try delta.bestCase.adding(year.bestCase)
        }
        for (side, funding) in [(0, baseFunding), (1, drafted)] {
            for statement in funding.years {
                for line in statement.lines where line.isSettled {
                    let amount = side == 0 ? ImpactAmount(baseline: line.amount, scenario: .zero)
                        : ImpactAmount(baseline: .zero, scenario: line.amount)
                    if let mission = line.mission {
                        delta.byMission[mission] = try (delta.byMission[mission] ?? ImpactAmount()).adding(amount)
                    } else {
                        delta.fonctionnement = try delta.fonctionnement.adding(amount)
                    }
                }
            }
        }
        for (side, schedule) in [(0, baseSchedule), (1, draftSchedule)] {
            for payment in schedule.payments {
                let amount = side == 0 ? ImpactAmount(baseline: payment.amount, scenario: .zero)
                    : ImpactAmount(baseline: .zero, scenario: payment.amount)
                delta.byPaymentYear[payment.dueOn.year] = try (delta.byPaymentYear[payment.dueOn.year] ?? ImpactAmount()).adding(amount)
            }
        }
        let department = PortfolioSummary.department(of: contract.cpts)
        let row = ContractImpact(label: label ?? contract.cpts.name, cpts: contract.cpts.name, sizeClass: baseFunding.sizeClass,
                                 department: department, years: years, total: delta.total)
        try merge(delta, row: row)
    }

    /// Adds a contract's figures after every sum is checked: nothing changes if one overflows.
    private mutating func merge(_ delta: RulebookImpact, row: ContractImpact) throws(CPTSKitError) {
        func merged<Key: Hashable>(_ mine: [Key: ImpactAmount], _ theirs: [Key: ImpactAmount]) throws(CPTSKitError)
            -> [Key: ImpactAmount]
        {
            var out = mine
            for (key, amount) in theirs { out[key] = try (mine[key] ?? ImpactAmount()).adding(amount) }
            return out
        }
        let newTotal = try total.adding(delta.total), newBest = try bestCase.adding(delta.bestCase)
        let sizes = try merged(bySizeClass, [row.sizeClass: delta.total])
        let departments = try merged(byDepartment, [row.department: delta.total])
        let newFonctionnement = try fonctionnement.adding(delta.fonctionnement)
        let missions = try merged(byMission, delta.byMission)
        let years = try merged(byContractYear, delta.byContractYear)
        let payments = try merged(byPaymentYear, delta.byPaymentYear)
        total = newTotal
        bestCase = newBest
        bySizeClass = sizes
        byDepartment = departments
        fonctionnement = newFonctionnement
        byMission = missions
        byContractYear = years
        byPaymentYear = payments
        contractCount += 1
        let difference = delta.total.difference
        if difference.cents > 0 { gaining += 1 } else if difference.cents < 0 { losing += 1 } else { unchanged += 1 }
        if row.isReached { reached += 1 }
        if keepsContracts { contracts.append(row) }
    }
}
