/// A mission of volet 2, by its key: one of the six of the ACI, or one a rulebook declares.
///
/// The ACI has six missions (ACI 2019; the crisis mission since avenant 2): four *socle*
/// (every CPTS deploys them) and two optional, each paying a fixed part (*moyens*) and a
/// variable part (*actions et résultats*); envelopes are not fungible between missions. They are
/// the static members below, declared by the built-in rulebooks. A rulebook file may declare
/// more (a draft avenant's new mission, ``MissionDeclaration``): a mission is a key, the shape of
/// `Notification.Name`, and what it pays, its names and its deadlines come from the rulebooks.
///
/// Two values with the same key are equal. A value taken from a rulebook also carries the
/// declaration it was made from, so ``label(in:)`` gives the names that rulebook declared (the
/// lines and settlements the engine writes carry it); a value read from a contract file carries
/// its key and takes the names of the last rulebook of this process that declared it.
public struct MissionKind: Hashable, Sendable, Comparable, CustomStringConvertible, RawRepresentable {
    /// The key's number in the process's table of missions (the six ACI missions are 0…5).
    let id: UInt16
    /// The number of the declaration it was taken from, ``MissionTable/undeclared`` when none.
    let declared: UInt16

    /// *Accès aux soins*: find a *médecin traitant* (regular doctor), organise *soins non programmés*.
    public static let accessToCare = MissionKind(builtIn: 0)
    /// *Parcours pluriprofessionnels*: multi-professional care pathways.
    public static let carePathways = MissionKind(builtIn: 1)
    /// *Prévention*: prevention actions on chosen themes.
    public static let prevention = MissionKind(builtIn: 2)
    /// *Réponse aux crises sanitaires graves*: health-crisis plan and response (since avenant 2).
    public static let crisisResponse = MissionKind(builtIn: 3)
    /// *Qualité et pertinence des soins*: quality and relevance of care (optional).
    public static let qualityAndRelevance = MissionKind(builtIn: 4)
    /// *Accompagnement des professionnels de santé*: support and attractiveness (optional).
    public static let professionalSupport = MissionKind(builtIn: 5)

    /// The six missions of the ACI, in the agreement's order (not the missions a rulebook file may
    /// add: ``Rulebook/missions`` lists a rulebook's).
    public static let allCases: [MissionKind] = (0..<6).map { MissionKind(builtIn: $0) }

    /// The declarations of the six ACI missions (ACI 2019 art. 6 and 7; avenant 2 for the crisis
    /// mission, paid a fixed part and an activation amount instead of a variable envelope).
    static let builtInDeclarations: [MissionDeclaration] = [
        MissionDeclaration(checkedKey: "acces_aux_soins", label: BilingualText(fr: "Accès aux soins", en: "Accès aux soins (access to care)"),
                           category: .socle, parts: [.fixed, .variable]),
        MissionDeclaration(checkedKey: "parcours", label: BilingualText(fr: "Parcours pluriprofessionnels", en: "Parcours pluriprofessionnels (care pathways)"),
                           category: .socle, parts: [.fixed, .variable], catalogue: .carePathways),
        MissionDeclaration(checkedKey: "prevention", label: BilingualText(fr: "Prévention", en: "Prévention (prevention)"),
                           category: .socle, parts: [.fixed, .variable], catalogue: .preventionThemes),
        MissionDeclaration(checkedKey: "crises_sanitaires",
                           label: BilingualText(fr: "Réponse aux crises sanitaires graves", en: "Réponse aux crises sanitaires graves (health crises)"),
                           category: .socle, parts: [.fixed, .activation]),
        MissionDeclaration(checkedKey: "qualite_pertinence",
                           label: BilingualText(fr: "Qualité et pertinence des soins", en: "Qualité et pertinence des soins (quality and relevance of care)"),
                           category: .optional, parts: [.fixed, .variable]),
        MissionDeclaration(checkedKey: "accompagnement_ps",
                           label: BilingualText(fr: "Accompagnement des professionnels de santé",
                                                en: "Accompagnement des professionnels de santé (support to health professionals)"),
                           category: .optional, parts: [.fixed, .variable]),
    ]

    private init(builtIn index: UInt16) { self.init(id: index, declared: index) }

    private init(id: UInt16, declared: UInt16) {
        self.id = id
        self.declared = declared
    }

    /// A mission by its key, as a contract file names it.
    ///
    /// Any well-formed key is accepted: whether a rulebook declares it is checked when a contract
    /// is computed (``CPTSKitError/Kind/unknownMission`` then, listing the declared missions).
    ///
    /// - Parameter key: Lower-case letters, digits and `_`, 1 to 64 characters, e.g. `prevention`.
    /// - Throws: ``CPTSKitError/Kind/unknownMission`` for a malformed key.
    public init(key: String) throws(CPTSKitError) {
        try Self.checkForm(key)
        if let index = Self.builtInDeclarations.firstIndex(where: { $0.key == key }) {
            self.init(builtIn: UInt16(index))
        } else {
            self.init(id: try MissionTable.shared.id(of: key), declared: MissionTable.undeclared)
        }
    }

    /// The mission a declaration makes, carrying its names.
    ///
    /// - Parameter declaration: The declaration.
    /// - Throws: ``CPTSKitError/Kind/unknownMission`` only when the process already holds 65 535 missions.
    public init(declaration: MissionDeclaration) throws(CPTSKitError) {
        if let index = Self.builtInDeclarations.firstIndex(of: declaration) {
            self.init(builtIn: UInt16(index))
            return
        }
        self.init(id: try MissionTable.shared.id(of: declaration.key), declared: try MissionTable.shared.id(of: declaration))
    }

    /// A mission by its key; `nil` for a malformed key.
    ///
    /// - Parameter rawValue: The key.
    public init?(rawValue: String) {
        guard let kind = try? MissionKind(key: rawValue) else { return nil }
        self = kind
    }

    /// Checks a key's form: lower-case letters, digits and `_`, 1 to 64 characters.
    static func checkForm(_ key: String) throws(CPTSKitError) {
        let bytes = key.utf8
        guard (1...64).contains(bytes.count),
              bytes.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") })
        else {
            throw CPTSKitError(.unknownMission, path: "",
                               message: BilingualText(fr: "n'est pas une clé de mission (1 à 64 lettres minuscules, chiffres ou _)",
                                                      en: "is not a mission key (1 to 64 lower-case letters, digits or _)"),
                               value: key)
        }
    }

    /// The key used in contract and rulebook files, e.g. `acces_aux_soins`.
    public var key: String {
        id < 6 ? Self.builtInDeclarations[Int(id)].key : MissionTable.shared.key(id)
    }

    /// The key.
    public var rawValue: String { key }

    /// The declaration this value was taken from: the ACI's for the six missions, the rulebook's
    /// for a declared one. A key read from a file has the last declaration a rulebook of this
    /// process made of it; `nil` when no rulebook declared it.
    public var declaration: MissionDeclaration? {
        if declared < 6 { return Self.builtInDeclarations[Int(declared)] }
        let table = MissionTable.shared
        let number = declared == MissionTable.undeclared ? table.latestDeclaration(ofKey: id) : declared
        return number == MissionTable.undeclared ? nil : table.declaration(number)
    }

    /// Whether it is one of the six missions of the ACI.
    public var isACIMission: Bool { id < 6 }

    /// The French name of the mission, as its declaration gives it (the key when it has none).
    public var label: String { declaration?.label.french ?? key }

    /// The name for people, as declared: for the six ACI missions, the agreement's French name in
    /// French, and in English the French name, which is the domain's, with a gloss:
    /// `Accès aux soins (access to care)`. The key when it has no declaration.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        guard let declaration else { return key }
        return language == .english ? declaration.label.english : declaration.label.french
    }

    /// Whether the mission is *socle* (mandatory) or optional, as declared (optional when it has no
    /// declaration: no deadline is then counted).
    public var category: MissionCategory {
        // The six ACI missions' without copying their declaration (a plan reads it for each).
        if declared < 6 { return declared < 4 ? .socle : .optional }
        return declaration?.category ?? .optional
    }

    /// The key, as in a contract file.
    public var description: String { key }

    /// The position in ``allCases`` for the six ACI missions; 6 for the others.
    var ordinal: Int { id < 6 ? Int(id) : 6 }

    /// Two values are the same mission when their keys are.
    ///
    /// - Parameters:
    ///   - lhs: A mission.
    ///   - rhs: Another.
    public static func == (lhs: MissionKind, rhs: MissionKind) -> Bool { lhs.id == rhs.id }

    /// Hashes the key (the declaration it was taken from does not count).
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Orders missions as the agreement lists them, then the declared ones by key.
    ///
    /// - Parameters:
    ///   - lhs: A mission.
    ///   - rhs: Another.
    public static func < (lhs: MissionKind, rhs: MissionKind) -> Bool {
        if lhs.id < 6 || rhs.id < 6 { return lhs.ordinal < rhs.ordinal }
        return lhs.key < rhs.key
    }
}

extension MissionKind: Codable {
    /// Decodes a mission from its key.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for a malformed key.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeText { (text) throws(CPTSKitError) in try MissionKind(key: text) }
    }

    /// Encodes the key.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }
}

/// Whether a mission is mandatory (*socle*) or optional.
public enum MissionCategory: String, Hashable, Sendable, Codable {
    /// *Socle*: every contracted CPTS deploys it, within the rulebook's deadlines.
    case socle
    /// Optional (*optionnelle*): chosen by the CPTS, no deadline.
    case optional

    /// The French name: `socle` or `optionnelle`.
    public var label: String { self == .socle ? "socle" : "optionnelle" }

    /// `socle` / `optionnelle` in French; `socle (core)` / `optional` in English.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch language {
        case .french: label
        case .english: self == .socle ? "socle (core)" : "optional"
        }
    }
}
