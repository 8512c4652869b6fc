// The sums of a plan's statements and payment calendar, without writing a line or a payment:
// what the impact of a draft rulebook compares, for every contract, twice.

/// The payout of each indicator in each year, computed once for the plans of one contract (its
/// indicators and results are the same without and with a draft rulebook).
struct PayoutMemo {
    /// Where each mission's indicator sets start in ``values``, per year.
    var offsets: [[Int]] = []
    var stride = 0
    /// Cents of the payout, ``pending`` without a result, ``unknown`` before it is computed.
    var values: [Int64] = []
    /// The rounding rule the payouts of each year were computed with: a plan whose year rounds
    /// otherwise (a draft changing `payment.rounding`) computes its own.
    var roundings = [RoundingRule?](repeating: nil, count: ACIContract.yearCount)

    static let unknown = Int64.min
    static let pending = Int64.min + 1

    init() {}

    init(_ plan: FundingPlan) {
        var next = 0
        for mission in plan.missions {
            var starts: [Int] = [next]
            next += mission.engaged.indicators.count
            for set in mission.amendedSets {
                starts.append(next)
                next += set.indicators.count
            }
            offsets.append(starts)
        }
        stride = next
        values = [Int64](repeating: Self.unknown, count: max(next, 1) * ACIContract.yearCount)
    }

    /// The position of an indicator template's payout in a year.
    @inline(__always)
    func slot(_ template: LineTemplate, year n: Int) -> Int {
        (n - 1) * stride + offsets[Int(template.missionIndex)][Int(template.indicatorSet)] + Int(template.indicatorIndex)
    }
}

/// A contract's amounts as sums: per year, per volet and mission, per calendar year of payment.
struct PlanTotals {
    /// One contract year: due and assessed lines, all lines with pending ones at their best case,
    /// its rulebook, the same by volet and mission, and the payments of its lines.
    struct Year {
        var total = Euros.zero
        var maxTotal = Euros.zero
        var rulebook: String
        /// Due and assessed amounts by slot: 0 for *fonctionnement*, then 1 + the mission's position in the contract.
        var parts: [Euros]
        /// The payments due for the year's lines (pending ones excluded) by calendar year.
        var payments: [(year: Int, amount: Euros)] = []
    }

    /// The years with at least one day of contract.
    var years: [Year] = []
    /// The size class of the first year.
    let sizeClass: SizeClass
}

extension FundingPlan {
    /// The sums of the statements and of the calendar this plan gives.
    ///
    /// Reads the same templates as ``FundingEngine/statement(of:year:)`` and lays each due or
    /// assessed amount out with ``settlements(ofTemplate:in:amount:)`` as the schedule does,
    /// including the catch-up, the parts of split years and a termination's settlement; tests hold
    /// every sum equal to the statements' and the schedule's.
    ///
    /// - Parameters:
    ///   - reused: Totals of another plan of the same contract, and a day: the years that end on
    ///     or before that day are taken from those totals as they are (the plan of the contract
    ///     without the draft rulebook, for the years that end before the draft reaches it).
    ///   - evaluations: The payouts of the contract's indicators, filled on first use and shared
    ///     by the plans of one contract (its indicators and results do not depend on the rulebook).
    /// - Throws: ``CPTSKitError`` as the statements would (a result that cannot be evaluated, an overflow).
    func totals(reusing reused: (totals: PlanTotals, before: CalendarDate)? = nil, evaluations: inout PayoutMemo)
        throws(CPTSKitError) -> PlanTotals
    {
        if evaluations.offsets.isEmpty { evaluations = PayoutMemo(self) }
        var out = PlanTotals(sizeClass: sizeClass)
        out.years.reserveCapacity(years.count)
        let starts = timeline.missionStarts
        for year in years {
            let n = year.number
            if let reused, year.end <= reused.before, n <= reused.totals.years.count {
                out.years.append(reused.totals.years[n - 1])
                continue
            }
            var sums = PlanTotals.Year(rulebook: rulebooks[yearContexts[n - 1].rulebook].id,
                                       parts: [Euros](repeating: .zero, count: missions.count + 1))
            func pay(_ date: CalendarDate, _ amount: Euros) throws(CPTSKitError) {
                guard amount != .zero else { return }
                if let index = sums.payments.firstIndex(where: { $0.year == date.year }) {
                    sums.payments[index].amount = try sums.payments[index].amount.adding(amount)
                } else {
                    sums.payments.append((date.year, amount))
                }
            }
            let results = contract.results[n]
            let rounding = yearContexts[n - 1].rounding
            let calendar = yearCalendar(year, missionStarts: starts)
            for t in recipe.templates.indices where recipe.templates[t].appears(in: n) {
                let template = recipe.templates[t]
                var amount = try baseAmount(of: template, year: n)
                if template.kind == .indicator {
                    let slot = evaluations.slot(template, year: n)
                    if evaluations.roundings[n - 1] == nil { evaluations.roundings[n - 1] = rounding }
                    var cents: Int64
                    if evaluations.roundings[n - 1] == rounding {
                        if evaluations.values[slot] == PayoutMemo.unknown {
                            evaluations.values[slot] = try results.flatMap { (results) throws(CPTSKitError) in
                                try evaluation(of: template, year: n, results: results)?.cents
                            } ?? PayoutMemo.pending
                        }
                        cents = evaluations.values[slot]
                    } else {
                        // Not the rounding the shared payouts were computed with: this plan's own.
                        cents = try results.flatMap { (results) throws(CPTSKitError) in
                            try evaluation(of: template, year: n, results: results)?.cents
                        } ?? PayoutMemo.pending
                    }
                    guard cents != PayoutMemo.pending else {
                        // Pending: counted at its best case, neither due nor paid.
                        sums.maxTotal = try sums.maxTotal.adding(amount)
                        continue
                    }
                    amount = try owed(template, year: n, payout: Euros(cents: cents))
                }
                sums.maxTotal = try sums.maxTotal.adding(amount)
                sums.total = try sums.total.adding(amount)
                let slot = Int(template.missionIndex) + 1
                sums.parts[slot] = try sums.parts[slot].adding(amount)
                // The calendar of the line, as the schedule lays it out.
                // A line that owes nothing pays nothing, unless a termination makes it repay its advances.
                guard amount != .zero || calendar.cut != nil else { continue }
                let (first, second, third, fourth) = try settlements(ofTemplate: t, in: calendar, amount: amount)
                try pay(first.date, first.amount)
                if let second { try pay(second.date, second.amount) }
                if let third { try pay(third.date, third.amount) }
                if let fourth { try pay(fourth.date, fourth.amount) }
            }
            out.years.append(sums)
        }
        return out
    }

    /// An indicator's payout on the year's result (before its share), `nil` while it is pending:
    /// the plan's one evaluation (``evaluation(of:year:result:)``).
    private func evaluation(of template: LineTemplate, year n: Int, results: [String: IndicatorResult])
        throws(CPTSKitError) -> Euros?
    {
        guard let result = results[indicatorID(of: template)] else { return nil }
        return try evaluation(of: template, year: n, result: result).evaluation.amount
    }
}
