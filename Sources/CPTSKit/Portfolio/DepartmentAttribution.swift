/// How an aggregate files a CPTS under a département: the one holding most of its population
/// (its communes and its EPCIs' members together, read in one millésime of a dataset).
///
/// Without it, ``PortfolioSummary`` and ``RulebookImpact`` file a CPTS under the most frequent
/// département of the communes it lists (`unknown` when it lists none, even with EPCIs).
public struct DepartmentAttribution: Hashable, Sendable {
    /// The populations (the national table of `CPTSKitFrance` for CPTS anywhere in France).
    public let dataset: PopulationDataset
    /// The millésime whose populations and geography are read.
    public let millesime: Int
    /// The population read: municipal by default.
    public let measure: PopulationMeasure

    /// An attribution by population.
    ///
    /// - Parameters:
    ///   - dataset: The populations.
    ///   - millesime: The millésime; the dataset's latest when `nil`.
    ///   - measure: Municipal (the default) or total population.
    public init(dataset: PopulationDataset, millesime: Int? = nil, measure: PopulationMeasure = .municipal) {
        self.dataset = dataset
        self.millesime = millesime ?? dataset.millesimes.last ?? 0
        self.measure = measure
    }

    /// The population of a CPTS's territory by département: its communes and its EPCIs' members,
    /// each counted once, as ``PopulationDataset/territory(of:millesime:)`` reads them.
    ///
    /// - Parameter cpts: The community.
    /// - Returns: Inhabitants by département code; empty for a CPTS without territory.
    /// - Throws: ``CPTSKitError`` when its territory cannot be read (an unknown code).
    public func populationByDepartment(of cpts: CPTS) throws(CPTSKitError) -> [String: Int] {
        guard !cpts.communes.isEmpty || !cpts.epcis.isEmpty else { return [:] }
        let territory = try dataset.territory(of: cpts, millesime: millesime)
        var out: [String: Int] = [:]
        for code in Set(territory.communes) {
            guard let commune = dataset.commune(code), let population = commune.population(millesime: millesime, measure: measure)
            else { continue }
            out[commune.department, default: 0] += population
        }
        return out
    }

    /// The département holding most of a population by département; the smallest code on a tie;
    /// `unknown` when there is none.
    ///
    /// - Parameter populations: Inhabitants by département code.
    /// - Returns: The département code, or `unknown`.
    public static func department(holdingMostOf populations: [String: Int]) -> String {
        populations.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "unknown"
    }

    /// Two attributions are the same when they read the same millésime and measure of a dataset of
    /// the same name, millésimes and size (datasets are large: they are not compared commune by commune).
    ///
    /// - Parameters:
    ///   - lhs: An attribution.
    ///   - rhs: Another.
    public static func == (lhs: DepartmentAttribution, rhs: DepartmentAttribution) -> Bool {
        lhs.millesime == rhs.millesime && lhs.measure == rhs.measure && lhs.dataset.name == rhs.dataset.name
            && lhs.dataset.millesimes == rhs.dataset.millesimes && lhs.dataset.communes.count == rhs.dataset.communes.count
    }

    /// Hashes what `==` compares.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(millesime)
        hasher.combine(measure)
        hasher.combine(dataset.name)
        hasher.combine(dataset.millesimes)
        hasher.combine(dataset.communes.count)
    }
}
