/// The rule of the engine that produced a funding line: the "why" of every euro.
///
/// Each case names one computation of the agreement; a line carries its rule, its base amount,
/// its rate and its source, so an explanation (`ExplanationRenderer` in `CPTSKitReports`) can print
/// `17 500,00 € × 198/366 = 9 467,21 €` with the article behind it.
public enum FundingRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// The yearly *fonctionnement* amount of the size class (`§2`).
    case fonctionnementAnnual = "fonctionnement_annual"
    /// The first-year start-up supplement: start-up amount minus yearly amount (`§2`).
    case startUpSupplement = "start_up_supplement"
    /// The start-up supplement paid later, when a rulebook with start-up amounts reaches a
    /// contract signed in its window under a rulebook without them.
    case startUpCatchUp = "start_up_catch_up"
    /// *Fonctionnement* for part of a contract year (termination, or a rulebook changing inside it).
    case fonctionnementProrated = "fonctionnement_prorated"
    /// A mission's fixed part for a whole contract year (`§3`).
    case fixedPart = "fixed_part"
    /// A mission's fixed part prorated from its start to the next anniversary (`§5`).
    case fixedPartProrated = "fixed_part_prorated"
    /// The crisis activation amount, paid in a year the ARS recognised a crisis (`§3`).
    case crisisActivation = "crisis_activation"
    /// An all-or-nothing indicator (`§4`, shape 1).
    case indicatorAllOrNothing = "indicator_all_or_nothing"
    /// A tiered indicator, higher is better (`§4`, shape 2).
    case indicatorTiersHigher = "indicator_tiers_higher"
    /// A tiered indicator, lower is better (`§4`, shape 2).
    case indicatorTiersLower = "indicator_tiers_lower"
    /// A proportional indicator capped at its amount (`§4`, shapes 3 and 4).
    case indicatorProportional = "indicator_proportional"

    /// The French statement of the rule.
    public var label: String {
        switch self {
        case .fonctionnementAnnual: "Dotation annuelle de fonctionnement selon la taille"
        case .startUpSupplement: "Supplément de démarrage (+75 %) la première année"
        case .startUpCatchUp: "Rattrapage du supplément de démarrage (+75 %) : différence versée à l'entrée en vigueur de l'avenant"
        case .fonctionnementProrated: "Dotation de fonctionnement proratisée aux jours de l'année couverts"
        case .fixedPart: "Part fixe de la mission pour l'année contractuelle"
        case .fixedPartProrated: "Part fixe proratisée aux jours couverts de l'année (démarrage de la mission, résiliation, changement en cours d'année)"
        case .crisisActivation: "Enveloppe activée : crise sanitaire reconnue par l'ARS"
        case .indicatorAllOrNothing: "Indicateur tout ou rien"
        case .indicatorTiersHigher: "Indicateur à paliers (meilleur palier atteint, résultat ≥ seuil)"
        case .indicatorTiersLower: "Indicateur à paliers (meilleur palier atteint, résultat ≤ seuil)"
        case .indicatorProportional: "Indicateur proportionnel : montant × min(résultat ÷ cible, 1)"
        }
    }

    /// The statement of the rule in a language.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        guard language == .english else { return label }
        return switch self {
        case .fonctionnementAnnual: "Yearly fonctionnement amount of the size class"
        case .startUpSupplement: "Start-up supplement (+75 %) in the first year"
        case .startUpCatchUp: "Start-up supplement (+75 %) caught up: the difference paid when the avenant enters into force"
        case .fonctionnementProrated: "Fonctionnement prorated to the days of the year covered"
        case .fixedPart: "The mission's fixed part for the contract year"
        case .fixedPartProrated: "Fixed part prorated to the days of the year covered (mission start, termination, change during the year)"
        case .crisisActivation: "Activated envelope: a health crisis recognised by the ARS"
        case .indicatorAllOrNothing: "All-or-nothing indicator"
        case .indicatorTiersHigher: "Tiered indicator (best tier reached, result ≥ threshold)"
        case .indicatorTiersLower: "Tiered indicator (best tier reached, result ≤ threshold)"
        case .indicatorProportional: "Proportional indicator: amount × min(result ÷ target, 1)"
        }
    }

    /// The public source of the rule: the article of the agreement, the avenant, the Senate's
    /// report, or the contract — and, where the texts are silent (a proration caused by a
    /// termination or a change during a year), that the rule is CPTSKit's interpretation, with
    /// the section of `Documentation/Rules.md` that states it.
    public var reference: String {
        switch self {
        case .fonctionnementAnnual, .fixedPart: "ACI 2019, art. 8"
        case .startUpSupplement, .startUpCatchUp, .crisisActivation: "avenant 2"
        // Prorated only by a termination or a change inside the year: the agreement does not say how.
        case .fonctionnementProrated: "prorata : interprétation (Rules.md, Contracts over time §1, §3)"
        // The start of a mission: the Senate's 2025 report; a termination or a change: our interpretation.
        case .fixedPartProrated: "démarrage : Sénat r25-032 ; sinon interprétation (Rules.md, Contracts over time §1, §3)"
        case .indicatorAllOrNothing, .indicatorTiersHigher, .indicatorTiersLower, .indicatorProportional: "contrat, annexe indicateurs"
        }
    }

    /// The rule that pays an indicator of this payout shape.
    ///
    /// - Parameter payout: The indicator's payout.
    public init(paying payout: Payout) {
        switch payout {
        case .allOrNothing: self = .indicatorAllOrNothing
        case .tiers(let better, _): self = better == .higher ? .indicatorTiersHigher : .indicatorTiersLower
        case .proportional: self = .indicatorProportional
        }
    }
}
