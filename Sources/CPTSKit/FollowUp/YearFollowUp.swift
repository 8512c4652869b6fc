/// The quarterly follow-up of a contract year: where the year stands on a date, and what it will
/// pay if the pace holds (`cpts followup`).
///
/// Between two yearly reviews the CPTS, the ARS and the CPAM meet every quarter with interim
/// figures. For the contract year containing the as-of date (or a chosen year), the follow-up
/// gives the quarter, each indicator's latest measurement and its projection to the year's end,
/// what each pays, the best case and the next tier's reach, the totals of the year's variable
/// lines, and what falls due in the three months from the as-of date. The contract's warnings
/// on the as-of date are ``FundingEngine/validate(_:rulebook:asOf:)``'s: the renderers of
/// `CPTSKitReports` take them beside the follow-up.
public struct YearFollowUp: Hashable, Sendable {
    /// A start or deployment deadline of a mission.
    public struct Deadline: Hashable, Sendable {
        /// Which deadline.
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            /// The day by which the mission starts.
            case start
            /// The day by which it is fully deployed.
            case deployment
        }

        /// The mission.
        public let mission: MissionKind
        /// Start or deployment.
        public let kind: Kind
        /// The deadline, counted in months from the signature (or from the day the rulebook that
        /// introduced the mission applies).
        public let date: CalendarDate
        /// The contract's start or deployment day when it is on or before the as-of date; `nil`
        /// while the deadline is still open.
        public let metOn: CalendarDate?
    }

    /// The totals of the year's variable lines.
    public struct Totals: Hashable, Sendable {
        /// The lines at the latest measurements (nothing for an indicator not yet measured).
        public let atLatest: Euros
        /// The lines at the projections (nothing for an indicator not yet measured).
        public let atProjected: Euros
        /// The lines' best cases.
        public let bestCase: Euros
    }

    /// The CPTS's name.
    public let cpts: String
    /// The rulebook in force on the year's first day.
    public let rulebook: String
    /// The contract year followed.
    public let year: ContractYear
    /// The date the follow-up is made on: measurements after it are not counted.
    public let asOf: CalendarDate
    /// The year's four quarters (their last days are the quarterly meetings).
    public let quarters: [ContractQuarter]
    /// The quarter containing the as-of date, 1…4; `nil` when the as-of date is outside the year.
    public let quarter: Int?
    /// Whether the year already has its results (then `cpts review` gives what it paid).
    public let isAssessed: Bool
    /// The year's indicators in statement order, measured or not.
    public let indicators: [IndicatorFollowUp]
    /// The totals of the variable lines.
    public let totals: Totals
    /// The first day of the coming quarter's window: the as-of date.
    public let comingFrom: CalendarDate
    /// The last day of the window: the eve of the day three months after the as-of date.
    public let comingThrough: CalendarDate
    /// The payments of the contract's calendar due in the window (on the contract's own results:
    /// a pending balance is counted at its best case, ``Payment/pendingAmount``).
    public let comingPayments: [Payment]
    /// The start and deployment deadlines in the window.
    public let comingDeadlines: [Deadline]
    /// The year's measurements dated after the as-of date, not counted.
    public let laterMeasurements: Int
}
