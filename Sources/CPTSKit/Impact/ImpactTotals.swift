/// The totals of an impact computed by the compiled path: year totals of many contracts, without
/// and with a draft, by size class, département and contract year.
///
/// What ``CompiledImpact/totals()`` and ``RulebookImpact/totals(of:baseline:scenario:chunkSize:)``
/// return. Due and assessed lines only (pending lines excluded), as ``RulebookImpact/total``;
/// missions and calendar years of payment need the lines and the schedules: ``RulebookImpact``.
public struct ImpactTotals: Hashable, Sendable {
    /// The number of contracts.
    public internal(set) var contractCount = 0
    /// Every contract year.
    public internal(set) var total = ImpactAmount()
    /// By size class of the first year without the draft.
    public internal(set) var bySizeClass: [SizeClass: ImpactAmount] = [:]
    /// By département of the CPTS.
    public internal(set) var byDepartment: [String: ImpactAmount] = [:]
    /// By contract year, 1…5.
    public internal(set) var byContractYear: [Int: ImpactAmount] = [:]
    /// Contracts the draft pays more over their term.
    public internal(set) var gaining = 0
    /// Contracts the draft pays less over their term.
    public internal(set) var losing = 0
    /// Contracts whose total does not change.
    public internal(set) var unchanged = 0

    /// No contract.
    public init() {}

    /// These totals and another's (two chunks of a stream).
    ///
    /// - Parameter other: The totals to add.
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    public func merged(with other: ImpactTotals) throws(CPTSKitError) -> ImpactTotals {
        var out = ImpactTotals()
        out.contractCount = contractCount + other.contractCount
        out.total = try total.adding(other.total)
        out.bySizeClass = try bySizeClass.adding(other.bySizeClass)
        out.byDepartment = try byDepartment.adding(other.byDepartment)
        out.byContractYear = try byContractYear.adding(other.byContractYear)
        out.gaining = gaining + other.gaining
        out.losing = losing + other.losing
        out.unchanged = unchanged + other.unchanged
        return out
    }
}
