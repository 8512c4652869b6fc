extension RulebookImpact {
    /// This impact and another one of the same draft, as if their contracts had been added to one.
    ///
    /// An impact is a value: split a portfolio between tasks, give each its own impact, and merge
    /// the results (rows in the order of the merge).
    ///
    /// ```swift
    /// let halves = try await withThrowingTaskGroup(of: RulebookImpact.self) { group in … }
    /// let whole = try first.merged(with: second)
    /// ```
    ///
    /// - Parameter other: An impact of the same draft between the same engines.
    /// - Returns: The sum of both.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` for another draft or other engines,
    ///   ``CPTSKitError/Kind/overflow``.
    public func merged(with other: RulebookImpact) throws(CPTSKitError) -> RulebookImpact {
        guard other.draft == draft, other.baselineEngine == baselineEngine, other.scenarioEngine == scenarioEngine else {
            throw CPTSKitError(.invalidArgument, path: "other", message: "only impacts of the same draft between the same engines merge",
                               value: other.draft)
        }
        func merge<Key: Hashable>(_ mine: [Key: ImpactAmount], _ theirs: [Key: ImpactAmount]) throws(CPTSKitError) -> [Key: ImpactAmount] {
            var out = mine
            for (key, amount) in theirs { out[key] = try (mine[key] ?? ImpactAmount()).adding(amount) }
            return out
        }
        var out = self
        out.total = try total.adding(other.total)
        out.bestCase = try bestCase.adding(other.bestCase)
        out.bySizeClass = try merge(bySizeClass, other.bySizeClass)
        out.byDepartment = try merge(byDepartment, other.byDepartment)
        out.fonctionnement = try fonctionnement.adding(other.fonctionnement)
        out.byMission = try merge(byMission, other.byMission)
        out.byContractYear = try merge(byContractYear, other.byContractYear)
        out.byPaymentYear = try merge(byPaymentYear, other.byPaymentYear)
        out.contractCount += other.contractCount
        out.gaining += other.gaining
        out.losing += other.losing
        out.unchanged += other.unchanged
        out.reached += other.reached
        if keepsContracts { out.contracts += other.contracts }
        return out
    }
}
