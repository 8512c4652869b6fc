/// The yearly review of one contract year: what a coordinator puts in front of the CPAM.
///
/// For the *dialogue de gestion* (annual management review): per mission, the fixed part and each
/// indicator with its baseline, tiers or target, result, amount earned and amount left on the
/// table; the *fonctionnement*; the advances already paid for the year and the balance due at its
/// anniversary; and the warnings (missed deadlines, missing results). Rendered by
/// ``ReviewRenderer`` as Markdown, self-contained HTML or JSON.
public struct YearReview: Hashable, Sendable {
    /// One indicator's line of the review.
    public struct IndicatorRow: Hashable, Sendable {
        /// The indicator id.
        public let id: String
        /// Its French label.
        public let label: String
        /// The objective in words: tiers, target or action.
        public let objective: String
        /// The measured value before the contract, if stated.
        public let baseline: Fraction?
        /// The year's result, when assessed.
        public let result: IndicatorResult?
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
    /// What to look at, in French.
    public let warnings: [String]
}

extension FundingEngine {
    /// The review of one contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    /// - Returns: The review.
    /// - Throws: ``CPTSKitError`` as ``funding(for:rulebook:)``; `yearOutOfContract` outside 1…5.
    public func review(for contract: ACIContract, year: Int) throws(CPTSKitError) -> YearReview {
        let funding = try self.funding(for: contract)
        guard (1...funding.years.count).contains(year) else {
            throw CPTSKitError(.yearOutOfContract, path: "year", message: "contract years are numbered 1 to \(funding.years.count)",
                               value: "\(year)")
        }
        let schedule = try self.schedule(for: contract, funding: funding)
        let statement = funding.years[year - 1]
        var fonctionnement = Euros.zero
        var sections: [YearReview.MissionSection] = []
        for line in statement.lines where line.volet == .fonctionnement { fonctionnement = try fonctionnement.adding(line.amount) }
        for mission in contract.missions {
            let lines = statement.lines.filter { $0.mission == mission.kind }
            guard let fixed = lines.first(where: { $0.part == .fixed }) else { continue }
            var rows: [YearReview.IndicatorRow] = []
            var earned = Euros.zero, possible = Euros.zero
            for line in lines where line.part == .variable {
                guard let id = line.indicator, let indicator = mission.indicators.first(where: { $0.id == id }) else { continue }
                let assessed = line.status == .assessed
                rows.append(YearReview.IndicatorRow(
                    id: id, label: indicator.label, objective: Self.objective(of: indicator.payout), baseline: indicator.baseline,
                    result: line.result, earned: line.amount, bestCase: line.bestCase,
                    leftOnTable: assessed ? try line.bestCase.subtracting(line.amount) : .zero, status: line.status))
                if assessed { earned = try earned.adding(line.amount) }
                possible = try possible.adding(line.bestCase)
            }
            sections.append(YearReview.MissionSection(
                mission: mission.kind, fixed: fixed.amount, activation: lines.first { $0.part == .crisisActivation }?.amount,
                indicators: rows, earned: earned, possible: possible))
        }
        var advances = Euros.zero, balance = Euros.zero
        for payment in schedule.payments {
            for settlement in payment.settles where settlement.year == year && !settlement.isPending {
                if payment.dueOn < statement.year.end {
                    advances = try advances.adding(settlement.amount)
                } else {
                    balance = try balance.adding(settlement.amount)
                }
            }
        }
        var warnings = funding.warnings.filter { $0.kind != .envelopeNotFullyAllocated }.map(\.description)
        warnings += statement.warnings.map(\.description)
        if contract.results[year] == nil {
            warnings.append("année \(year) non évaluée : les parts variables sont en attente de résultats")
        }
        return YearReview(cpts: funding.cpts, sizeClass: funding.sizeClass, rulebook: funding.rulebook, year: statement.year,
                          isAssessed: contract.results[year] != nil, fonctionnement: fonctionnement, missions: sections,
                          total: statement.total, maxTotal: statement.maxTotal, advancesPaid: advances, balanceDue: balance,
                          warnings: warnings)
    }

    /// An indicator's objective in French: its tiers, its target or its action.
    static func objective(of payout: Payout) -> String {
        switch payout {
        case .allOrNothing(let amount):
            return "action réalisée → \(amount)"
        case .proportional(let target, let amount):
            return "\(amount) × résultat ÷ \(FrenchNumber.decimal(target)), plafonné"
        case .tiers(let better, let tiers):
            let symbol = better == .higher ? "≥" : "≤"
            let ordered = tiers.sorted { better == .higher ? $0.reach < $1.reach : $0.reach > $1.reach }
            return ordered.map { "\(symbol) \(FrenchNumber.decimal($0.reach)) → \($0.amount)" }.joined(separator: " ; ")
        }
    }
}
