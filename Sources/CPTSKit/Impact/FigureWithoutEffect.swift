/// A figure a draft changes that changes no contract's amount in an impact, and why: what an
/// analyst must know before reading a zero as "the change costs nothing".
///
/// Raising `mission.prevention.fixed.T2` pays nothing more to T2 contracts that carry their own
/// prevention budget; a variable envelope bounds the indicators a contract lists, each with its
/// own amount, and pays nothing by itself; the yearly maximum only warns.
public struct FigureWithoutEffect: Hashable, Sendable, Codable {
    /// Why a changed figure changed no amount.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// The draft reaches no contract of the impact.
        case noContractReached = "no_contract_reached"
        /// Every contract year the draft reaches that would be paid from it carries its own budget.
        case ownBudgets = "own_budgets"
        /// No contract year the draft reaches is paid from it (another size class, a mission no
        /// contract engages, no activation recorded, no start-up owed).
        case notRead = "not_read"
        /// A variable envelope: it bounds the indicators a contract lists, which carry their own
        /// amounts, and pays nothing by itself.
        case envelopeOnly = "envelope_only"
        /// The yearly maximum: a year above it is warned about, never cut.
        case warningOnly = "warning_only"

        /// The reason for people, in a language, in a few words.
        ///
        /// - Parameter language: French or English.
        public func sentence(in language: Language) -> String {
            switch (self, language) {
            case (.noContractReached, .french): "le projet n'atteint aucun contrat"
            case (.noContractReached, .english): "the draft reaches no contract"
            case (.ownBudgets, .french): "chaque contrat concerné porte son propre budget"
            case (.ownBudgets, .english): "every contract concerned carries its own budget"
            case (.notRead, .french): "aucune année atteinte n'est payée sur ce montant"
            case (.notRead, .english): "no year reached is paid from it"
            case (.envelopeOnly, .french): "plafond des indicateurs, qui portent leurs montants"
            case (.envelopeOnly, .english): "bounds the indicators, which carry their own amounts"
            case (.warningOnly, .french): "seulement un avertissement au-delà du maximum"
            case (.warningOnly, .english): "only a warning above the maximum"
            }
        }
    }

    /// The figure's key, as `cpts rules diff` lists it.
    public let key: RulebookFigureKey
    /// Why it changed nothing.
    public let reason: Reason

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - key: The figure's key.
    ///   - reason: Why it changed no amount.
    public init(key: RulebookFigureKey, reason: Reason) {
        self.key = key
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case key, reason }

    /// Reads `{"key": "mission.prevention.fixed.T2", "reason": "own_budgets"}`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A `DecodingError` for an unknown key or reason.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .key)
        do throws(CPTSKitError) {
            key = try RulebookFigureKey(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .key, in: container, debugDescription: error.description)
        }
        reason = try container.decode(Reason.self, forKey: .reason)
    }

    /// Writes the key as a file writes it and the reason's code.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key.description, forKey: .key)
        try container.encode(reason, forKey: .reason)
    }
}

extension RulebookImpact {
    /// The figures the draft changes (``changedFigures``) that changed no contract's amount here,
    /// each with its reason, in listing order. Size boundaries, calendar parameters and deadlines
    /// count as used as soon as the draft reaches a contract.
    public var figuresWithoutEffect: [FigureWithoutEffect] {
        changedFigures.compactMap { key in
            if reached == 0 { return FigureWithoutEffect(key: key, reason: .noContractReached) }
            switch key {
            case .fonctionnement, .startUpFonctionnement, .missionFixed, .missionActivated:
                switch figuresRead[key] {
                case nil: return FigureWithoutEffect(key: key, reason: .notRead)
                case false?: return FigureWithoutEffect(key: key, reason: .ownBudgets)
                case true?: return nil
                }
            case .missionVariable:
                return FigureWithoutEffect(key: key, reason: .envelopeOnly)
            case .yearlyMaximum:
                return FigureWithoutEffect(key: key, reason: .warningOnly)
            case .startUpWindowEnd, .startDeadline, .deploymentDeadline, .sizeBoundaries, .advanceShare, .rounding,
                 .prorationBasis, .prorateVariableEnvelope:
                return nil
            }
        }
    }

    /// The figures `draft` changes against the baseline's rulebook in force on the eve of its
    /// effective date (its latest when the date is unknown or precedes them all).
    static func changedFigures(of draft: String, baseline: RulebookRegistry, scenario: RulebookRegistry) -> [RulebookFigureKey] {
        guard let new = try? scenario.rulebook(id: draft) else { return [] }
        let eve = new.effectiveFrom.value.flatMap { try? $0.adding(days: -1) }
        let old = eve.flatMap { try? baseline.rulebook(inForceOn: $0) } ?? baseline.rulebooks.last
        guard let old else { return [] }
        return old.differences(to: new).compactMap { try? RulebookFigureKey(parsing: $0.key) }
    }
}
