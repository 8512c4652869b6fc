/// What a payout pays for one result, and how: the amount, the base and rate behind it, the tier reached.
///
/// Produced by ``Payout/evaluation(of:rounding:)``; the engine copies it onto the
/// ``FundingLine`` of the indicator, so explanations, the what-if outlook and the yearly review
/// read the tier reached instead of working it out again.
///
/// ```
/// payout                          result  amount   base     rate     tierReached
/// allOrNothing 2 000 €            true    2 000 €  2 000 €  1        nil
/// allOrNothing 2 000 €            false   0 €      2 000 €  0        nil
/// tiers ≥ 70 → 1 000, ≥ 80 → 2 500  72.9  1 000 €  1 000 €  1        0
/// tiers ≥ 70 → 1 000, ≥ 80 → 2 500  65    0 €      0 €      1        nil
/// proportional 700 → 5 000 €      350     2 500 €  5 000 €  350/700  nil
/// ```
public struct PayoutEvaluation: Hashable, Sendable {
    /// The amount earned, rounded once.
    public let amount: Euros
    /// The figure the rate applies to: the payout's amount, or the amount of the tier reached.
    public let base: Euros
    /// The exact factor applied to ``base``: 0 or 1, or the attainment `min(result ÷ target, 1)`.
    public let rate: Fraction
    /// The position, in the indicator's list of tiers, of the tier that pays; `nil` when none is
    /// reached or the payout has no tiers.
    public let tierReached: Int?

    /// Creates an evaluation.
    ///
    /// - Parameters:
    ///   - amount: The amount earned.
    ///   - base: The base figure.
    ///   - rate: The factor applied to the base.
    ///   - tierReached: The position of the tier that pays, if any.
    public init(amount: Euros, base: Euros, rate: Fraction, tierReached: Int? = nil) {
        self.amount = amount
        self.base = base
        self.rate = rate
        self.tierReached = tierReached
    }
}

extension Payout {
    /// What this payout pays for a result.
    ///
    /// - All or nothing: the amount when achieved, else zero (rate 0).
    /// - Tiers: the hardest tier reached pays its amount (no interpolation); no tier, nothing.
    ///   An ``Indicator`` checks that a harder tier never pays less, so this is the best-paying
    ///   tier reached, and of two paying the same, the harder.
    /// - Proportional: `amount × min(result ÷ target, 1)`, rounded once by `rounding`.
    ///
    /// - Parameters:
    ///   - result: The reported result; its kind must match the payout.
    ///   - rounding: The rounding rule (proportional payouts only).
    /// - Returns: The evaluation.
    /// - Throws: ``CPTSKitError/Kind/wrongResultKind`` for a boolean on a measured payout or the
    ///   reverse, ``CPTSKitError/Kind/invalidNumber`` for a negative proportional result,
    ///   ``CPTSKitError/Kind/overflow`` when the product leaves 64-bit cents.
    public func evaluation(of result: IndicatorResult, rounding: RoundingRule) throws(CPTSKitError) -> PayoutEvaluation {
        switch (self, result) {
        case (.allOrNothing(let amount), .achieved(let done)):
            return PayoutEvaluation(amount: done ? amount : .zero, base: amount, rate: done ? .one : .zero)
        case (.tiers(let better, let tiers), .measured(let value)):
            // The hardest tier reached. A result reaches a prefix of the ladder (the tiers from the
            // easiest to the hardest), and the compiled columns sum that prefix's increments: both
            // pay the hardest tier reached, which pays the most since a harder tier never pays less.
            var reached: Int? = nil
            for index in tiers.indices where better.reaches(value, tiers[index].reach) {
                if let current = reached, better.isEasier(tiers[index].reach, than: tiers[current].reach) { continue }
                reached = index
            }
            let amount = reached.map { tiers[$0].amount } ?? .zero
            return PayoutEvaluation(amount: amount, base: amount, rate: .one, tierReached: reached)
        case (.proportional(let target, let amount), .measured(let value)):
            guard !value.isNegative else {
                throw CPTSKitError(.invalidNumber, path: "", message: BilingualText(fr: "un résultat proportionnel ne peut pas être négatif", en: "a proportional result cannot be negative"),
                                   value: value.decimalDescription)
            }
            // The kernel's cap: beyond the target, the rate is one.
            let counted = PayoutKernel.counted(value, of: target)
            let rate: Fraction
            if counted != value {
                rate = .one
            } else if value.denominator == 1 && target.denominator == 1 {
                rate = Fraction(unchecked: value.numerator, target.numerator)
            } else {
                rate = try value.divided(by: target)
            }
            // The kernel's rounding, the compiled columns' own; 128 bits beyond its range.
            let paid = PayoutKernel.canScale(amount.cents, by: rate.numerator, over: rate.denominator)
                ? Euros(cents: PayoutKernel.scaledCents(amount.cents, by: rate.numerator, over: rate.denominator, rounding: rounding))
                : try amount.multiplied(by: rate, rounding: rounding)
            return PayoutEvaluation(amount: paid, base: amount, rate: rate)
        case (.allOrNothing, .measured):
            throw CPTSKitError(.wrongResultKind, path: "", message: BilingualText(fr: "cet indicateur est tout ou rien et attend true ou false", en: "this indicator is all-or-nothing and expects true or false"),
                               value: result.rawValue)
        case (_, .achieved):
            throw CPTSKitError(.wrongResultKind, path: "", message: BilingualText(fr: "cet indicateur est mesuré et attend un nombre", en: "this indicator is measured and expects a number"),
                               value: result.rawValue)
        }
    }
}
