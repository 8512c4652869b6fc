/// Where one indicator stands in a contract year, and what the next step of progress is worth.
///
/// The answers to a coordinator's questions (`cpts whatif`): *what is still reachable this year*
/// (``reachable``: best case minus what is assessed), *what is the next tier and how far are we*
/// (``nextStep``), *which indicators are worth the most per point of progress*
/// (``NextStep/centsPerPoint``). A pending year is read from the latest result known before it
/// (an earlier year's, else the contract's baseline).
public struct IndicatorOutlook: Hashable, Sendable {
    /// The next improvement that pays more: a higher tier, the target, or carrying out the action.
    public struct NextStep: Hashable, Sendable {
        /// The result to reach (`nil` for an all-or-nothing action).
        public let reach: Fraction?
        /// What the indicator pays once it is reached.
        public let amount: Euros
        /// What it adds to the current payout.
        public let gain: Euros
        /// How far the reference result is from it (`nil` when unknown or not measured).
        public let distance: Fraction?
        /// The gain per point of progress, in cents (`gain ÷ distance`; for a proportional
        /// indicator, its linear rate `amount ÷ target`).
        public let centsPerPoint: Fraction?
    }

    /// The mission.
    public let mission: MissionKind
    /// The indicator id.
    public let indicator: String
    /// The indicator's French label.
    public let label: String
    /// The contract year.
    public let year: Int
    /// Assessed or pending.
    public let status: LineStatus
    /// The year's result, when assessed.
    public let result: IndicatorResult?
    /// The measured value the next step is measured from (this year's, an earlier year's, the baseline).
    public let reference: Fraction?
    /// What the year paid, when assessed.
    public let earned: Euros?
    /// The most the indicator can pay.
    public let bestCase: Euros
    /// `bestCase − earned` (the whole best case for a pending year).
    public let reachable: Euros
    /// The next step, or `nil` at the best tier.
    public let nextStep: NextStep?
}
