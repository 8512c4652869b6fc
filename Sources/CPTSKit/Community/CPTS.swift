/// A *Communauté Professionnelle Territoriale de Santé*: health professionals of a territory.
///
/// A CPTS is an association whose members (*adhérents*) coordinate care on a territory of
/// communes. Its declared population sets its ``SizeClass`` (PAPS-HDF portal); the commune list
/// is optional (Ploërmel's is not public) and serves only to cross-check.
public struct CPTS: Hashable, Sendable {
    /// The association's name, e.g. `CPTS Lorient Littoral`.
    public var name: String
    /// The population declared in the contract (*population couverte*).
    public var population: Int
    /// The INSEE codes of its communes, possibly partial or empty.
    public var communes: [INSEECode]
    /// The number of member professionals (*adhérents*), when known.
    public var members: Int?

    /// Creates a CPTS.
    ///
    /// - Parameters:
    ///   - name: The association's name, not empty.
    ///   - population: The declared population, positive.
    ///   - communes: Its communes, if known.
    ///   - members: Its number of members, if known.
    /// - Throws: ``CPTSKitError/Kind/invalidPopulation`` for a population of zero or less,
    ///   ``CPTSKitError/Kind/missingField`` for an empty name.
    public init(name: String, population: Int, communes: [INSEECode] = [], members: Int? = nil) throws(CPTSKitError) {
        guard !name.isEmpty else {
            throw CPTSKitError(.missingField, path: "cpts.name", message: "a CPTS needs a name", value: "\"\"")
        }
        guard population > 0 else {
            throw CPTSKitError(.invalidPopulation, path: "cpts.population",
                               message: "the declared population must be a positive number of inhabitants",
                               value: "\(population)")
        }
        if let members, members < 0 {
            throw CPTSKitError(.invalidArgument, path: "cpts.members", message: "a member count cannot be negative",
                               value: "\(members)")
        }
        self.name = name
        self.population = population
        self.communes = communes
        self.members = members
    }
}
