/// A declared population compared with the INSEE sum of the communes listed.
///
/// The contract's declared population sets the size class; the INSEE sum is
/// a check that reports the difference and never overrides it. CPTS Rade à Ria's 31 530
/// equals its communes' PMUN 2020; Lorient Littoral's 110 110 matches no millésime.
public struct PopulationCrossCheck: Hashable, Sendable {
    /// The population declared in the contract.
    public let declared: Int
    /// The INSEE sum over the listed communes found in the dataset.
    public let inseeSum: Int
    /// The millésime of the sum.
    public let millesime: Int
    /// The measure of the sum.
    public let measure: PopulationMeasure
    /// Listed codes of départements the dataset does not hold, not counted.
    public let unknownCodes: [INSEECode]
    /// How the listed codes and EPCIs were read in the millésime's geography.
    public let notes: [TerritoryNote]

    /// `declared − inseeSum`: positive when the contract declares more inhabitants.
    public var difference: Int { declared - inseeSum }
    /// Whether the declared figure equals the INSEE sum and every commune was found.
    public var matches: Bool { difference == 0 && unknownCodes.isEmpty }
}

extension PopulationDataset {
    /// Compares a CPTS's declared population with the INSEE sum of its communes.
    ///
    /// - Parameters:
    ///   - cpts: The community, with its commune list.
    ///   - millesime: The census reference year to sum.
    ///   - measure: Municipal or total population.
    /// - Returns: The comparison; `nil` when the CPTS lists no commune and no EPCI.
    /// - Throws: ``CPTSKitError``: `invalidArgument` when the dataset lacks the millésime,
    ///   `unknownCommune` or `unknownEPCI` for a code it cannot read (see
    ///   ``territory(of:millesime:)``).
    public func crossCheck(_ cpts: CPTS, millesime: Int, measure: PopulationMeasure = .municipal)
        throws(CPTSKitError) -> PopulationCrossCheck?
    {
        try requireMillesime(millesime, path: "millesime")
        guard !cpts.communes.isEmpty || !cpts.epcis.isEmpty else { return nil }
        let territory = try read(cpts, millesime: millesime)
        var sum = 0
        for position in territory.positions {
            sum += indexes.population(at: position, column: territory.column, measure: measure) ?? 0
        }
        return PopulationCrossCheck(declared: cpts.population, inseeSum: sum, millesime: millesime,
                                    measure: measure, unknownCodes: territory.outside, notes: territory.notes)
    }
}
