import CPTSKit

extension PopulationDataset {
    /// Every commune of France: the INSEE legal populations of the millésimes 2020–2023 (about
    /// 35 000 communes each, Paris, Lyon and Marseille by arrondissement), the 100 départements
    /// and 18 régions that hold them, the DGCL composition of every EPCI on 1 January 2025 and
    /// every change of commune code in the INSEE *Code officiel géographique* 2026.
    ///
    /// Decoded from a compact table compiled into the product on first use (about 20 ms in a
    /// release build), then shared. Mayotte (976) is not there: INSEE publishes its legal
    /// populations separately; its codes are reported as outside the data, never counted.
    ///
    /// Source : INSEE, populations légales 2020 à 2023 et Code officiel géographique 2026 ; DGCL,
    /// composition des EPCI 2025 ; via data.gouv.fr / etalab decoupage-administratif, Licence
    /// Ouverte.
    public static let france: PopulationDataset = decodeFrance()
}

extension PopulationDataset {
    /// Decodes the national table again, apart from ``france``: what the benchmarks time.
    package static func decodeFrance() -> PopulationDataset {
        TerritoryTable.dataset(name: "France", millesimes: FranceData.millesimes, attribution: FranceData.attribution,
                               parts: FranceData.parts)
    }
}
