/// The share of an area's population living in communes covered by a set of CPTS: the
/// *taux de couverture* the CPAM and the ARS publish (Morbihan: 79.46 % in May 2025, CPAM du
/// Morbihan press release of 12 May 2025).
///
/// Σ population of the covered communes of the area ÷ population of the area, in one INSEE
/// millésime and measure. Each commune counts once, even when two CPTS claim it (an
/// ``overlaps`` entry says so); codes are read in the millésime's geography (see
/// ``PopulationDataset/territory(of:millesime:)``); the communes no CPTS covers are listed,
/// largest first, so an ARS sees where the next CPTS would matter most.
public struct Coverage: Hashable, Sendable, Codable {
    /// One CPTS's part of the coverage.
    public struct Community: Hashable, Sendable, Codable {
        /// The CPTS's name.
        public let name: String
        /// Its communes inside the area, in the millésime's geography.
        public let communes: Int
        /// Their population, before removing overlaps with other CPTS.
        public let population: Int
        /// Its communes outside the area (another département), not counted here.
        public let communesOutsideArea: Int
        /// How its codes were read (merges, arrondissements, EPCIs, codes outside the data).
        public let notes: [TerritoryNote]
    }

    /// A covered commune and the CPTS that claim it; more than one is an overlap, counted once.
    public struct Claim: Hashable, Sendable, Codable {
        /// The commune.
        public let code: INSEECode
        /// Its name.
        public let name: String
        /// Its département's code.
        public let department: String
        /// Its population.
        public let population: Int
        /// The first CPTS that claims it.
        public let firstClaimant: String
        /// The other CPTS that claim it, in the order given; empty unless it is an overlap.
        public let otherClaimants: [String]

        /// The CPTS that claim it, in the order given.
        public var claimedBy: [String] { [firstClaimant] + otherClaimants }
    }

    /// A commune of the area with its population.
    public struct CommuneFigure: Hashable, Sendable, Codable {
        /// The commune.
        public let code: INSEECode
        /// Its name.
        public let name: String
        /// Its département's code.
        public let department: String
        /// Its population.
        public let population: Int
    }

    /// The coverage of one département or région of the area.
    public struct Part: Hashable, Sendable, Codable {
        /// Its code.
        public let code: String
        /// Its name.
        public let name: String
        /// Its population.
        public let population: Int
        /// The population of its covered communes.
        public let coveredPopulation: Int
        /// Its communes.
        public let communes: Int
        /// Its covered communes.
        public let coveredCommunes: Int

        /// The exact covered share; zero for a part without inhabitants.
        public var share: Fraction { Coverage.share(coveredPopulation, of: population) }
    }

    /// The area.
    public let area: CoverageArea
    /// Its name: `Morbihan`, `Finistère (29)`, `Bretagne (53)`, `France`.
    public let areaName: String
    /// The millésime used.
    public let millesime: Int
    /// The measure used.
    public let measure: PopulationMeasure
    /// The population of the area.
    public let population: Int
    /// The population of the covered communes of the area, each counted once.
    public let coveredPopulation: Int
    /// The communes of the area in the millésime.
    public let communes: Int
    /// The covered communes of the area.
    public let coveredCommunes: Int
    /// Each CPTS's part, in the order given.
    public let communities: [Community]
    /// The covered communes of the area, in code order, each with the CPTS that claim it.
    public let covered: [Claim]
    /// The communes of the area no CPTS covers, the most populated first (then by code).
    public let uncovered: [CommuneFigure]
    /// Each département of the area, in code order.
    public let departments: [Part]
    /// Each région of the area, in code order, when the area spans several.
    public let regions: [Part]
    /// Listed codes of départements the dataset does not hold, not counted.
    public let outside: [INSEECode]
    /// The attribution of the data (source, millésime, licence).
    public let attribution: String

    /// Communes claimed by more than one CPTS, in code order: each counted once.
    public var overlaps: [Claim] { covered.filter { !$0.otherClaimants.isEmpty } }

    /// The exact covered share, `coveredPopulation / population`; zero for an empty area.
    public var share: Fraction { Self.share(coveredPopulation, of: population) }

    static func share(_ part: Int, of whole: Int) -> Fraction {
        guard whole > 0, let share = try? Fraction(Int64(part), Int64(whole)) else { return .zero }
        return share
    }
}
