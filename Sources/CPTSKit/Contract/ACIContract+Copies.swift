extension ACIContract {
    /// A copy with other results, checked as a new contract is.
    ///
    /// - Parameter results: Results by year (1…5) and indicator id; they replace the contract's.
    /// - Returns: The contract with those results.
    /// - Throws: ``CPTSKitError`` as ``init(cpts:signedOn:rulebookID:missions:results:crisisYears:activations:rulebookChanges:amendments:)``
    ///   does (`unknownIndicator`, `wrongResultKind`, `yearOutOfContract`…).
    public func with(results: [Int: [String: IndicatorResult]]) throws(CPTSKitError) -> ACIContract {
        try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions, results: results,
                        crisisYears: crisisYears, activations: activations, rulebookChanges: rulebookChanges, amendments: amendments)
    }

    /// A copy with other years of recognised crisis, checked.
    ///
    /// - Parameter crisisYears: Years (1…5) with an ARS-recognised crisis.
    /// - Returns: The contract with those years.
    /// - Throws: ``CPTSKitError`` as the initialiser does.
    public func with(crisisYears: Set<Int>) throws(CPTSKitError) -> ACIContract {
        try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions, results: results,
                        crisisYears: crisisYears, activations: activations, rulebookChanges: rulebookChanges, amendments: amendments)
    }

    /// A copy with one more amendment, after the others, checked.
    ///
    /// - Parameter amendment: The amendment, dated on or after the last one.
    /// - Returns: The amended contract.
    /// - Throws: ``CPTSKitError`` as the initialiser does (`amendmentOutOfOrder`, `afterTermination`…).
    public func adding(amendment: Amendment) throws(CPTSKitError) -> ACIContract {
        try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions, results: results,
                        crisisYears: crisisYears, activations: activations, rulebookChanges: rulebookChanges, amendments: amendments + [amendment])
    }
}
