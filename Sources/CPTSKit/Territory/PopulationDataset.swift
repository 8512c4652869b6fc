/// Communes with their INSEE legal populations: the data behind the population cross-check and
/// the coverage rate.
///
/// The `CPTSKitFrance` product holds `PopulationDataset.france`, every commune of France, and
/// `PopulationDataset.morbihan`, the 249 communes of the Morbihan (56). Both hold the *populations légales* of
/// the millésimes 2020–2023, the EPCI of 2025 and the commune changes of the INSEE *Code officiel
/// géographique* (see ``attribution``).
///
/// An integrator with other data (another millésime, a finer territory) builds a dataset with
/// ``init(name:millesimes:communes:departments:regions:movements:attribution:)``: a commune
/// exists in a millésime when it has a population for it; the codes of a département the
/// dataset holds must all be there, since a missing one is reported as unknown.
public struct PopulationDataset: Hashable, Sendable {
    /// The dataset's name, e.g. `Morbihan` or `France`.
    public let name: String
    /// The millésimes the dataset holds, in increasing order.
    public let millesimes: [Int]
    /// The communes, in INSEE code order: every code that exists in one of the millésimes, and
    /// Paris, Lyon and Marseille with no population of their own.
    public let communes: [Commune]
    /// The départements the dataset holds, in code order.
    public let departments: [Department]
    /// The régions of those départements, in code order.
    public let regions: [Region]
    /// The commune changes used to resolve an old or a newer code, by date.
    public let movements: [CommuneMovement]
    /// The attribution the data licence (Licence Ouverte) asks for.
    public let attribution: String
    let indexes: PopulationDatasetIndexes

    /// Creates a dataset.
    ///
    /// - Parameters:
    ///   - name: The dataset's name.
    ///   - millesimes: The millésimes held.
    ///   - communes: The communes.
    ///   - departments: The départements held; by default those of the communes, named by code.
    ///   - regions: The régions of the départements.
    ///   - movements: The commune changes, for codes that changed; none by default.
    ///   - attribution: The source and licence line.
    public init(name: String, millesimes: [Int], communes: [Commune], departments: [Department] = [],
                regions: [Region] = [], movements: [CommuneMovement] = [], attribution: String)
    {
        self.name = name
        self.millesimes = millesimes.sorted()
        let ordered = communes.indices.dropFirst().allSatisfy { communes[$0 - 1].code < communes[$0].code }
        self.communes = ordered ? communes : communes.sorted { $0.code < $1.code }
        var departments = departments
        if departments.isEmpty {
            var codes: [String] = []
            for commune in self.communes where codes.last != commune.department { codes.append(commune.department) }
            departments = Set(codes).sorted().map { Department(code: $0, name: $0, region: "") }
        }
        self.departments = departments.sorted { $0.code < $1.code }
        self.regions = regions.sorted { $0.code < $1.code }
        func precedes(_ a: CommuneMovement, _ b: CommuneMovement) -> Bool {
            a.date != b.date ? a.date < b.date : a.before != b.before ? a.before < b.before : a.after < b.after
        }
        let movementsOrdered = movements.indices.dropFirst().allSatisfy { !precedes(movements[$0], movements[$0 - 1]) }
        self.movements = movementsOrdered ? movements : movements.sorted(by: precedes)
        self.attribution = attribution
        var builder = PopulationDatasetIndexes.Builder(millesimes: self.millesimes, departments: self.departments,
                                                       capacity: self.communes.count)
        for commune in self.communes { builder.add(commune) }
        indexes = builder.finish(movements: self.movements)
    }

    /// A dataset whose parts are already in order, with its lookups: what a generated table
    /// decodes into (see `TerritoryTable`).
    init(name: String, millesimes: [Int], communes: [Commune], departments: [Department], regions: [Region],
         movements: [CommuneMovement], attribution: String, indexes: PopulationDatasetIndexes)
    {
        self.name = name
        self.millesimes = millesimes
        self.communes = communes
        self.departments = departments
        self.regions = regions
        self.movements = movements
        self.attribution = attribution
        self.indexes = indexes
    }

    /// The commune with this code, or `nil` when it is not in the dataset.
    ///
    /// - Parameter code: An INSEE code.
    /// - Returns: The commune, or `nil`.
    public func commune(_ code: INSEECode) -> Commune? {
        indexes.position(of: code).map { communes[$0] }
    }

    /// The département with this code, or `nil` when the dataset does not hold it.
    ///
    /// - Parameter code: A département code, e.g. `56`.
    /// - Returns: The département, or `nil`.
    public func department(_ code: String) -> Department? {
        indexes.departments[code].map { departments[$0] }
    }

    /// The région with this code, or `nil` when the dataset does not hold it.
    ///
    /// - Parameter code: A région code, e.g. `53`.
    /// - Returns: The région, or `nil`.
    public func region(_ code: String) -> Region? {
        regions.first { $0.code == code }
    }

    /// The sum of one legal population over every commune of the dataset.
    ///
    /// For the Morbihan: 764 161 (PMUN 2020), 768 687 (2021), 776 103 (2022), 783 390 (2023).
    ///
    /// - Parameters:
    ///   - millesime: The census reference year.
    ///   - measure: Municipal or total population.
    /// - Returns: The sum, or `nil` when the dataset lacks the millésime.
    public func totalPopulation(millesime: Int, measure: PopulationMeasure) -> Int? {
        guard let column = indexes.column(of: millesime) else { return nil }
        var sum = 0
        for position in communes.indices { sum += indexes.population(at: position, column: column, measure: measure) ?? 0 }
        return sum
    }

    /// The communes belonging to an EPCI, by SIREN.
    ///
    /// - Parameter siren: The EPCI's SIREN.
    /// - Returns: Its member communes within the dataset, in code order.
    public func communes(ofEPCI siren: String) -> [Commune] {
        (indexes.epciMembers[siren] ?? []).map { communes[$0] }
    }

    /// The municipal arrondissements of Paris, Lyon or Marseille.
    ///
    /// - Parameter code: 75056, 69123 or 13055.
    /// - Returns: Its arrondissements, in code order; empty for another code.
    public func arrondissements(of code: INSEECode) -> [Commune] {
        (indexes.arrondissements[code] ?? []).map { communes[$0] }
    }

    /// The date of the geography of a millésime: INSEE counts the millésime N in the communes as
    /// they are on 1 January of N + 2 (the millésime 2020 in those of 1 January 2022).
    ///
    /// - Parameter millesime: The census reference year.
    /// - Returns: 1 January of `millesime + 2`.
    public static func geographyDate(ofMillesime millesime: Int) -> CalendarDate {
        CalendarDate(unchecked: min(max(millesime + 2, 1), 9999), 1, 1)
    }

    /// The date from which a millésime is the legal population: 1 January of N + 3 (decree of
    /// authentication published in the last days of December of N + 2).
    ///
    /// - Parameter millesime: The census reference year.
    /// - Returns: 1 January of `millesime + 3`.
    public static func inForceDate(ofMillesime millesime: Int) -> CalendarDate {
        CalendarDate(unchecked: min(max(millesime + 3, 1), 9999), 1, 1)
    }

    /// Two datasets are equal when their records are (the lookups derive from them).
    public static func == (lhs: PopulationDataset, rhs: PopulationDataset) -> Bool {
        lhs.name == rhs.name && lhs.millesimes == rhs.millesimes && lhs.departments == rhs.departments
            && lhs.regions == rhs.regions && lhs.movements == rhs.movements && lhs.attribution == rhs.attribution
            && lhs.communes == rhs.communes
    }

    /// Hashes the dataset's name, millésimes, départements and size.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(millesimes)
        hasher.combine(departments)
        hasher.combine(communes.count)
    }

    /// Checks that the dataset holds a millésime, or explains which it holds.
    func requireMillesime(_ millesime: Int, path: String) throws(CPTSKitError) {
        guard millesimes.contains(millesime) else {
            throw CPTSKitError(.invalidArgument, path: path,
                               message: BilingualText(fr: "pas de tel millésime dans les données \(name) (elles contiennent \(millesimes.map(String.init).joined(separator: ", ")))", en: "no such millésime in the \(name) dataset (it holds \(millesimes.map(String.init).joined(separator: ", ")))"),
                               value: "\(millesime)")
        }
    }
}
