/// The yearly review of one contract year: what a coordinator puts in front of the CPAM.
///
/// For the *dialogue de gestion* (annual management review): per mission, the fixed part and each
/// indicator with its baseline, tiers or target, result, amount earned and amount left on the
/// table; the *fonctionnement*; the advances already paid for the year and the balance due at its
/// anniversary; and the warnings (missed deadlines, missing results). Rendered by
/// `ReviewRenderer` (in the `CPTSKitReports` product) as Markdown, self-contained HTML or JSON.
public struct YearReview: Hashable, Sendable {
    /// One indicator's line of the review.
    public struct IndicatorRow: Hashable, Sendable {
        /// The indicator id.
        public let id: String
        /// Its French label.
        public let label: String
        /// The objective in words, in French and English: tiers, target or action.
        public let objective: BilingualText
        /// The measured value before the contract, if stated.
        public let baseline: Fraction?
        /// The year's result, when assessed.
        public let result: IndicatorResult?
        /// For an assessed tiered indicator, the position in its list of tiers of the tier that pays.
        public let tierReached: Int?
        /// What it earned (the best case when pending).
        public let earned: Euros
        /// The most it can pay.
        public let bestCase: Euros
        /// `bestCase − earned` for an assessed year, zero when pending.
        public let leftOnTable: Euros
        /// Assessed or pending.
        public let status: LineStatus
    }

    /// One mission's section.
    public struct MissionSection: Hashable, Sendable {
        /// The mission.
        public let mission: MissionKind
        /// Its fixed part for the year (prorated in its first year).
        public let fixed: Euros
        /// The crisis activation, when paid this year.
        public let activation: Euros?
        /// Its indicators.
        public let indicators: [IndicatorRow]
        /// Σ earned by its indicators (pending ones excluded).
        public let earned: Euros
        /// Σ of its indicators' best cases.
        public let possible: Euros
    }

    /// The CPTS's name.
    public let cpts: String
    /// Its size class.
    public let sizeClass: SizeClass
    /// The rulebook applied.
    public let rulebook: String
    /// The contract year reviewed.
    public let year: ContractYear
    /// Whether the year's results are in.
    public let isAssessed: Bool
    /// Volet 1 for the year (with the start-up supplement in year 1 when eligible).
    public let fonctionnement: Euros
    /// The missions started by the year.
    public let missions: [MissionSection]
    /// The year's total (pending lines excluded).
    public let total: Euros
    /// The year's total with pending lines at their best case.
    public let maxTotal: Euros
    /// Payments of this year's lines due before its anniversary (advances, signature payments).
    public let advancesPaid: Euros
    /// Payments of this year's lines due at its anniversary (balances, variable parts, activation).
    public let balanceDue: Euros
    /// What to look at, in French and English.
    public let warnings: [BilingualText]
}
