extension PopulationDataset {
    /// The Morbihan (56): 249 communes, PMUN and PTOT of the millésimes 2020–2023, EPCI 2025 and
    /// the commune changes of the INSEE *Code officiel géographique* 2026 that concern it.
    ///
    /// The national table of the `CPTSKitFrance` product filtered to département 56, compiled
    /// into the core library so that a funding computation needs no national data.
    ///
    /// Source : INSEE, populations légales 2020 à 2023 et Code officiel géographique 2026 ; DGCL,
    /// composition des EPCI 2025 ; via data.gouv.fr / etalab decoupage-administratif, Licence
    /// Ouverte.
    public static let morbihan: PopulationDataset = TerritoryTable.dataset(
        name: "Morbihan", millesimes: MorbihanData.millesimes, attribution: MorbihanData.attribution,
        parts: MorbihanData.parts)
}
