/// A *Communauté Professionnelle Territoriale de Santé*: health professionals of a territory.
///
/// A CPTS is an association whose members (*adhérents*) coordinate care on a territory of
/// communes. Its declared population sets its ``SizeClass`` (PAPS-HDF portal); the territory —
/// communes and whole EPCIs — is optional (Ploërmel's is not public) and serves to cross-check
/// the population and to compute coverage.
public struct CPTS: Hashable, Sendable {
    /// The association's name, e.g. `CPTS Lorient Littoral`.
    public let name: String
    /// The population declared in the contract (*population couverte*).
    public let population: Int
    /// The INSEE codes of its communes, possibly partial or empty.
    public let communes: [INSEECode]
    /// The SIREN numbers of whole EPCIs of its territory, expanded to their communes of 2025.
    public let epcis: [String]
    /// The number of member professionals (*adhérents*), when known.
    public let members: Int?

    /// Creates a CPTS.
    ///
    /// - Parameters:
    ///   - name: The association's name, not empty.
    ///   - population: The declared population, positive.
    ///   - communes: Its communes, if known.
    ///   - members: Its number of members, if known.
    ///   - epcis: The SIREN numbers of whole EPCIs of its territory.
    /// - Throws: ``CPTSKitError/Kind/invalidPopulation`` for a population of zero or less,
    ///   ``CPTSKitError/Kind/missingField`` for an empty name, ``CPTSKitError/Kind/invalidSIREN``
    ///   for an EPCI that is not a SIREN or is listed twice.
    public init(name: String, population: Int, communes: [INSEECode] = [], members: Int? = nil, epcis: [String] = [])
        throws(CPTSKitError)
    {
        guard !name.isEmpty else {
            throw CPTSKitError(.missingField, path: "cpts.name", message: BilingualText(fr: "une CPTS doit avoir un nom", en: "a CPTS needs a name"), value: "\"\"")
        }
        guard population > 0 else {
            throw CPTSKitError(.invalidPopulation, path: "cpts.population",
                               message: BilingualText(fr: "la population déclarée doit être un nombre positif d'habitants", en: "the declared population must be a positive number of inhabitants"),
                               value: "\(population)")
        }
        if let members, members < 0 {
            throw CPTSKitError(.invalidArgument, path: "cpts.members", message: BilingualText(fr: "un nombre d'adhérents ne peut pas être négatif", en: "a member count cannot be negative"),
                               value: "\(members)")
        }
        var seen: Set<String> = []
        for (index, siren) in epcis.enumerated() {
            try EPCI.validateSIREN(siren, path: "cpts.epcis[\(index)]")
            guard seen.insert(siren).inserted else {
                throw CPTSKitError(.invalidSIREN, path: "cpts.epcis[\(index)]", message: BilingualText(fr: "cet EPCI est listé deux fois", en: "this EPCI is listed twice"), value: siren)
            }
        }
        self.name = name
        self.population = population
        self.communes = communes
        self.members = members
        self.epcis = epcis
    }
}
