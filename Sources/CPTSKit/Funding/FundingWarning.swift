/// Something worth a look that does not make the contract invalid.
///
/// A mission started after its deadline, a total
/// above a known yearly maximum, a budget below the national amount. Warnings go to stderr in
/// the CLI, never into the JSON on stdout.
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
    /// The explanation, with both figures where there are two.
    public let message: String

    /// Creates a warning.
    ///
    /// - Parameters:
    ///   - kind: The family.
    ///   - path: The field concerned.
    ///   - message: The explanation.
    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
