/// A mission the contract engages: when it starts, its budget and its indicators.
public struct EngagedMission: Hashable, Sendable {
    /// Which of the six missions.
    public let kind: MissionKind
    /// The day the mission starts; `nil` means the signature date.
    public let startsOn: CalendarDate?
    /// The day the mission was fully deployed, when known (checked against its deployment
    /// deadline; no money depends on it).
    public let deployedOn: CalendarDate?
    /// The contract's own amounts, overriding the national ones.
    public let budget: MissionBudget
    /// The indicators of its variable part.
    public let indicators: [Indicator]
    /// The prevention themes chosen (``MissionKind/prevention`` only).
    public let themes: [PreventionTheme]
    /// The care pathways chosen (``MissionKind/carePathways`` only).
    public let pathways: [CarePathway]

    /// Creates an engaged mission.
    ///
    /// - Parameters:
    ///   - kind: The mission.
    ///   - startsOn: Its start date, or `nil` for the signature date.
    ///   - budget: Its contract budget; national amounts by default.
    ///   - indicators: Its indicators, with identifiers unique within it.
    ///   - themes: Prevention themes (prevention only).
    ///   - pathways: Care pathways (parcours only).
    ///   - deployedOn: The day it was fully deployed, if known.
    /// - Throws: ``CPTSKitError/Kind/duplicateIndicator`` for a repeated identifier,
    ///   ``CPTSKitError/Kind/negativeAmount`` for a negative budget,
    ///   ``CPTSKitError/Kind/unknownField`` for themes or pathways on another mission or an
    ///   activation amount outside the crisis mission.
    public init(kind: MissionKind, startsOn: CalendarDate? = nil, budget: MissionBudget = .national,
                indicators: [Indicator] = [], themes: [PreventionTheme] = [], pathways: [CarePathway] = [],
                deployedOn: CalendarDate? = nil) throws(CPTSKitError)
    {
        var seen: Set<String> = []
        for (index, indicator) in indicators.enumerated() where !seen.insert(indicator.id).inserted {
            throw CPTSKitError(.duplicateIndicator, path: "indicators[\(index)].id",
                               message: BilingualText(fr: "un autre indicateur a le même identifiant", en: "another indicator has the same id"), value: indicator.id)
        }
        for (name, amount) in [("fixed", budget.fixed), ("variable", budget.variable), ("activated", budget.activated)] {
            if let amount, amount.isNegative {
                throw CPTSKitError(.negativeAmount, path: "budget.\(name)", message: BilingualText(fr: "un montant ne peut pas être négatif", en: "an amount cannot be negative"),
                                   value: amount.plainDescription)
            }
        }
        self.kind = kind
        self.startsOn = startsOn
        self.deployedOn = deployedOn
        self.budget = budget
        self.indicators = indicators
        self.themes = themes
        self.pathways = pathways
        // The six ACI missions are checked now; a mission a rulebook file declares, against its
        // rulebook when the contract is computed.
        if kind.isACIMission, let declaration = kind.declaration { try check(against: declaration, path: nil) }
    }

    /// Checks the mission against its declaration: an activation amount, a variable envelope,
    /// themes or pathways only where the mission pays or lists them.
    ///
    /// - Parameters:
    ///   - declaration: The mission's declaration, from its rulebook.
    ///   - path: The mission's path in the contract file (`missions[2]`), or `nil` for paths
    ///     relative to the mission.
    /// - Throws: ``CPTSKitError/Kind/unknownField`` naming the field the declaration does not allow.
    func check(against declaration: MissionDeclaration, path: String?) throws(CPTSKitError) {
        func at(_ field: String) -> String { path.map { "\($0).\(field)" } ?? field }
        let key = kind.key, aci = kind.isACIMission
        if budget.activated != nil, !declaration.parts.contains(.activation) {
            throw CPTSKitError(.unknownField, path: at("budget.activated"),
                               message: aci ? BilingualText(fr: "seule la mission crises_sanitaires a un montant d'activation", en: "only the crises_sanitaires mission has an activation amount")
                                   : BilingualText(fr: "la mission \(key) n'a pas de montant d'activation", en: "the \(key) mission has no activation amount"),
                               value: key)
        }
        if budget.variable != nil, !declaration.parts.contains(.variable) {
            throw CPTSKitError(.unknownField, path: at("budget.variable"),
                               message: aci ? BilingualText(fr: "la mission crises_sanitaires a une part fixe et un montant d'activation, pas d'enveloppe variable", en: "the crises_sanitaires mission has a fixed part and an activation amount, no variable envelope")
                                   : BilingualText(fr: "la mission \(key) n'a pas d'enveloppe variable", en: "the \(key) mission has no variable envelope"),
                               value: key)
        }
        if !themes.isEmpty, declaration.catalogue != .preventionThemes {
            throw CPTSKitError(.unknownField, path: at("themes"),
                               message: aci ? BilingualText(fr: "seule la mission prevention a des thèmes", en: "only the prevention mission has themes")
                                   : BilingualText(fr: "la mission \(key) n'a pas de thèmes", en: "the \(key) mission has no themes"),
                               value: key)
        }
        if !pathways.isEmpty, declaration.catalogue != .carePathways {
            throw CPTSKitError(.unknownField, path: at("pathways"),
                               message: aci ? BilingualText(fr: "seule la mission parcours a des parcours", en: "only the parcours mission has pathways")
                                   : BilingualText(fr: "la mission \(key) n'a pas de parcours", en: "the \(key) mission has no pathways"),
                               value: key)
        }
    }
}
