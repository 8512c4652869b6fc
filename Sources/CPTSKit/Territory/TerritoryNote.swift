/// How a code of a CPTS's territory was read in the geography of a millésime, when it was not
/// simply one commune of that millésime.
///
/// Notes never change the declared population; they say which communes an INSEE sum or a
/// coverage counted, so every figure can be traced. ``isWarning`` marks those a person should
/// check (a code that no longer or not yet exists, a part counted as a whole, a commune the data
/// does not hold).
public struct TerritoryNote: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What happened to the code.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An old code: the commune merged into another before the millésime's geography.
        case merged
        /// A commune of the millésime that took in other communes after its geography: they are
        /// counted with it, as the code names the commune as it is today.
        case absorbed
        /// A newer code: the commune was created, by merging others, after the millésime's
        /// geography; its predecessors are counted.
        case created
        /// A newer code of a commune restored from another after the millésime's geography: the
        /// whole commune it was part of is counted, more than the CPTS's territory.
        case restored
        /// Paris, Lyon or Marseille, counted as its municipal arrondissements.
        case arrondissements
        /// An EPCI, counted as its member communes.
        case epci
        /// A commune of a département the dataset does not hold (Mayotte in the national data):
        /// not counted.
        case outsideDataset = "outside_dataset"
    }

    /// What happened.
    public let kind: Kind
    /// The field of the code, e.g. `cpts.communes[3]` or `cpts.epcis[0]`.
    public let path: String
    /// The code or SIREN as listed.
    public let code: String
    /// The communes counted for it in the millésime's geography.
    public let counted: [INSEECode]
    /// The date of the commune change, for merges, creations and restorations.
    public let date: CalendarDate?
    /// The millésime the note applies to.
    public let millesime: Int
    /// What happened, in one English sentence with names and codes.
    public let message: String
    /// What happened, in French.
    public let frenchMessage: String

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - kind: What happened.
    ///   - path: The field of the code.
    ///   - code: The code as listed.
    ///   - counted: The communes counted for it.
    ///   - date: The date of the change, if any.
    ///   - millesime: The millésime.
    ///   - message: The explanation, in French and in English.
    public init(kind: Kind, path: String, code: String, counted: [INSEECode], date: CalendarDate?, millesime: Int,
                message: BilingualText)
    {
        self.kind = kind
        self.path = path
        self.code = code
        self.counted = counted
        self.date = date
        self.millesime = millesime
        self.message = message.english
        self.frenchMessage = message.french
    }

    /// `path: message` in a language.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        "\(path): \(language == .french ? frenchMessage : message)"
    }

    /// Whether a person should check it: every kind but ``Kind/arrondissements`` and ``Kind/epci``.
    public var isWarning: Bool { kind != .arrondissements && kind != .epci }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
