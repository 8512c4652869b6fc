import CPTSKit

extension PopulationDataset {
    /// The Morbihan (56): 249 communes, PMUN and PTOT of the millésimes 2020–2023, EPCI 2025 and
    /// the commune changes of the INSEE *Code officiel géographique* 2026 that concern it.
    ///
    /// The national table (``france``) filtered to département 56: a small dataset for examples,
    /// tests and a Breton analyst, decoded in a fraction of the national table's time.
    ///
    /// Source : INSEE, populations légales 2020 à 2023 et Code officiel géographique 2026 ; DGCL,
    /// composition des EPCI 2025 ; via data.gouv.fr / etalab decoupage-administratif, Licence
    /// Ouverte.
    public static let morbihan: PopulationDataset = TerritoryTable.dataset(
        name: "Morbihan", millesimes: MorbihanData.millesimes, attribution: MorbihanData.attribution,
        parts: MorbihanData.parts)
}
