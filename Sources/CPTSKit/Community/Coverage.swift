/// The share of a département's population living in communes covered by a set of CPTS.
///
/// The *taux de couverture* the CPAM publishes (Morbihan: 79.46 % in May 2025, CPAM du Morbihan press release of 12 May 2025)
/// is Σ population of covered communes ÷ département population. Each commune counts once,
/// even when two CPTS list it; communes outside the dataset (neighbouring départements) are
/// reported, not counted. The report states its millésime and measure.
public struct CoverageReport: Hashable, Sendable {
    /// One CPTS's contribution to the coverage.
    public struct Entry: Hashable, Sendable {
        /// The CPTS's name.
        public let name: String
        /// The communes it lists that the dataset holds.
        public let communes: Int
        /// Their population (before removing overlaps with other CPTS).
        public let population: Int
    }

    /// The département's name.
    public let department: String
    /// The millésime used.
    public let millesime: Int
    /// The measure used.
    public let measure: PopulationMeasure
    /// The population of the whole département.
    public let departmentPopulation: Int
    /// The population of the covered communes, each counted once.
    public let coveredPopulation: Int
    /// The number of covered communes in the département.
    public let coveredCommunes: Int
    /// The number of communes in the département.
    public let departmentCommunes: Int
    /// Each CPTS's own figures.
    public let entries: [Entry]
    /// Communes listed by more than one CPTS.
    public let overlaps: [INSEECode]
    /// Listed communes outside the dataset (not counted).
    public let outside: [INSEECode]

    /// The exact covered share, `coveredPopulation / departmentPopulation`.
    public var share: Fraction {
        (try? Fraction(Int64(coveredPopulation), Int64(max(departmentPopulation, 1)))) ?? .zero
    }
}

extension PopulationDataset {
    /// Computes the coverage of the département by the given CPTS.
    ///
    /// - Parameters:
    ///   - communities: The CPTS, each with its commune list.
    ///   - millesime: The census reference year.
    ///   - measure: Municipal (default) or total population.
    /// - Returns: The coverage report.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` when the dataset lacks the millésime.
    public func coverage(by communities: [CPTS], millesime: Int, measure: PopulationMeasure = .municipal)
        throws(CPTSKitError) -> CoverageReport
    {
        try requireMillesime(millesime, path: "millesime")
        var covered = Set<INSEECode>()
        var overlaps = Set<INSEECode>()
        var outside = Set<INSEECode>()
        var entries: [CoverageReport.Entry] = []
        for cpts in communities {
            var population = 0, count = 0
            for code in Set(cpts.communes) {
                guard let count2 = commune(code)?.population(millesime: millesime, measure: measure) else {
                    outside.insert(code)
                    continue
                }
                population += count2
                count += 1
                if !covered.insert(code).inserted { overlaps.insert(code) }
            }
            entries.append(.init(name: cpts.name, communes: count, population: population))
        }
        var coveredPopulation = 0
        for code in covered { coveredPopulation += commune(code)?.population(millesime: millesime, measure: measure) ?? 0 }
        return CoverageReport(
            department: name, millesime: millesime, measure: measure,
            departmentPopulation: totalPopulation(millesime: millesime, measure: measure) ?? 0,
            coveredPopulation: coveredPopulation, coveredCommunes: covered.count,
            departmentCommunes: communes.count, entries: entries,
            overlaps: overlaps.sorted(), outside: outside.sorted())
    }
}
