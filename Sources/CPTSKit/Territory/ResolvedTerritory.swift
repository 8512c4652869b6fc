/// A CPTS's territory in the geography of one millésime: the communes to count, and how each
/// listed code was read.
public struct ResolvedTerritory: Hashable, Sendable {
    /// The millésime.
    public let millesime: Int
    /// The communes of the millésime, each once, in the order they were reached.
    public let communes: [INSEECode]
    /// Listed codes of départements the dataset does not hold: not counted.
    public let outside: [INSEECode]
    /// How codes that are not plain communes of the millésime were read.
    public let notes: [TerritoryNote]

    /// Creates a resolved territory.
    ///
    /// - Parameters:
    ///   - millesime: The millésime.
    ///   - communes: The communes to count.
    ///   - outside: The codes not counted.
    ///   - notes: How the codes were read.
    public init(millesime: Int, communes: [INSEECode], outside: [INSEECode], notes: [TerritoryNote]) {
        self.millesime = millesime
        self.communes = communes
        self.outside = outside
        self.notes = notes
    }
}
