/// The impact of a draft rulebook on many contracts by the compiled path: each contract is
/// compiled once without and once with the draft, and the year totals of both are compared at
/// portfolio speed.
///
/// Every figure equals ``RulebookImpact``'s to the cent (both read the engine's line templates);
/// it keeps year totals only — no mission, no payment calendar. Use ``removeAll()`` between
/// chunks to stream any number of contracts in flat memory, or
/// ``RulebookImpact/totals(of:baseline:scenario:chunkSize:)`` which does it.
///
/// ```swift
/// var impact = CompiledImpact(baseline: FundingEngine(), scenario: FundingEngine(registry: withDraft))
/// for contract in contracts { try impact.append(contract) }
/// let totals = try impact.totals()
/// ```
public struct CompiledImpact: Hashable, Sendable {
    /// The contracts without the draft.
    public private(set) var baseline: CompiledPortfolio
    /// The same contracts with it.
    public private(set) var scenario: CompiledPortfolio
    /// The département of each contract, as an index in ``departments``.
    private var departmentIndex: [Int32] = []
    /// The départements met so far.
    private var departments: [String] = []

    /// An empty impact between two engines.
    ///
    /// - Parameters:
    ///   - baseline: The engine of the rulebooks in force.
    ///   - scenario: The engine whose registry adds the draft.
    public init(baseline: FundingEngine, scenario: FundingEngine) {
        self.baseline = CompiledPortfolio(engine: baseline)
        self.scenario = CompiledPortfolio(engine: scenario)
    }

    /// The number of contracts.
    public var count: Int { baseline.count }

    /// Compiles a contract on both sides; nothing changes if either side throws.
    ///
    /// - Parameter contract: The contract.
    /// - Throws: ``CPTSKitError`` from either side; a scenario error has its path under `scenario`.
    public mutating func append(_ contract: ACIContract) throws(CPTSKitError) {
        try baseline.append(contract)
        do throws(CPTSKitError) {
            try scenario.append(contract)
        } catch {
            baseline.removeLast()
            throw error.nested(under: "scenario")
        }
        let department = PortfolioSummary.department(of: contract.cpts)
        if let index = departments.lastIndex(of: department) {
            departmentIndex.append(Int32(index))
        } else {
            departments.append(department)
            departmentIndex.append(Int32(departments.count - 1))
        }
    }

    /// Removes every contract, keeping the storage for the next chunk.
    public mutating func removeAll() {
        baseline.removeAll()
        scenario.removeAll()
        departmentIndex.removeAll(keepingCapacity: true)
        departments.removeAll(keepingCapacity: true)
    }

    /// The totals of the contracts held.
    ///
    /// - Throws: ``CPTSKitError/Kind/overflow`` if a sum leaves the exact range (far beyond any budget).
    public func totals() throws(CPTSKitError) -> ImpactTotals {
        let years = ACIContract.yearCount
        var bySize = [Int64](repeating: 0, count: 2 * SizeClass.allCases.count)
        var byYear = [Int64](repeating: 0, count: 2 * years)
        var byDepartment = [Int64](repeating: 0, count: 2 * departments.count)
        var gaining = 0, losing = 0, unchanged = 0
        var overflow = false
        byYear.withUnsafeMutableBufferPointer { years in
            bySize.withUnsafeMutableBufferPointer { sizes in
                byDepartment.withUnsafeMutableBufferPointer { departments in
                    @inline(__always) func add(_ sums: UnsafeMutableBufferPointer<Int64>, _ index: Int, _ value: Int64) {
                        let (sum, flag) = sums[index].addingReportingOverflow(value)
                        sums[index] = sum
                        overflow = overflow || flag
                    }
                    for contract in 0..<count {
                        var base: Int64 = 0, drafted: Int64 = 0
                        for year in 0..<years.count / 2 {
                            // Each year total is below 2^61 (checked when compiling): five of them cannot overflow.
                            let b = baseline.totalCents(contract, year), s = scenario.totalCents(contract, year)
                            base &+= b
                            drafted &+= s
                            add(years, 2 &* year, b)
                            add(years, 2 &* year &+ 1, s)
                        }
                        let size = baseline.sizeClasses[contract].rawValue &- 1
                        add(sizes, 2 &* size, base)
                        add(sizes, 2 &* size &+ 1, drafted)
                        let department = Int(departmentIndex[contract])
                        add(departments, 2 &* department, base)
                        add(departments, 2 &* department &+ 1, drafted)
                        if drafted > base { gaining &+= 1 } else if drafted < base { losing &+= 1 } else { unchanged &+= 1 }
                    }
                }
            }
        }
        guard !overflow else {
            throw CPTSKitError(.overflow, path: "contracts", message: BilingualText(fr: "les totaux de l'impact dépassent la plage exacte des centimes", en: "the impact's totals exceed the exact range of cents"),
                               value: "\(count) contracts")
        }
        var totals = ImpactTotals()
        func amount(_ sums: [Int64], _ index: Int) -> ImpactAmount {
            ImpactAmount(baseline: Euros(cents: sums[2 * index]), scenario: Euros(cents: sums[2 * index + 1]))
        }
        for size in SizeClass.allCases where bySize[2 * (size.rawValue - 1)] != 0 || bySize[2 * (size.rawValue - 1) + 1] != 0
            || baseline.sizeClasses.contains(size) {
            totals.bySizeClass[size] = amount(bySize, size.rawValue - 1)
        }
        for (index, department) in departments.enumerated() { totals.byDepartment[department] = amount(byDepartment, index) }
        var total = ImpactAmount()
        for year in 0..<years where count > 0 {
            let value = amount(byYear, year)
            totals.byContractYear[year + 1] = value
            total = try total.adding(value)
        }
        totals.total = total
        totals.contractCount = count
        totals.gaining = gaining
        totals.losing = losing
        totals.unchanged = unchanged
        return totals
    }
}

extension RulebookImpact {
    /// The totals of an impact on any number of contracts, by the compiled path, in chunks: memory
    /// stays flat however many contracts stream through.
    ///
    /// - Parameters:
    ///   - contracts: The contracts, consumed once.
    ///   - baseline: The engine of the rulebooks in force.
    ///   - scenario: The engine whose registry adds the draft.
    ///   - chunkSize: How many contracts are compiled before their totals are taken.
    /// - Returns: The totals.
    /// - Throws: The first contract's ``CPTSKitError``, its path under `contracts[i]`.
    public static func totals<S: Sequence>(of contracts: S, baseline: FundingEngine, scenario: FundingEngine,
                                           chunkSize: Int = 4_096) throws(CPTSKitError) -> ImpactTotals
        where S.Element == ACIContract
    {
        var compiled = CompiledImpact(baseline: baseline, scenario: scenario)
        var totals = ImpactTotals()
        for (index, contract) in contracts.enumerated() {
            do throws(CPTSKitError) {
                try compiled.append(contract)
            } catch {
                throw error.nested(under: "contracts[\(index)]")
            }
            if compiled.count >= max(chunkSize, 1) {
                totals = try totals.merged(with: compiled.totals())
                compiled.removeAll()
            }
        }
        return try totals.merged(with: compiled.totals())
    }
}
