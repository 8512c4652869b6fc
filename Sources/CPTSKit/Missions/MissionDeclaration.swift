/// What a rulebook says a mission is: its key, its names, whether it is *socle*, the parts it
/// pays and the catalogue its contracts choose from.
///
/// The six missions of the ACI are declared by the built-in rulebooks (``MissionKind/allCases``);
/// a rulebook file declares others in its `missions` section (`Documentation/RulebookFormat.md`),
/// so a draft avenant can add a mission without a new version of CPTSKit:
///
/// ```json
/// "missions": { "soutien_france_sante": {
///     "label": {"fr": "Soutien aux structures France santé", "en": "Support to France santé structures"},
///     "kind": "optional", "parts": ["fixed", "variable"] } }
/// ```
public struct MissionDeclaration: Hashable, Sendable {
    /// The key contracts and figures name it by, e.g. `prevention`.
    public let key: String
    /// Its name for people, in French and in English.
    public let label: BilingualText
    /// *Socle* (deployed by every CPTS, within deadlines) or optional.
    public let category: MissionCategory
    /// The parts it pays: always a fixed part; a variable envelope, an activation amount or both.
    public let parts: MissionParts
    /// The catalogue its contracts choose from, if any (prevention themes, care pathways).
    public let catalogue: MissionCatalogue?

    /// Declares a mission.
    ///
    /// - Parameters:
    ///   - key: Lower-case letters, digits and `_`, 1 to 64 characters.
    ///   - label: Its names; neither may be empty.
    ///   - category: *Socle* or optional.
    ///   - parts: The parts it pays; ``MissionParts/fixed`` is always included.
    ///   - catalogue: The catalogue its contracts choose from, if any.
    /// - Throws: ``CPTSKitError/Kind/invalidRulebook`` for an empty label, ``CPTSKitError/Kind/unknownMission``
    ///   for a malformed key.
    public init(key: String, label: BilingualText, category: MissionCategory, parts: MissionParts = [.fixed, .variable],
                catalogue: MissionCatalogue? = nil) throws(CPTSKitError)
    {
        try MissionKind.checkForm(key)
        for (name, text) in [("fr", label.french), ("en", label.english)] where text.isEmpty {
            throw CPTSKitError(.invalidRulebook, path: "label.\(name)",
                               message: BilingualText(fr: "une mission doit avoir un nom", en: "a mission needs a name"), value: key)
        }
        self.init(checkedKey: key, label: label, category: category, parts: parts, catalogue: catalogue)
    }

    /// Declares a mission whose key and label are known to be valid (the built-in declarations).
    init(checkedKey key: String, label: BilingualText, category: MissionCategory, parts: MissionParts,
         catalogue: MissionCatalogue? = nil)
    {
        self.key = key
        self.label = label
        self.category = category
        self.parts = parts.union(.fixed)
        self.catalogue = catalogue
    }
}

/// The parts a mission pays (ACI 2019 art. 6.2: a fixed part, *moyens*, and a variable part,
/// *actions et résultats*; avenant 2 pays the crisis mission an activation amount instead).
public struct MissionParts: OptionSet, Hashable, Sendable {
    /// The bits of the set.
    public let rawValue: UInt8

    /// Creates a set from its bits.
    ///
    /// - Parameter rawValue: The bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The fixed part, paid every year from the mission's start.
    public static let fixed = MissionParts(rawValue: 1)
    /// The variable envelope, paid on the indicators' attained objectives.
    public static let variable = MissionParts(rawValue: 2)
    /// An amount paid in a year the contract records the mission's activating event (the crisis
    /// mission's *activation*, in a year the ARS recognised a crisis).
    public static let activation = MissionParts(rawValue: 4)

    /// The parts as a rulebook file lists them: `["fixed", "variable"]`.
    public var names: [String] { Self.fileNames.filter { contains($0.part) }.map(\.name) }

    /// The parts as a file lists them, in one text: `fixed, variable`.
    var fileDescription: String { names.joined(separator: ", ") }

    /// The names a rulebook file uses, in this order: `fixed`, `variable`, `activation`.
    public static let fileNames: [(name: String, part: MissionParts)] = [("fixed", .fixed), ("variable", .variable),
                                                                         ("activation", .activation)]
}

/// A catalogue a mission's contracts choose entries from.
public enum MissionCatalogue: String, Hashable, Sendable, CaseIterable, Codable {
    /// The prevention themes (``PreventionTheme``), a contract's `themes`.
    case preventionThemes = "prevention_themes"
    /// The care pathways (``CarePathway``), a contract's `pathways`.
    case carePathways = "care_pathways"
}
