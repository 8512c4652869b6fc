/// Something worth a look that does not make the contract invalid.
///
/// A mission started after its deadline, a total
/// above a known yearly maximum, a budget below the national amount. `cpts` prints them on
/// standard error, in the language of the run; in JSON they are data (`kind`, `path`, both messages).
public struct FundingWarning: Hashable, Sendable, CustomStringConvertible {
    /// The family of a warning.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// A socle mission starts after its start deadline (months after signature).
        case startDeadlineMissed = "start_deadline_missed"
        /// A *socle* (mandatory) mission of the rulebook is not engaged by the contract.
        case socleMissionNotEngaged = "socle_mission_not_engaged"
        /// A year's best-case total exceeds the rulebook's known yearly maximum.
        case aboveYearlyMaximum = "above_yearly_maximum"
        /// A contract budget is below the national amount.
        case budgetBelowNational = "budget_below_national"
        /// A mission's indicators cannot reach its whole variable envelope.
        case envelopeNotFullyAllocated = "envelope_not_fully_allocated"
        /// The contract names a rulebook that enters into force after its signature.
        case rulebookNotYetInForce = "rulebook_not_yet_in_force"
        /// The contract names a rulebook that a later one had already superseded on its signature.
        case rulebookSuperseded = "rulebook_superseded"
        /// A mission was deployed after its deployment deadline.
        case deploymentDeadlineMissed = "deployment_deadline_missed"
        /// As of the as-of date, a start or deployment deadline has passed without the mission
        /// having started or been deployed.
        case deadlinePassed = "deadline_passed"
        /// Results are given for a contract year that is not over on the as-of date.
        case resultsBeforeYearEnd = "results_before_year_end"
    }

    /// The family.
    public let kind: Kind
    /// The path of the field concerned, e.g. `missions[1].starts_on`.
    public let path: String
    /// The explanation in English (the language of ``description``), with both figures where there are two.
    public let message: String
    /// The explanation in French.
    public let frenchMessage: String
    /// The value concerned as a file writes it (`2026-04-09`, `35000.00`, `prevention`), the same in
    /// both languages; `nil` when there is none.
    public let value: String?

    /// Creates a warning whose explanation is in both languages, as CPTSKit's own warnings are.
    ///
    /// - Parameters:
    ///   - kind: The family.
    ///   - path: The field concerned.
    ///   - message: The explanation, in French and in English.
    ///   - value: The value concerned, as a file writes it.
    public init(_ kind: Kind, path: String, message: BilingualText, value: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message.english
        self.frenchMessage = message.french
        self.value = value
    }

    /// Creates a warning with an explanation in one language, used for both.
    ///
    /// - Parameters:
    ///   - kind: The family.
    ///   - path: The field concerned.
    ///   - message: The explanation.
    public init(_ kind: Kind, path: String, message: String) {
        self.init(kind, path: path, message: BilingualText(fr: message, en: message))
    }

    /// The explanation in a language.
    ///
    /// - Parameter language: French or English.
    public func message(in language: Language) -> String { language == .french ? frenchMessage : message }

    /// `path: message` in a language; the path and the kind are the same in both.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        let text = message(in: language)
        return path.isEmpty ? text : "\(path): \(text)"
    }

    /// `path: message`, in English.
    public var description: String { description(in: .english) }
}
