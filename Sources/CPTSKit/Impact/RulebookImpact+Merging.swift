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
        var out = self
        try out.merge(other)
        return out
    }

    /// Adds another impact of the same draft to this one, in place; nothing changes if it throws.
    ///
    /// - Parameter other: An impact of the same draft between the same engines.
    /// - Throws: As ``merged(with:)``.
    public mutating func merge(_ other: RulebookImpact) throws(CPTSKitError) {
        guard other.draft == draft, other.baselineEngine == baselineEngine, other.scenarioEngine == scenarioEngine else {
            throw CPTSKitError(.invalidArgument, path: "other", message: BilingualText(fr: "seuls les impacts d'un même projet entre les mêmes moteurs se fusionnent", en: "only impacts of the same draft between the same engines merge"),
                               value: other.draft)
        }
        // Every sum first, checked; then the assignments.
        let newTotal = try total.adding(other.total), newBest = try bestCase.adding(other.bestCase)
        let sizes = try bySizeClass.adding(other.bySizeClass), departments = try byDepartment.adding(other.byDepartment)
        let newFonctionnement = try fonctionnement.adding(other.fonctionnement), missions = try byMission.adding(other.byMission)
        let years = try byContractYear.adding(other.byContractYear), payments = try byPaymentYear.adding(other.byPaymentYear)
        total = newTotal
        bestCase = newBest
        bySizeClass = sizes
        byDepartment = departments
        fonctionnement = newFonctionnement
        byMission = missions
        byContractYear = years
        byPaymentYear = payments
        // The other's refusals are numbered after every contract offered to this one.
        let offered = contractCount + refused.count
        refused += other.refused.map { RefusedContract(index: offered + $0.index, label: $0.label, error: $0.error) }
        contractCount += other.contractCount
        gaining += other.gaining
        losing += other.losing
        unchanged += other.unchanged
        reached += other.reached
        figuresRead.merge(other.figuresRead) { $0 || $1 }
        if keepsContracts { contracts += other.contracts }
    }
}
