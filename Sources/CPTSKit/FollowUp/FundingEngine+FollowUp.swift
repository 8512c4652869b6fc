extension FundingEngine {
    /// The quarterly follow-up of a contract year on a date.
    ///
    /// The year is `year` when given, else the one containing `asOf`. For each indicator in force
    /// that year, the measurements of ``ACIContract/progress`` dated on or before `asOf` give the
    /// latest value; a ``IndicatorMeasure/cumulative`` value measured on day *D* of the year (the
    /// year's first day is day 1) is projected to `value × N ÷ D`, *N* the days of the contract
    /// year, exactly; a level or an action is held. Both are paid by the year's own variable line
    /// (one evaluator: what ``statement(for:year:rulebook:)`` would pay were they the year's
    /// result), rounded once by the year's rule.
    ///
    /// ```swift
    /// let followUp = try FundingEngine().followUp(for: contract, asOf: try CalendarDate(parsing: "2026-11-30"))
    /// followUp.quarter              // 3: the quarter of the contract year containing 30 November
    /// followUp.totals.atProjected   // what the variable lines pay if the pace holds
    /// ```
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5; `nil` for the one containing `asOf`.
    ///   - asOf: The day of the follow-up: later measurements are not counted; the coming
    ///     quarter's payments and deadlines are those of the three months from it.
    /// - Returns: The follow-up.
    /// - Throws: ``CPTSKitError``: the contract's own errors; `yearOutOfContract` (path `year`)
    ///   outside 1…5; `afterTermination` (path `year`) for a year that starts after an early
    ///   termination; `dateOutOfContract` (path `as_of`) when no year is given and no contract
    ///   year contains `asOf`.
    public func followUp(for contract: ACIContract, year: Int? = nil, asOf: CalendarDate) throws(CPTSKitError) -> YearFollowUp {
        // The contract's warnings are not computed here (`validate(_:asOf:)` gives them): their
        // sentences would cost more than the follow-up itself.
        let plan = try plan(for: contract, rulebook: nil, collectWarnings: false)
        let followed = try Self.followedYear(year, asOf: asOf, in: contract, plan: plan)
        let n = followed.number
        // The measurements counted: those of the year dated on or before the as-of date.
        let all = contract.progress[n] ?? []
        let counted = all.prefix { $0.on <= asOf }
        var rows: [IndicatorFollowUp] = []
        var totalLatest = Euros.zero, totalProjected = Euros.zero, totalBest = Euros.zero
        let templates = plan.recipe.templates
        for t in templates.indices where templates[t].appears(in: n) && templates[t].kind.traits.amount == .assessed {
            let indicator = plan.indicator(of: templates[t])
            var measurements: [IndicatorFollowUp.Measurement] = []
            for measurement in counted {
                if let value = measurement.results[indicator.id] { measurements.append(.init(on: measurement.on, value: value)) }
            }
            let latest = measurements.last
            let projected = try latest.map { (last) throws(CPTSKitError) in try Self.projection(of: last, measure: indicator.measure, in: followed) }
            // The year's own line on each value: the statement's evaluator.
            let atLatest = try indicatorLine(t, of: plan, year: n, result: latest?.value)
            let atPace = latest == nil ? atLatest : try indicatorLine(t, of: plan, year: n, result: projected)
            let paidNow = latest == nil ? nil : atLatest.amount
            let paidAtPace = latest == nil ? nil : atPace.amount
            totalLatest = try totalLatest.adding(paidNow ?? .zero)
            totalProjected = try totalProjected.adding(paidAtPace ?? .zero)
            totalBest = try totalBest.adding(atLatest.bestCase)
            var value: Fraction? = nil, achieved = false
            switch projected {
            case .measured(let number)?: value = number
            case .achieved(let done)?: achieved = done
            case nil: break
            }
            let next = try Self.nextStep(of: indicator, from: value, paying: paidAtPace ?? .zero,
                                         tierReached: latest == nil ? nil : atPace.tierReached, achieved: achieved)
            rows.append(IndicatorFollowUp(mission: plan.timeline.missions[Int(templates[t].missionIndex)].engaged.kind, indicator: indicator,
                                          measurements: measurements, projected: projected, amountAtLatest: paidNow,
                                          amountAtProjected: paidAtPace, bestCase: atLatest.bestCase, nextStep: next))
        }
        let through = try asOf.adding(months: 3).adding(days: -1)
        let schedule = try comingSchedule(of: plan, from: asOf, through: through)
        let quarters = try followed.quarters(signedOn: contract.signedOn)
        return YearFollowUp(
            cpts: contract.cpts.name, rulebook: plan.timeline.rulebooks[plan.timeline.yearContexts[n - 1].rulebook].id, year: followed, asOf: asOf, quarters: quarters,
            quarter: quarters.first { $0.contains(asOf) }?.number, isAssessed: contract.results[n] != nil, indicators: rows,
            totals: YearFollowUp.Totals(atLatest: totalLatest, atProjected: totalProjected, bestCase: totalBest),
            comingFrom: asOf, comingThrough: through,
            comingPayments: schedule.payments.filter { asOf <= $0.dueOn && $0.dueOn <= through },
            comingDeadlines: Self.deadlines(of: plan, from: asOf, through: through), laterMeasurements: all.count - counted.count)
    }

    /// The payments of the calendar that can fall in a window: those of the years whose lines can
    /// settle in it. A year's lines settle between its first day and the next anniversary (a
    /// termination inside it), except on two days: the signature and the start-up catch-up's; a
    /// window holding either takes every year.
    func comingSchedule(of plan: FundingPlan, from first: CalendarDate, through last: CalendarDate) throws(CPTSKitError) -> PaymentSchedule {
        func inWindow(_ day: CalendarDate?) -> Bool { day.map { first <= $0 && $0 <= last } ?? false }
        let everyYear = inWindow(plan.timeline.contract.signedOn) || inWindow(plan.timeline.catchUpDue)
        var statements: [FundingStatement] = []
        for year in plan.timeline.years where everyYear || (year.start <= last && first <= year.end) {
            statements.append(try statement(of: plan, year: year))
        }
        return try PaymentSchedule(cpts: plan.timeline.contract.cpts.name, statements: statements, plan: plan)
    }

    /// The year asked for, or the one containing the as-of date.
    static func followedYear(_ year: Int?, asOf: CalendarDate, in contract: ACIContract, plan: FundingPlan)
        throws(CPTSKitError) -> ContractYear
    {
        guard let year else {
            guard let containing = plan.timeline.years.first(where: { $0.contains(asOf) && asOf < contract.effectiveEnd }) else {
                throw CPTSKitError(.dateOutOfContract, path: "as_of",
                                   message: BilingualText(fr: "aucune année du contrat ne contient cette date : le contrat court du \(contract.signedOn.frenchDescription) au \((try? contract.effectiveEnd.adding(days: -1))?.frenchDescription ?? "?")",
                                                          en: "no contract year contains this date: the contract runs from \(contract.signedOn) to \((try? contract.effectiveEnd.adding(days: -1))?.description ?? "?")"),
                                   value: asOf.description)
            }
            return containing
        }
        let contractYear = try contract.year(year)
        guard year <= plan.timeline.years.count else {
            throw CPTSKitError(.afterTermination, path: "year",
                               message: BilingualText(fr: "le contrat a pris fin le \(plan.timeline.terminatedOn?.frenchDescription ?? "?"), avant le début de cette année", en: "the contract ended on \(plan.timeline.terminatedOn?.description ?? "?"), before this year starts"),
                               value: "\(year)")
        }
        return contractYear
    }

    /// A measurement projected to the year's end: a cumulative count × days in the year ÷ days
    /// elapsed (from the year's first day to the measurement's, inclusive); anything else held.
    static func projection(of measurement: IndicatorFollowUp.Measurement, measure: IndicatorMeasure, in year: ContractYear)
        throws(CPTSKitError) -> IndicatorResult
    {
        guard measure == .cumulative, case .measured(let value) = measurement.value else { return measurement.value }
        let elapsed = year.start.days(until: measurement.on) + 1
        return .measured(try value.divided(by: Fraction(Int64(elapsed), Int64(year.dayCount))))
    }

    /// The start and deployment deadlines dated inside a window, in date order.
    static func deadlines(of plan: FundingPlan, from first: CalendarDate, through last: CalendarDate) -> [YearFollowUp.Deadline] {
        var found: [YearFollowUp.Deadline] = []
        // A deadline on or after the contract's end falls on no contract day.
        let last = min(last, (try? plan.timeline.contract.effectiveEnd.adding(days: -1)) ?? last)
        for mission in plan.timeline.missions {
            let (start, deployment) = plan.timeline.deadlines(of: mission)
            if let start, first <= start.date, start.date <= last {
                found.append(YearFollowUp.Deadline(mission: mission.engaged.kind, kind: .start, date: start.date,
                                                   metOn: mission.start <= first ? mission.start : nil))
            }
            if let deployment, first <= deployment.date, deployment.date <= last {
                let deployed = mission.engaged.deployedOn.flatMap { $0 <= first ? $0 : nil }
                found.append(YearFollowUp.Deadline(mission: mission.engaged.kind, kind: .deployment, date: deployment.date, metOn: deployed))
            }
        }
        return found.sorted { $0.date < $1.date }
    }
}
