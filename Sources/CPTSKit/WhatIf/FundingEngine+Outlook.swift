extension FundingEngine {
    /// The outlook of every indicator of the missions started by a contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    /// - Returns: One outlook per indicator, in contract order.
    /// - Throws: ``CPTSKitError`` as ``statement(for:year:rulebook:)``.
    public func outlook(for contract: ACIContract, year: Int) throws(CPTSKitError) -> [IndicatorOutlook] {
        let statement = try self.statement(for: contract, year: year)
        // The year's own rounding: that of the rulebook in force on its first day.
        let rounding = try registry.rulebook(id: statement.rulebook).roundingRule
        var outlooks: [IndicatorOutlook] = []
        for line in statement.lines where line.part == .variable {
            guard let id = line.indicator, let (missionIndex, indicator) = contract.indicator(withID: id, inYear: line.year) else { continue }
            let reference = Self.referenceValue(of: indicator, year: year, in: contract)
            let achieved = Self.latestAchievement(of: indicator, year: year, in: contract)
            let earned = line.status == .assessed ? line.amount : nil
            // What the indicator pays now, and the tier that pays it: the line's when assessed,
            // else the evaluation of the latest known value.
            let current: Euros
            var tierReached = line.tierReached
            if let earned {
                current = earned
            } else if let reference {
                let evaluation = try indicator.evaluation(of: .measured(reference), rounding: rounding)
                current = evaluation.amount
                tierReached = evaluation.tierReached
            } else if achieved, case .allOrNothing(let amount) = indicator.payout {
                current = amount
            } else {
                current = .zero
            }
            outlooks.append(IndicatorOutlook(
                mission: contract.missions[missionIndex].kind, indicator: id, label: indicator.label, year: year,
                status: line.status, result: line.result, reference: reference, earned: earned, bestCase: line.bestCase,
                reachable: try line.bestCase.subtracting(earned ?? .zero),
                nextStep: try Self.nextStep(of: indicator, from: reference, paying: current, tierReached: tierReached,
                                            achieved: achieved)))
        }
        return outlooks
    }

    /// The latest measured value known for a year: its own result, an earlier year's, or the baseline.
    static func referenceValue(of indicator: Indicator, year: Int, in contract: ACIContract) -> Fraction? {
        for earlier in stride(from: year, through: 1, by: -1) {
            if case .measured(let value)? = contract.results[earlier]?[indicator.id] { return value }
        }
        return indicator.baseline
    }

    /// Whether an action was carried out in the year, or in the latest earlier year with a result.
    static func latestAchievement(of indicator: Indicator, year: Int, in contract: ACIContract) -> Bool {
        for earlier in stride(from: year, through: 1, by: -1) {
            if case .achieved(let done)? = contract.results[earlier]?[indicator.id] { return done }
        }
        return false
    }

    static func nextStep(of indicator: Indicator, from value: Fraction?, paying current: Euros, tierReached: Int?,
                         achieved: Bool)
        throws(CPTSKitError) -> IndicatorOutlook.NextStep?
    {
        func step(_ reach: Fraction?, _ amount: Euros) throws(CPTSKitError) -> IndicatorOutlook.NextStep {
            let gain = try amount.subtracting(current)
            var distance: Fraction? = nil
            if let reach, let value { distance = try reach.subtracting(value).magnitude }
            var perPoint: Fraction? = nil
            if let distance, !distance.isZero { perPoint = try Fraction(gain.cents).divided(by: distance) }
            return IndicatorOutlook.NextStep(reach: reach, amount: amount, gain: gain, distance: distance, centsPerPoint: perPoint)
        }
        switch indicator.payout {
        case .allOrNothing(let amount):
            return achieved ? nil : try step(nil, amount)
        case .proportional(let target, let amount):
            if let value, value >= target { return nil }
            var next = try step(target, amount)
            next = IndicatorOutlook.NextStep(reach: next.reach, amount: next.amount, gain: next.gain, distance: next.distance,
                                             centsPerPoint: try Fraction(amount.cents).divided(by: target))
            return next
        case .tiers:
            // The tiers beyond the one reached, easiest first: the first that pays more is the next step.
            let ladder = indicator.payout.ladder
            let start = tierReached.flatMap { reached in ladder.firstIndex { $0.index == reached } }.map { $0 + 1 } ?? 0
            for rung in ladder[start...] where rung.tier.amount > current {
                return try step(rung.tier.reach, rung.tier.amount)
            }
            return nil
        }
    }

    /// What delaying a mission's start by some months changes, line by line.
    ///
    /// - Parameters:
    ///   - mission: The mission.
    ///   - months: The delay in months.
    ///   - contract: The contract.
    /// - Returns: The comparison; its ``ScenarioComparison/totalDifference`` is the loss (negative).
    /// - Throws: ``CPTSKitError`` when the contract does not engage the mission or the new date is invalid.
    public func lateStart(of mission: MissionKind, byMonths months: Int, in contract: ACIContract) throws(CPTSKitError)
        -> ScenarioComparison
    {
        var scenario = Scenario()
        try scenario.delayStart(of: mission, byMonths: months, in: contract)
        return try compare(contract, with: scenario)
    }
}
