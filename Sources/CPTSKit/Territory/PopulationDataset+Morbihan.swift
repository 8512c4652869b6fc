extension PopulationDataset {
    /// The Morbihan (56): 249 communes, PMUN and PTOT of the millésimes 2020–2023, EPCI 2025.
    ///
    /// Source : INSEE, populations légales 2020–2023 ; DGCL, composition des EPCI 2025 ; via
    /// data.gouv.fr / etalab decoupage-administratif, Licence Ouverte.
    public static let morbihan: PopulationDataset = {
        let epcis = MorbihanData.epcis.map { EPCI(siren: $0.0, name: $0.1) }
        var communes: [Commune] = []
        communes.reserveCapacity(MorbihanData.communes.count)
        for row in MorbihanData.communes {
            guard let code = try? INSEECode(row.code) else { continue }
            var populations: [CommunePopulation] = []
            for (offset, millesime) in MorbihanData.millesimes.enumerated() {
                populations.append(CommunePopulation(millesime: millesime, municipal: row.municipal[offset],
                                                     total: row.total[offset]))
            }
            communes.append(Commune(code: code, name: row.name,
                                    epci: epcis.indices.contains(row.epci) ? epcis[row.epci] : nil,
                                    populations: populations))
        }
        return PopulationDataset(name: "Morbihan", department: "56", millesimes: MorbihanData.millesimes,
                                 communes: communes, attribution: MorbihanData.attribution)
    }()
}
