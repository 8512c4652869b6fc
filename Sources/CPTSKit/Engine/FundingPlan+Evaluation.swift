// The one evaluation of a line template in a year, which the statements (and through them the
// explanations, the what-if, the review and the follow-up) and the plan's totals (the impact of a
// draft) share: a due line owes its base times its share; an indicator's line is pending at its
// best case without a result, else owes its payout's evaluation scaled by its share, rounded once
// by the year's rule. The payout itself is the payout kernel's (`Payout.evaluation`).

extension FundingPlan {
    /// What a template owes in a year when due, or is worth at best when assessed: its base scaled
    /// by its share of the year and rounded once by the year's rule.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - n: The contract year, in which the template appears.
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    @inline(__always)
    func baseAmount(of template: LineTemplate, year n: Int) throws(CPTSKitError) -> Euros {
        try template.amount(in: n, rounding: timeline.yearContexts[n - 1].rounding)
    }

    /// The identifier of an indicator template's indicator, read in place.
    func indicatorID(of template: LineTemplate) -> String {
        let m = Int(template.missionIndex), i = Int(template.indicatorIndex), set = Int(template.indicatorSet)
        return set == 0 ? timeline.missions[m].engaged.indicators[i].id : timeline.missions[m].amendedSets[set - 1].indicators[i].id
    }

    /// An indicator template's payout on a result, with what the line owes: the evaluation scaled
    /// by the template's share of the year, rounded once by the year's rule.
    ///
    /// The indicator is read in place in its list (the contract's own or an amendment's): copying
    /// it would retain and release its strings and tiers on every line.
    ///
    /// - Parameters:
    ///   - template: An indicator template.
    ///   - n: The contract year, in which the template appears.
    ///   - result: The year's result for the indicator.
    /// - Returns: The payout's evaluation and the amount the line owes.
    /// - Throws: The payout's error, its path `results.<year>.<indicator>`; ``CPTSKitError/Kind/overflow``.
    func evaluation(of template: LineTemplate, year n: Int, result: IndicatorResult) throws(CPTSKitError)
        -> (evaluation: PayoutEvaluation, owed: Euros)
    {
        let m = Int(template.missionIndex), i = Int(template.indicatorIndex), set = Int(template.indicatorSet)
        let rounding = timeline.yearContexts[n - 1].rounding
        let evaluation: PayoutEvaluation
        do throws(CPTSKitError) {
            evaluation = set == 0
                ? try timeline.missions[m].engaged.indicators[i].payout.evaluation(of: result, rounding: rounding)
                : try timeline.missions[m].amendedSets[set - 1].indicators[i].payout.evaluation(of: result, rounding: rounding)
        } catch {
            // The error path: the indicator copied by the plan's one lookup.
            let indicator = indicator(of: template)
            throw indicator.named(error, result: result).nested(under: "results.\(n).\(indicator.id)")
        }
        return (evaluation, try owed(template, year: n, payout: evaluation.amount))
    }

    /// What an indicator's line owes for its payout: the payout scaled by the template's share of
    /// the year (a mission's start, a termination, under a rulebook prorating envelopes), rounded
    /// once by the year's rule.
    @inline(__always)
    func owed(_ template: LineTemplate, year n: Int, payout: Euros) throws(CPTSKitError) -> Euros {
        let share = template.share(in: n)
        return share == .one ? payout : try payout.multiplied(by: share, rounding: timeline.yearContexts[n - 1].rounding)
    }
}
