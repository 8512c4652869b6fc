/// The six missions of volet 2 of the ACI (ACI 2019; the crisis mission, avenant 2).
///
/// Four are *socle* (mandatory: every CPTS must deploy them) and two optional. Each mission
/// pays a fixed part (*moyens*) and a variable part (*actions et résultats*); envelopes are not
/// fungible between missions. Deadlines and amounts live in the rulebook (``MissionRule``).
public enum MissionKind: String, Hashable, Sendable, CaseIterable, Codable, Comparable, CustomStringConvertible {
    /// *Accès aux soins*: find a *médecin traitant* (regular doctor), organise *soins non programmés*.
    case accessToCare = "acces_aux_soins"
    /// *Parcours pluriprofessionnels*: multi-professional care pathways.
    case carePathways = "parcours"
    /// *Prévention*: prevention actions on chosen themes.
    case prevention = "prevention"
    /// *Réponse aux crises sanitaires graves*: health-crisis plan and response (since avenant 2).
    case crisisResponse = "crises_sanitaires"
    /// *Qualité et pertinence des soins*: quality and relevance of care (optional).
    case qualityAndRelevance = "qualite_pertinence"
    /// *Accompagnement des professionnels de santé*: support and attractiveness (optional).
    case professionalSupport = "accompagnement_ps"

    /// The key used in contract files, e.g. `acces_aux_soins`.
    public var key: String { rawValue }

    /// The French name of the mission, as in the agreement.
    public var label: String {
        switch self {
        case .accessToCare: "Accès aux soins"
        case .carePathways: "Parcours pluriprofessionnels"
        case .prevention: "Prévention"
        case .crisisResponse: "Réponse aux crises sanitaires graves"
        case .qualityAndRelevance: "Qualité et pertinence des soins"
        case .professionalSupport: "Accompagnement des professionnels de santé"
        }
    }

    /// The name for people: the agreement's French name in French; in English the French name,
    /// which is the domain's, with a gloss: `Accès aux soins (access to care)`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        guard language == .english else { return label }
        let gloss = switch self {
        case .accessToCare: "access to care"
        case .carePathways: "care pathways"
        case .prevention: "prevention"
        case .crisisResponse: "health crises"
        case .qualityAndRelevance: "quality and relevance of care"
        case .professionalSupport: "support to health professionals"
        }
        return "\(label) (\(gloss))"
    }

    /// Whether the mission is *socle* (mandatory) or optional.
    public var category: MissionCategory {
        switch self {
        case .accessToCare, .carePathways, .prevention, .crisisResponse: .socle
        case .qualityAndRelevance, .professionalSupport: .optional
        }
    }

    /// The key, as in a contract file.
    public var description: String { rawValue }

    /// The position in ``allCases`` (the agreement's order), for tables indexed by mission.
    var ordinal: Int {
        switch self {
        case .accessToCare: 0
        case .carePathways: 1
        case .prevention: 2
        case .crisisResponse: 3
        case .qualityAndRelevance: 4
        case .professionalSupport: 5
        }
    }

    /// Orders missions as the agreement lists them.
    public static func < (lhs: MissionKind, rhs: MissionKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Looks a mission up by its contract-file key.
    ///
    /// - Parameter key: One of the six keys, e.g. `prevention`.
    /// - Throws: ``CPTSKitError/Kind/unknownMission`` listing the known keys.
    public init(key: String) throws(CPTSKitError) {
        guard let kind = MissionKind(rawValue: key) else {
            throw CPTSKitError(.unknownMission, path: "",
                               message: BilingualText(fr: "mission inconnue ; missions connues : \(MissionKind.allCases.map(\.rawValue).joined(separator: ", "))", en: "unknown mission; known missions: \(MissionKind.allCases.map(\.rawValue).joined(separator: ", "))"),
                               value: key)
        }
        self = kind
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
