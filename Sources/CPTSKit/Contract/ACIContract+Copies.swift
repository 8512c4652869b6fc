extension ACIContract {
    /// A copy with other results, checked as a new contract is.
    ///
    /// - Parameter results: Results by year (1…5) and indicator id; they replace the contract's.
    /// - Returns: The contract with those results (and its interim measurements).
    /// - Throws: ``CPTSKitError`` as ``init(cpts:signedOn:rulebookID:missions:results:crisisYears:activations:rulebookChanges:amendments:)``
    ///   does (`unknownIndicator`, `wrongResultKind`, `yearOutOfContract`…).
    public func with(results: [Int: [String: IndicatorResult]]) throws(CPTSKitError) -> ACIContract {
        try copy(results: results)
    }

    /// A copy with other years of recognised crisis, checked.
    ///
    /// - Parameter crisisYears: Years (1…5) with an ARS-recognised crisis.
    /// - Returns: The contract with those years.
    /// - Throws: ``CPTSKitError`` as the initialiser does.
    public func with(crisisYears: Set<Int>) throws(CPTSKitError) -> ACIContract {
        try copy(crisisYears: crisisYears)
    }

    /// A copy with one more amendment, after the others, checked.
    ///
    /// - Parameter amendment: The amendment, dated on or after the last one.
    /// - Returns: The amended contract; its interim measurements are checked against it again.
    /// - Throws: ``CPTSKitError`` as the initialiser does (`amendmentOutOfOrder`, `afterTermination`…).
    public func adding(amendment: Amendment) throws(CPTSKitError) -> ACIContract {
        try copy(amendments: amendments + [amendment])
    }

    /// A copy with other interim measurements, checked: each year 1…5 (a year that starts before
    /// any termination), each measurement dated inside its year and before any termination, after
    /// the one before it, naming indicators in force that year with values of their kind.
    ///
    /// ```swift
    /// let followed = try contract.with(progress: [2: [
    ///     ProgressMeasurement(on: try CalendarDate(year: 2026, month: 8, day: 11),
    ///                         results: ["nouveaux-mt": .measured(Fraction(180))]),
    /// ]])
    /// ```
    ///
    /// - Parameter progress: Measurements by contract year, in date order; they replace the contract's.
    /// - Returns: The contract with those measurements.
    /// - Throws: ``CPTSKitError`` with the path of the offending measurement (`progress.2[1].on`):
    ///   `yearOutOfContract`, `afterTermination`, `dateOutOfContract`, `measurementOutOfOrder`,
    ///   `unknownIndicator`, `wrongResultKind`, `invalidNumber`.
    public func with(progress: [Int: [ProgressMeasurement]]) throws(CPTSKitError) -> ACIContract {
        try copy(progress: progress)
    }

    /// The contract with some of its parts replaced, checked as a new one.
    private func copy(results: [Int: [String: IndicatorResult]]? = nil, crisisYears: Set<Int>? = nil,
                      amendments: [Amendment]? = nil, progress: [Int: [ProgressMeasurement]]? = nil)
        throws(CPTSKitError) -> ACIContract
    {
        try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions, results: results ?? self.results,
                        crisisYears: crisisYears ?? self.crisisYears, activations: activations, rulebookChanges: rulebookChanges,
                        amendments: amendments ?? self.amendments, progress: progress ?? self.progress, partialYears: false)
    }
}
