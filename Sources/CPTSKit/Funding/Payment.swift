/// What triggers a payment in the ACI calendar (ACI 2019 art. 9.1; the Senate report of 2025).
///
/// Payments carry their due event, not an invented bank date: the delay after an anniversary
/// was not found.
public enum PaymentEvent: Hashable, Sendable, CustomStringConvertible {
    /// The signature of the contract.
    case signature
    /// The start of one or more missions during a contract year.
    case missionStart
    /// The nth anniversary of the signature, closing contract year n.
    case anniversary(Int)
    /// The start-up catch-up, due when the rulebook that grants it enters into force (or at the
    /// signature if later), as its own payment.
    case catchUp
    /// The settlement of the year cut short by an early termination, on the termination day: a
    /// repayment (*reversement prorata temporis*) when the advances exceeded what the year owes.
    case termination
    /// The advance of the part of a year from the day a change comes into force inside it (a
    /// later rulebook under `effective_date`, a budget amendment): nothing computed under a
    /// change falls due before it applies.
    case changeInForce

    /// The key used in JSON output: `signature`, `mission_start`, `anniversary`, `catch_up`, `termination`,
    /// `change_in_force`.
    public var key: String {
        switch self {
        case .signature: "signature"
        case .missionStart: "mission_start"
        case .anniversary: "anniversary"
        case .catchUp: "catch_up"
        case .termination: "termination"
        case .changeInForce: "change_in_force"
        }
    }

    /// The French name: `signature`, `démarrage de mission`, `2e anniversaire`, `rattrapage`, `résiliation`.
    public var label: String {
        switch self {
        case .signature: "signature"
        case .missionStart: "démarrage de mission"
        case .anniversary(let n): n == 1 ? "1er anniversaire" : "\(n)e anniversaire"
        case .catchUp: "rattrapage du supplément de démarrage"
        case .termination: "résiliation"
        case .changeInForce: "entrée en vigueur d'un changement"
        }
    }

    /// The event's name in a language: `2e anniversaire` / `2nd anniversary`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        guard language == .english else { return label }
        return switch self {
        case .signature: "signature"
        case .missionStart: "mission start"
        case .anniversary(let n): "\(Self.ordinal(n)) anniversary"
        case .catchUp: "start-up supplement catch-up"
        case .termination: "termination"
        case .changeInForce: "a change comes into force"
        }
    }

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`…
    static func ordinal(_ n: Int) -> String {
        let suffix = switch (n % 10, n % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(n)\(suffix)"
    }

    /// The English name, short: `2nd anniversary`.
    public var description: String { label(in: .english) }

    /// The event's name in a language, as ``label(in:)``: the name every type of the package gives
    /// its display in a language.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String { label(in: language) }
}

/// How much of a line a settlement pays.
public enum SettlementShare: String, Hashable, Sendable, CaseIterable, Codable {
    /// The whole line at once (signature-period *fonctionnement*, variable parts, activation).
    case inFull = "in_full"
    /// The advance (75 %) at the start of the year or of the mission.
    case advance
    /// The balance, with the year's remuneration balance at the anniversary.
    case balance

    /// The French name.
    public var label: String {
        switch self {
        case .inFull: "intégral"
        case .advance: "avance"
        case .balance: "solde"
        }
    }

    /// The share's name in a language: `avance` / `advance`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.inFull, .english): "in full"
        case (.advance, .english): "advance"
        case (.balance, .english): "balance"
        }
    }
}

/// The part of one funding line that a payment settles.
public struct Settlement: Hashable, Sendable {
    /// The contract year of the line.
    public let year: Int
    /// The line's index in that year's ``FundingStatement/lines``.
    public let line: Int
    /// The line's volet.
    public let volet: Volet
    /// The line's mission, for volet 2.
    public let mission: MissionKind?
    /// The line's part.
    public let part: FundingPart
    /// The line's indicator, for variable lines.
    public let indicator: String?
    /// Whole, advance or balance.
    public let share: SettlementShare
    /// The amount settled.
    public let amount: Euros
    /// Whether the line awaits assessment (its best case is shown, not counted).
    public let isPending: Bool
    /// The rulebook the line was computed under (``FundingLine/rulebook``).
    public let rulebook: String
}

/// One payment of the calendar: when, why, how much, and the lines it settles.
public struct Payment: Hashable, Sendable {
    /// The date the payment falls due.
    public let dueOn: CalendarDate
    /// What triggers it.
    public let event: PaymentEvent
    /// The contract year it falls in, or closes for an anniversary.
    public let year: Int
    /// The amount due: Σ of its settled, non-pending settlements.
    public let amount: Euros
    /// The best case of its pending settlements, not counted in ``amount``.
    public let pendingAmount: Euros
    /// The parts of lines it pays.
    public let settles: [Settlement]
}
