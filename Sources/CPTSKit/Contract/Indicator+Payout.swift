extension Indicator {
    /// What the indicator pays for a result, and the rate applied to the amount (for explanations).
    ///
    /// - Parameters:
    ///   - result: The reported result; its kind must match the payout.
    ///   - rounding: The rounding rule, applied once (proportional payouts only).
    /// - Returns: The amount earned and the base and rate that produced it.
    /// - Throws: ``CPTSKitError/Kind/wrongResultKind`` for a boolean on a measured indicator or
    ///   the reverse, ``CPTSKitError/Kind/invalidNumber`` for a negative proportional result.
    public func payment(for result: IndicatorResult, rounding: RoundingRule)
        throws(CPTSKitError) -> (amount: Euros, base: Euros, rate: Fraction)
    {
        switch (payout, result) {
        case (.allOrNothing(let amount), .achieved(let done)):
            return done ? (amount, amount, .one) : (.zero, amount, .zero)
        case (.tiers(let better, let tiers), .measured(let value)):
            var best: Euros = .zero
            for tier in tiers where (better == .higher ? value >= tier.reach : value <= tier.reach) {
                if tier.amount > best { best = tier.amount }
            }
            return (best, best, .one)
        case (.proportional(let target, let amount), .measured(let value)):
            guard !value.isNegative else {
                throw CPTSKitError(.invalidNumber, path: "", message: "a proportional result cannot be negative",
                                   value: value.decimalDescription)
            }
            let ratio = try value.divided(by: target)
            let rate: Fraction
            if ratio > .one {
                rate = .one
            } else if value.denominator == 1 && target.denominator == 1 {
                rate = Fraction(unchecked: value.numerator, target.numerator)
            } else {
                rate = ratio
            }
            return (try amount.multiplied(by: rate, rounding: rounding), amount, rate)
        case (.allOrNothing, .measured):
            throw CPTSKitError(.wrongResultKind, path: "",
                               message: "indicator '\(id)' is all-or-nothing and expects true or false", value: result.description)
        case (_, .achieved):
            throw CPTSKitError(.wrongResultKind, path: "",
                               message: "indicator '\(id)' is measured and expects a number", value: result.description)
        }
    }
}
