/// The two parts (*volets*) of ACI funding (ACI 2019, art. 8).
public enum Volet: String, Hashable, Sendable, CaseIterable, Codable {
    /// Volet 1, *fonctionnement*: running the CPTS (coordination, premises, tools).
    case fonctionnement
    /// Volet 2, *missions*: the fixed and variable parts of each engaged mission.
    case missions

    /// The French name: `Volet 1 — fonctionnement`.
    public var label: String {
        switch self {
        case .fonctionnement: "Volet 1 — fonctionnement"
        case .missions: "Volet 2 — missions"
        }
    }

    /// `Volet 1 — fonctionnement` in French; `Volet 1 — fonctionnement (running costs)` in English.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.fonctionnement, .english): "Volet 1 — fonctionnement (running costs)"
        case (.missions, .english): "Volet 2 — missions"
        }
    }
}

/// Which part of a volet a funding line pays.
public enum FundingPart: String, Hashable, Sendable, CaseIterable, Codable {
    /// The yearly *fonctionnement* amount.
    case annual
    /// The one-off first-year start-up supplement ("+75 %", avenant 2).
    case startUpSupplement = "start_up_supplement"
    /// A mission's fixed part (*moyens*), prorated in its first year.
    case fixed
    /// One indicator's share of a mission's variable part (*actions et résultats*).
    case variable
    /// The crisis mission's activation amount, in a year the ARS recognised a crisis.
    case crisisActivation = "crisis_activation"

    /// The French name of the part.
    public var label: String {
        switch self {
        case .annual: "dotation annuelle"
        case .startUpSupplement: "supplément de démarrage"
        case .fixed: "part fixe"
        case .variable: "part variable"
        case .crisisActivation: "activation de crise"
        }
    }

    /// The part's name in a language: `part fixe` / `fixed part`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.annual, .english): "yearly amount"
        case (.startUpSupplement, .english): "start-up supplement"
        case (.fixed, .english): "fixed part"
        case (.variable, .english): "variable part"
        case (.crisisActivation, .english): "crisis activation"
        }
    }
}

/// Whether a line's amount is settled, earned on results, or still awaiting assessment.
public enum LineStatus: String, Hashable, Sendable, CaseIterable, Codable {
    /// Owed by the contract itself (*fonctionnement*, fixed parts, a recognised crisis).
    case due
    /// Earned on the year's reported results.
    case assessed
    /// The year is not yet assessed: the amount shown is the best case, excluded from totals.
    case pending

    /// The French name of the status.
    public var label: String {
        switch self {
        case .due: "dû"
        case .assessed: "évalué"
        case .pending: "en attente"
        }
    }

    /// The status in a language: `évalué` / `assessed`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.due, .english): "due"
        case (.assessed, .english): "assessed"
        case (.pending, .english): "pending"
        }
    }
}
