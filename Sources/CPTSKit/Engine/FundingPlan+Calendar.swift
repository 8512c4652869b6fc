// The payment calendar of one line in one year: what falls due when. The schedule and the totals
// of an impact both read it, so a date is decided here only.

/// One settlement of a line: when, which share, how much, and the event when the date alone does not say it.
struct LineSettlement: Sendable {
    /// The events a settlement names itself; the others are told by its date.
    enum Event: UInt8, Sendable {
        /// The date says it: signature, anniversary, mission start.
        case byDate
        case catchUp
        case termination
        case changeInForce

        /// The payment event, `nil` when the date says it.
        var paymentEvent: PaymentEvent? {
            switch self {
            case .byDate: nil
            case .catchUp: .catchUp
            case .termination: .termination
            case .changeInForce: .changeInForce
            }
        }
    }

    var date: CalendarDate
    var share: SettlementShare
    var amount: Euros
    /// Plain data (no enum with a payload): a schedule copies settlements for every line of five years.
    var event: Event = .byDate
}

/// What the calendar of one contract year needs, worked out once for all its lines.
struct YearCalendar: Sendable {
    let year: ContractYear
    /// The advance share and rounding rule of the year's rulebook.
    let rate: Fraction
    let rounding: RoundingRule
    /// The termination day, when it cuts this year short.
    let cut: CalendarDate?
    let signedOn: CalendarDate
    /// The earliest start of a mission starting in year 1 (the *fonctionnement* of year 1).
    let firstMissionStart: CalendarDate?
    /// The start of each mission of the plan and its contract year, by position.
    let missionStarts: [(start: CalendarDate, year: Int)]
    /// Whether some template's first year is split by a change (``LineRecipe/parts`` is not empty).
    let hasParts: Bool
    let catchUpDue: CalendarDate?
}

extension FundingPlan {
    /// The calendar parameters of a contract year, for ``settlements(ofTemplate:in:amount:)``.
    ///
    /// - Parameters:
    ///   - year: The contract year.
    ///   - missionStarts: ``missionStarts``, computed once for all the years.
    func yearCalendar(_ year: ContractYear, missionStarts: [(start: CalendarDate, year: Int)]) -> YearCalendar {
        var cut: CalendarDate? = nil
        if let terminatedOn, terminatedOn > year.start, year.contains(terminatedOn) { cut = terminatedOn }
        let context = yearContexts[year.number - 1]
        return YearCalendar(year: year, rate: context.advanceRate, rounding: context.rounding, cut: cut,
                            signedOn: contract.signedOn, firstMissionStart: year.number == 1 ? timeline.firstMissionStart : nil,
                            missionStarts: missionStarts, hasParts: !recipe.parts.isEmpty, catchUpDue: catchUpDue)
    }

    /// What falls due when for what a template's line owes in a year.
    ///
    /// The ACI's calendar (ACI 2019 art. 9.1, the Senate's 2025 report for the fixed parts) laid
    /// on the line's part of the year:
    ///
    /// ```
    /// line                              settlements
    /// fonctionnement, year 1            in full at signature for the days before the first mission
    ///                                   starts, then 75 % at that start and the balance at the anniversary
    /// fonctionnement, other years       75 % on the year's first day, the balance at the anniversary
    /// fixed part                        75 % on the year's first day or the mission's start, the balance at the anniversary
    /// a part a change starts (E)        75 % on E (or the mission's start, if later), the balance at the anniversary
    /// start-up supplement               in full at signature
    /// catch-up                          in full on the day it falls due (``catchUpDue``)
    /// variable part, crisis activation  in full at the anniversary
    /// ```
    ///
    /// The advance share is the one of the year's rulebook (the rulebook in force on its first
    /// day). In the year a termination cuts short, the settlements of what the line would have
    /// owed that fall due before the termination stay paid and the rest of the line settles on
    /// the termination day — a repayment when the advances were larger. So no payment computed
    /// under a rulebook, a budget or an amendment falls due before it applies.
    ///
    /// - Parameters:
    ///   - t: The template's index in ``templates``.
    ///   - calendar: The year's calendar parameters (``yearCalendar(_:)``).
    ///   - amount: What the line owes that year.
    /// - Returns: At most four settlements, in date order, as plain values (a schedule lays out
    ///   every line of five years); their amounts add up to `amount`.
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    @inline(__always)
    func settlements(ofTemplate t: Int, in calendar: YearCalendar, amount: Euros) throws(CPTSKitError)
        -> (LineSettlement, LineSettlement?, LineSettlement?, LineSettlement?)
    {
        let template = recipe.templates[t]
        let year = calendar.year, n = year.number
        if template.rule == .startUpCatchUp {
            return (LineSettlement(date: calendar.catchUpDue ?? calendar.signedOn, share: .inFull, amount: amount, event: .catchUp),
                    nil, nil, nil)
        }
        // Dictionaries read only when they hold something.
        let part = calendar.hasParts && Int(template.firstYear) == n ? recipe.parts[t] : nil
        var advanceOn = year.start
        var event = LineSettlement.Event.byDate
        if let part, part.from > year.start { (advanceOn, event) = (part.from, .changeInForce) }
        if template.missionIndex >= 0 {
            let start = calendar.missionStarts[Int(template.missionIndex)]
            if start.year == n, start.start >= advanceOn { (advanceOn, event) = (start.start, .byDate) }
        }
        let timing = template.kind.traits.timing
        let partEnd = part?.to ?? year.end
        guard let cut = calendar.cut else {
            let (a, b, c) = try Self.settle(amount, timing: timing, in: calendar, advanceOn: advanceOn, partEnd: partEnd, event: event)
            return (a, b, c, nil)
        }
        return try cutShort(ofTemplate: t, template.base, amount: amount, on: cut, timing: timing, in: calendar,
                            advanceOn: advanceOn, partEnd: partEnd, event: event)
    }

    /// The settlements of a line in the year a termination cuts short (kept apart from the hot path
    /// of ``settlements(ofTemplate:in:amount:)``): what the line would have owed falls due as
    /// usual before the termination; the rest of the line settles on the termination day.
    @inline(never)
    private func cutShort(ofTemplate t: Int, _ base: Euros, amount: Euros, on cut: CalendarDate, timing: PaymentTiming,
                          in calendar: YearCalendar, advanceOn: CalendarDate, partEnd: CalendarDate,
                          event: LineSettlement.Event) throws(CPTSKitError)
        -> (LineSettlement, LineSettlement?, LineSettlement?, LineSettlement?)
    {
        var planned = amount
        if let share = recipe.plannedShares[t] { planned = try base.multiplied(by: share, rounding: calendar.rounding) }
        let (a, b, c) = try Self.settle(planned, timing: timing, in: calendar, advanceOn: advanceOn, partEnd: partEnd, event: event)
        // The cut path allocates: a termination happens once in a contract's life.
        var kept: [LineSettlement] = []
        var paid = Euros.zero
        for entry in [a, b, c] {
            guard let entry, entry.date < cut else { continue }
            kept.append(entry)
            paid = try paid.adding(entry.amount)
        }
        kept.append(LineSettlement(date: cut, share: paid == .zero ? .inFull : .balance, amount: try amount.subtracting(paid),
                                   event: .termination))
        func at(_ index: Int) -> LineSettlement? { index < kept.count ? kept[index] : nil }
        return (kept[0], at(1), at(2), at(3))
    }

    /// The settlements of an amount a line owes for its year, before any termination (at most three).
    @inline(__always)
    private static func settle(_ amount: Euros, timing: PaymentTiming, in calendar: YearCalendar, advanceOn: CalendarDate,
                               partEnd: CalendarDate, event: LineSettlement.Event) throws(CPTSKitError)
        -> (LineSettlement, LineSettlement?, LineSettlement?)
    {
        let signedOn = calendar.signedOn, year = calendar.year, rate = calendar.rate
        switch timing {
        case .fonctionnement where year.number == 1 && advanceOn == year.start:
            return try firstYearFonctionnement(amount, in: calendar, partEnd: partEnd)
        case .fonctionnement, .advanceAndBalance:
            let (advance, balance) = amount.splitAdvance(rate: rate)
            return (LineSettlement(date: advanceOn, share: .advance, amount: advance, event: event),
                    LineSettlement(date: year.end, share: .balance, amount: balance), nil)
        case .atSignature:
            return (LineSettlement(date: signedOn, share: .inFull, amount: amount), nil, nil)
        case .atAnniversary:
            return (LineSettlement(date: year.end, share: .inFull, amount: amount), nil, nil)
        }
    }

    /// Year 1's *fonctionnement* (ACI 2019, art. 9.1): the days before the first mission starts
    /// paid in full at signature, the rest advanced at that start, the balance at the anniversary.
    @inline(never)
    private static func firstYearFonctionnement(_ amount: Euros, in calendar: YearCalendar, partEnd: CalendarDate)
        throws(CPTSKitError) -> (LineSettlement, LineSettlement?, LineSettlement?)
    {
        let signedOn = calendar.signedOn, year = calendar.year, rate = calendar.rate
        let firstStart = min(calendar.firstMissionStart ?? partEnd, partEnd)
        let before = signedOn.days(until: firstStart), after = firstStart.days(until: partEnd)
        if after <= 0 { return (LineSettlement(date: signedOn, share: .inFull, amount: amount), nil, nil) }
        if before <= 0 {
            let (advance, balance) = amount.splitAdvance(rate: rate)
            return (LineSettlement(date: signedOn, share: .advance, amount: advance),
                    LineSettlement(date: year.end, share: .balance, amount: balance), nil)
        }
        let parts = try amount.allocated(proportionallyTo: [Int64(before), Int64(after)])
        let (advance, balance) = parts[1].splitAdvance(rate: rate)
        return (LineSettlement(date: signedOn, share: .inFull, amount: parts[0]),
                LineSettlement(date: firstStart, share: .advance, amount: advance),
                LineSettlement(date: year.end, share: .balance, amount: balance))
    }
}
