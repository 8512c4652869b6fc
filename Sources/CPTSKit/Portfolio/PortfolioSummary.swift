/// The funding of many contracts folded into totals: what a CPAM or an ARS plans its budget with.
///
/// Contracts are added one at a time and only totals are kept, so memory stays flat however
/// many contracts stream through (a folder of files, a department, the ~700 contracted CPTS,
/// the Senate report of 2025). Totals are by contract year, by calendar year of payment, by volet,
/// mission, size class and département; each bucket holds what is assessed or due
/// (``Bucket/total``), the same with pending lines at their best case (``Bucket/maxTotal``) and
/// the yearly commitment — fixed parts plus best-case variable parts (``Bucket/commitment``).
public struct PortfolioSummary: Hashable, Sendable {
    /// Three sums of a group of lines.
    public struct Bucket: Hashable, Sendable {
        /// Due and assessed lines; pending lines excluded.
        public internal(set) var total = Euros.zero
        /// Pending lines counted at their best case.
        public internal(set) var maxTotal = Euros.zero
        /// Every line at its best case: the commitment for budget planning.
        public internal(set) var commitment = Euros.zero

        /// An empty bucket: every sum at zero.
        package init() {}

        init(total: Euros, maxTotal: Euros, commitment: Euros) {
            self.total = total
            self.maxTotal = maxTotal
            self.commitment = commitment
        }

        func merged(with other: Bucket) throws(CPTSKitError) -> Bucket {
            Bucket(total: try total.adding(other.total), maxTotal: try maxTotal.adding(other.maxTotal),
                   commitment: try commitment.adding(other.commitment))
        }

        mutating func add(_ line: FundingLine) throws(CPTSKitError) {
            if line.isSettled { total = try total.adding(line.amount) }
            maxTotal = try maxTotal.adding(line.amount)
            commitment = try commitment.adding(line.bestCase)
        }
    }

    /// The number of contracts added.
    public private(set) var contractCount = 0
    /// The contracts offered with ``RefusalPolicy/record`` that could not be computed, in order.
    public private(set) var refused: [RefusedContract] = []
    /// The sum of the declared populations.
    public private(set) var declaredPopulation = 0
    /// Every line of every contract.
    public private(set) var total = Bucket()
    /// By contract year, 1…5.
    public private(set) var byContractYear: [Int: Bucket] = [:]
    /// By volet.
    public private(set) var byVolet: [Volet: Bucket] = [:]
    /// By mission (volet 2 lines).
    public private(set) var byMission: [MissionKind: Bucket] = [:]
    /// By size class.
    public private(set) var bySizeClass: [SizeClass: Bucket] = [:]
    /// By département of the CPTS (``departments``: the one holding most of its population; without
    /// it, the most frequent among its communes; `unknown` without territory).
    public private(set) var byDepartment: [String: Bucket] = [:]
    /// Payments due by calendar year (pending ones excluded), from each contract's schedule.
    public private(set) var paymentsByCalendarYear: [Int: Euros] = [:]
    /// The CPTS added, without their contracts (for coverage).
    public private(set) var communities: [CPTS] = []
    /// The population of the CPTS added, by département (with a ``DepartmentAttribution`` only;
    /// a commune claimed by two CPTS counts in both).
    public private(set) var populationByDepartment: [String: Int] = [:]
    let engine: FundingEngine
    /// How a CPTS is filed under a département; by its communes' count when `nil`.
    public let departments: DepartmentAttribution?

    /// Creates an empty summary.
    ///
    /// - Parameters:
    ///   - engine: The engine that computes each contract.
    ///   - departments: Files each CPTS under the département holding most of its population
    ///     (communes and EPCI members); without it, under the most frequent département of its communes.
    public init(engine: FundingEngine = FundingEngine(), departments: DepartmentAttribution? = nil) {
        self.engine = engine
        self.departments = departments
    }

    /// The département a CPTS belongs to: the most frequent among its communes.
    ///
    /// - Parameter cpts: The community.
    /// - Returns: The département code, or `unknown` when no commune is listed.
    public static func department(of cpts: CPTS) -> String {
        var counts: [String: Int] = [:]
        for code in cpts.communes { counts[code.department, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "unknown"
    }

    /// Computes a contract and adds its figures, or, when it cannot be computed, does what `policy`
    /// says: throw, or list it in ``refused`` and go on.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - label: How to name it (its file name); the CPTS's name by default.
    ///   - policy: What to do with a contract the engine refuses.
    /// - Throws: With ``RefusalPolicy/stop``, the engine's ``CPTSKitError``; never with ``RefusalPolicy/record``.
    public mutating func add(_ contract: ACIContract, label: String? = nil, ifRefused policy: RefusalPolicy) throws(CPTSKitError) {
        do throws(CPTSKitError) {
            try add(contract)
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

    /// Computes a contract and adds its figures; the summary is unchanged if it throws.
    ///
    /// - Parameter contract: The contract.
    /// - Throws: ``CPTSKitError`` from the engine.
    public mutating func add(_ contract: ACIContract) throws(CPTSKitError) {
        // Sums only: the contract's warnings are not written (every check still runs).
        let (funding, plan) = try engine.fundingAndPlan(for: contract, rulebook: nil, collectWarnings: false)
        let schedule = try PaymentSchedule(funding: funding, plan: plan)
        // The contract's own buckets first, then a checked merge: nothing changes if anything throws,
        // and nothing is copied but the few buckets touched (memory and time stay linear).
        var delta = PortfolioSummary(engine: engine)
        let populations = try departments?.populationByDepartment(of: contract.cpts) ?? [:]
        let department = departments == nil ? Self.department(of: contract.cpts) : DepartmentAttribution.department(holdingMostOf: populations)
        for statement in funding.years {
            for line in statement.lines {
                try delta.total.add(line)
                try delta.byContractYear[statement.year.number, default: Bucket()].add(line)
                try delta.byVolet[line.volet, default: Bucket()].add(line)
                if let mission = line.mission { try delta.byMission[mission, default: Bucket()].add(line) }
                try delta.bySizeClass[funding.sizeClass, default: Bucket()].add(line)
                try delta.byDepartment[department, default: Bucket()].add(line)
            }
        }
        for payment in schedule.payments {
            delta.paymentsByCalendarYear[payment.dueOn.year] = try (delta.paymentsByCalendarYear[payment.dueOn.year] ?? .zero)
                .adding(payment.amount)
        }
        func merge<Key: Hashable>(_ mine: [Key: Bucket], _ theirs: [Key: Bucket]) throws(CPTSKitError) -> [(Key, Bucket)] {
            var out: [(Key, Bucket)] = []
            for (key, bucket) in theirs { out.append((key, try (mine[key] ?? Bucket()).merged(with: bucket))) }
            return out
        }
        let newTotal = try total.merged(with: delta.total)
        let years = try merge(byContractYear, delta.byContractYear)
        let volets = try merge(byVolet, delta.byVolet)
        let missions = try merge(byMission, delta.byMission)
        let sizes = try merge(bySizeClass, delta.bySizeClass)
        let departments = try merge(byDepartment, delta.byDepartment)
        var payments: [(Int, Euros)] = []
        for (year, amount) in delta.paymentsByCalendarYear {
            payments.append((year, try (paymentsByCalendarYear[year] ?? .zero).adding(amount)))
        }
        total = newTotal
        for (key, bucket) in years { byContractYear[key] = bucket }
        for (key, bucket) in volets { byVolet[key] = bucket }
        for (key, bucket) in missions { byMission[key] = bucket }
        for (key, bucket) in sizes { bySizeClass[key] = bucket }
        for (key, bucket) in departments { byDepartment[key] = bucket }
        for (year, amount) in payments { paymentsByCalendarYear[year] = amount }
        for (code, population) in populations { populationByDepartment[code, default: 0] += population }
        contractCount += 1
        declaredPopulation += contract.cpts.population
        communities.append(contract.cpts)
    }

    /// The coverage of an area by the CPTS added (see ``PopulationDataset/coverage(of:by:millesime:measure:)``).
    ///
    /// - Parameters:
    ///   - dataset: The populations (`.france` from `CPTSKitFrance`, or a smaller one).
    ///   - area: The area; the whole dataset by default.
    ///   - millesime: The INSEE millésime.
    ///   - measure: Municipal (default) or total population.
    /// - Throws: ``CPTSKitError``: `invalidArgument` when the dataset lacks the millésime or the
    ///   area, `unknownCommune` or `unknownEPCI` for a code it cannot read.
    public func coverage(of dataset: PopulationDataset, area: CoverageArea = .whole, millesime: Int = 2020,
                         measure: PopulationMeasure = .municipal) throws(CPTSKitError) -> Coverage
    {
        try dataset.coverage(of: area, by: communities, millesime: millesime, measure: measure)
    }
}
