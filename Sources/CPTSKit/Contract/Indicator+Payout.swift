extension Indicator {
    /// What the indicator pays for a result: its payout's ``Payout/evaluation(of:rounding:)``.
    ///
    /// - Parameters:
    ///   - result: The reported result; its kind must match the payout.
    ///   - rounding: The rounding rule, applied once (proportional payouts only).
    /// - Returns: The amount earned, the base and rate that produced it, and the tier reached.
    /// - Throws: ``CPTSKitError/Kind/wrongResultKind`` for a boolean on a measured indicator or
    ///   the reverse, naming the indicator; ``CPTSKitError/Kind/invalidNumber`` for a negative
    ///   proportional result.
    public func evaluation(of result: IndicatorResult, rounding: RoundingRule) throws(CPTSKitError) -> PayoutEvaluation {
        do throws(CPTSKitError) {
            return try payout.evaluation(of: result, rounding: rounding)
        } catch {
            throw named(error, result: result)
        }
    }

    /// A payout's error with the indicator named, for a result of the wrong kind.
    func named(_ error: CPTSKitError, result: IndicatorResult) -> CPTSKitError {
        guard error.kind == .wrongResultKind else { return error }
        let expects = if case .allOrNothing = payout {
            BilingualText(fr: "est tout ou rien et attend true ou false", en: "is all-or-nothing and expects true or false")
        } else {
            BilingualText(fr: "est mesuré et attend un nombre", en: "is measured and expects a number")
        }
        return CPTSKitError(.wrongResultKind, path: "",
                            message: BilingualText(fr: "l'indicateur '\(id)' \(expects.french)", en: "indicator '\(id)' \(expects.english)"),
                            value: result.rawValue)
    }

    /// What the indicator pays for a result, and the rate applied to the amount (for explanations).
    ///
    /// - Parameters:
    ///   - result: The reported result; its kind must match the payout.
    ///   - rounding: The rounding rule, applied once (proportional payouts only).
    /// - Returns: The amount earned and the base and rate that produced it.
    /// - Throws: As ``evaluation(of:rounding:)``.
    public func payment(for result: IndicatorResult, rounding: RoundingRule)
        throws(CPTSKitError) -> (amount: Euros, base: Euros, rate: Fraction)
    {
        let evaluation = try evaluation(of: result, rounding: rounding)
        return (evaluation.amount, evaluation.base, evaluation.rate)
    }
}
