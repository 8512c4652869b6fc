/// The communes of a département with their INSEE legal populations, compiled into the library.
///
/// ``morbihan`` holds the 249 communes of the Morbihan (56) with the PMUN and PTOT of the
/// millésimes 2020–2023 and their EPCI of 2025, generated from `Data/territory/` (see its
/// ``attribution``). It serves to cross-check a declared population and to compute coverage.
public struct PopulationDataset: Hashable, Sendable {
    /// The département's name, e.g. `Morbihan`.
    public let name: String
    /// The département's code, e.g. `56`.
    public let department: String
    /// The millésimes the dataset holds, in increasing order.
    public let millesimes: [Int]
    /// The communes, in INSEE code order.
    public let communes: [Commune]
    /// The attribution the data licence (Licence Ouverte) asks for.
    public let attribution: String
    private let index: [INSEECode: Int]

    /// Creates a dataset.
    ///
    /// - Parameters:
    ///   - name: The département's name.
    ///   - department: Its code.
    ///   - millesimes: The millésimes held.
    ///   - communes: The communes.
    ///   - attribution: The source and licence line.
    public init(name: String, department: String, millesimes: [Int], communes: [Commune], attribution: String) {
        self.name = name
        self.department = department
        self.millesimes = millesimes
        self.communes = communes
        self.attribution = attribution
        var index: [INSEECode: Int] = [:]
        for (position, commune) in communes.enumerated() { index[commune.code] = position }
        self.index = index
    }

    /// The commune with this code, or `nil` when it is not in the dataset.
    ///
    /// - Parameter code: An INSEE code.
    /// - Returns: The commune, or `nil`.
    public func commune(_ code: INSEECode) -> Commune? {
        index[code].map { communes[$0] }
    }

    /// The sum of one legal population over the whole département.
    ///
    /// For the Morbihan: 764 161 (PMUN 2020), 768 687 (2021), 776 103 (2022), 783 390 (2023).
    ///
    /// - Parameters:
    ///   - millesime: The census reference year.
    ///   - measure: Municipal or total population.
    /// - Returns: The sum, or `nil` when the dataset lacks the millésime.
    public func totalPopulation(millesime: Int, measure: PopulationMeasure) -> Int? {
        guard millesimes.contains(millesime) else { return nil }
        var sum = 0
        for commune in communes { sum += commune.population(millesime: millesime, measure: measure) ?? 0 }
        return sum
    }

    /// The communes belonging to an EPCI, by SIREN.
    ///
    /// - Parameter siren: The EPCI's SIREN.
    /// - Returns: Its member communes within the dataset.
    public func communes(ofEPCI siren: String) -> [Commune] {
        communes.filter { $0.epci?.siren == siren }
    }

    /// Checks that the dataset holds a millésime, or explains which it holds.
    func requireMillesime(_ millesime: Int, path: String) throws(CPTSKitError) {
        guard millesimes.contains(millesime) else {
            throw CPTSKitError(.invalidArgument, path: path,
                               message: "no such millésime in the \(name) dataset (it holds \(millesimes.map(String.init).joined(separator: ", ")))",
                               value: "\(millesime)")
        }
    }
}
