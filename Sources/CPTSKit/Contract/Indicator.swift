/// An indicator of a mission: an objective with its own payout (real contract annexes; the Senate report of 2025).
///
/// Indicators are set per mission in the tripartite contract; the sum of their best cases may
/// not exceed the mission's variable envelope (checked by ``FundingEngine``).
public struct Indicator: Hashable, Sendable {
    /// The identifier, unique within the contract, used to report results (`depistage-sein`).
    public let id: String
    /// The French label, e.g. `Dépistage du cancer du sein`.
    public let label: String
    /// How the result is paid.
    public let payout: Payout
    /// The measured value before the contract (e.g. 66.26 % screening), when the contract states it.
    public let baseline: Fraction?
    /// How its value grows during a year (``IndicatorMeasure/level`` unless the contract says
    /// `cumulative`): what the quarterly follow-up projects from an interim measurement.
    public let measure: IndicatorMeasure
    /// The most the indicator can pay (``Payout/bestCase``), computed once: the engine reads it
    /// for every line of every statement.
    let bestCase: Euros

    /// Creates an indicator, checking that its payout makes sense.
    ///
    /// Tiers must be non-empty, have distinct reaches and pay more for a better result;
    /// a proportional target must be positive; no amount may be negative.
    ///
    /// - Parameters:
    ///   - id: The identifier, not empty.
    ///   - label: The French label.
    ///   - payout: The payout shape and amounts.
    ///   - baseline: The value measured before the contract, if known (measured indicators only).
    ///   - measure: How the value grows during a year: a level (the default) or a cumulative count
    ///     (measured indicators only).
    /// - Throws: ``CPTSKitError/Kind/invalidTiers``, ``CPTSKitError/Kind/invalidTarget``,
    ///   ``CPTSKitError/Kind/negativeAmount``, ``CPTSKitError/Kind/missingField`` or
    ///   ``CPTSKitError/Kind/unknownField``, with the path inside the indicator (`payout.tiers[1].amount`).
    public init(id: String, label: String, payout: Payout, baseline: Fraction? = nil, measure: IndicatorMeasure = .level)
        throws(CPTSKitError)
    {
        guard !id.isEmpty else {
            throw CPTSKitError(.missingField, path: "id", message: BilingualText(fr: "un indicateur doit avoir un identifiant", en: "an indicator needs an identifier"), value: "\"\"")
        }
        try Indicator.validate(payout)
        if baseline != nil, case .allOrNothing = payout {
            throw CPTSKitError(.unknownField, path: "baseline", message: BilingualText(fr: "un indicateur tout ou rien n'a pas de valeur de référence mesurée", en: "an all-or-nothing indicator has no measured baseline"), value: id)
        }
        if measure == .cumulative, case .allOrNothing = payout {
            throw CPTSKitError(.unknownField, path: "measure", message: BilingualText(fr: "un indicateur tout ou rien est un état, pas un cumul : sa mesure est « level »", en: "an all-or-nothing indicator is a state, not a count: its measure is \"level\""), value: measure.rawValue)
        }
        self.id = id
        self.label = label
        self.payout = payout
        self.baseline = baseline
        self.measure = measure
        bestCase = payout.bestCase
    }

    private static func nonNegative(_ amount: Euros, _ path: String) throws(CPTSKitError) {
        guard !amount.isNegative else {
            throw CPTSKitError(.negativeAmount, path: path, message: BilingualText(fr: "un montant ne peut pas être négatif", en: "an amount cannot be negative"),
                               value: amount.plainDescription)
        }
    }

    private static func validate(_ payout: Payout) throws(CPTSKitError) {
        switch payout {
        case .allOrNothing(let amount):
            try nonNegative(amount, "payout.amount")
        case .proportional(let target, let amount):
            try nonNegative(amount, "payout.amount")
            guard target > .zero else {
                throw CPTSKitError(.invalidTarget, path: "payout.target", message: BilingualText(fr: "une cible proportionnelle doit être positive", en: "a proportional target must be positive"),
                                   value: target.decimalDescription)
            }
        case .tiers(_, let tiers):
            guard !tiers.isEmpty else {
                throw CPTSKitError(.invalidTiers, path: "payout.tiers", message: BilingualText(fr: "un indicateur à paliers doit avoir au moins un palier", en: "a tiered indicator needs at least one tier"),
                                   value: "[]")
            }
            for (index, tier) in tiers.enumerated() {
                try nonNegative(tier.amount, "payout.tiers[\(index)].amount")
            }
            // Order tiers from the easiest to the hardest to reach; a harder tier must pay at least as much.
            let order = payout.ladderOrder
            for (previous, next) in zip(order, order.dropFirst()) {
                guard tiers[previous].reach != tiers[next].reach else {
                    throw CPTSKitError(.invalidTiers, path: "payout.tiers[\(max(previous, next))].reach",
                                       message: BilingualText(fr: "deux paliers ont le même seuil", en: "two tiers have the same reach"), value: tiers[next].reach.decimalDescription)
                }
                guard tiers[next].amount >= tiers[previous].amount else {
                    throw CPTSKitError(.invalidTiers, path: "payout.tiers[\(next)].amount",
                                       message: BilingualText(fr: "un meilleur palier paie moins qu\'un palier plus facile (\(tiers[previous].amount.plainDescription) pour \(tiers[previous].reach.decimalDescription))", en: "a better tier pays less than an easier one (\(tiers[previous].amount.plainDescription) for \(tiers[previous].reach.decimalDescription))"),
                                       value: tiers[next].amount.plainDescription)
                }
            }
        }
    }
}
