/// A change the parties made to a running contract (*avenant au contrat*), from a given day.
///
/// Contracts are revised during their five years: budgets after two years (ACI 2019, end of
/// art. 8), objectives at the yearly *dialogue de gestion*, the declared population and with it
/// the size class, the rulebook the parties agree to apply, and early termination. Each kind
/// takes effect as ``Change`` says; ``ACIContract`` checks the list.
public struct Amendment: Hashable, Sendable {
    /// What the amendment changes.
    public enum Change: Hashable, Sendable {
        /// A mission's budget, from the first contract year starting on or after the date (split
        /// by days in the year containing it with ``RulebookChanges/effectiveDate``).
        case budget(mission: MissionKind, budget: MissionBudget)
        /// A mission's indicators, from the first contract year starting on or after the date.
        case indicators(mission: MissionKind, indicators: [Indicator])
        /// The declared population (hence the size class), from the first contract year starting
        /// on or after the date.
        case population(Int)
        /// The rulebook the contract is computed under, from the date with the contract's timing.
        case rulebook(id: String)
        /// The end of the contract: the date is the first day without a contract.
        case termination

        /// The kind's key in contract files: `budget`, `indicators`, `population`, `rulebook`, `termination`.
        public var key: String {
            switch self {
            case .budget: "budget"
            case .indicators: "indicators"
            case .population: "population"
            case .rulebook: "rulebook"
            case .termination: "termination"
            }
        }

        /// The mission a budget or indicators amendment concerns.
        public var mission: MissionKind? {
            switch self {
            case .budget(let mission, _), .indicators(let mission, _): mission
            case .population, .rulebook, .termination: nil
            }
        }

        /// `avenant budgétaire`, … — in French, for people.
        public var label: String {
            switch self {
            case .budget(let mission, _): "avenant budgétaire (\(mission.key))"
            case .indicators(let mission, _): "avenant sur les indicateurs (\(mission.key))"
            case .population(let population): "avenant de population (\(population) habitants)"
            case .rulebook(let id): "avenant de règles (\(id))"
            case .termination: "résiliation"
            }
        }

        /// What the amendment changes, in a language.
        ///
        /// - Parameter language: French or English.
        public func label(in language: Language) -> String {
            guard language == .english else { return label }
            return switch self {
            case .budget(let mission, _): "budget amendment (\(mission.key))"
            case .indicators(let mission, _): "indicators amendment (\(mission.key))"
            case .population(let population): "population amendment (\(population) inhabitants)"
            case .rulebook(let id): "rulebook amendment (\(id))"
            case .termination: "termination"
            }
        }
    }

    /// The day the amendment takes effect; for a termination, the first day without a contract.
    public let effectiveOn: CalendarDate
    /// What it changes.
    public let change: Change
    /// Free text from the parties, kept for people (never read by the engine).
    public let note: String?

    /// Creates an amendment. The contract that carries it checks it (dates, missions, order).
    ///
    /// - Parameters:
    ///   - effectiveOn: The day it takes effect.
    ///   - change: What it changes.
    ///   - note: Optional free text.
    /// - Throws: ``CPTSKitError/Kind/negativeAmount`` for a negative budget,
    ///   ``CPTSKitError/Kind/invalidPopulation`` for a population that is not positive,
    ///   ``CPTSKitError/Kind/duplicateIndicator`` for a repeated indicator id,
    ///   ``CPTSKitError/Kind/unknownField`` for a budget part the mission does not have.
    public init(effectiveOn: CalendarDate, change: Change, note: String? = nil) throws(CPTSKitError) {
        switch change {
        case .budget(let mission, let budget):
            // The same checks as a mission's own budget, with the amendment's paths.
            _ = try EngagedMission(kind: mission, budget: budget)
        case .indicators(let mission, let indicators):
            _ = try EngagedMission(kind: mission, indicators: indicators)
        case .population(let population):
            guard population > 0 else {
                throw CPTSKitError(.invalidPopulation, path: "population",
                                   message: BilingualText(fr: "la population déclarée doit être un nombre positif d'habitants", en: "the declared population must be a positive number of inhabitants"),
                                   value: "\(population)")
            }
        case .rulebook(let id):
            guard !id.isEmpty else {
                throw CPTSKitError(.unknownRulebook, path: "rulebook", message: BilingualText(fr: "un avenant de règles nomme des règles", en: "a rulebook amendment names a rulebook"), value: "\"\"")
            }
        case .termination:
            break
        }
        self.effectiveOn = effectiveOn
        self.change = change
        self.note = note
    }
}
