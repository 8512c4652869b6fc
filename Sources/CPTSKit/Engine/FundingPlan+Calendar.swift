// The payment calendar of one line in one year: what falls due when. The schedule and the totals
// of an impact both read it, so a date is decided here only.

/// One settlement of a line: when, which share, how much, and the event when the date alone does not say it.
struct LineSettlement: Sendable {
    var date: CalendarDate
    var share: SettlementShare
    var amount: Euros
    /// The catch-up, a termination or a change coming into force; `nil` when the date says it
    /// (signature, anniversary, mission start).
    var event: PaymentEvent?
}

/// The settlements of a line in a year: at most four, kept without an array (a schedule lays out
/// every line of five years).
struct LineSettlements: Sendable {
    private(set) var count = 1
    private var first: LineSettlement
    private var second: LineSettlement
    private var third: LineSettlement
    private var fourth: LineSettlement

    init(_ settlement: LineSettlement) {
        (first, second, third, fourth) = (settlement, settlement, settlement, settlement)
    }

    /// Adds a settlement; a fifth one is never written (the calendar has at most four).
    mutating func append(_ settlement: LineSettlement) {
        switch count {
        case 1: second = settlement
        case 2: third = settlement
        default: fourth = settlement
        }
        count = min(count + 1, 4)
    }

    subscript(index: Int) -> LineSettlement {
        switch index {
        case 0: first
        case 1: second
        case 2: third
        default: fourth
        }
    }
}

extension FundingPlan {
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
    ///   - year: The contract year.
    ///   - amount: What the line owes that year.
    /// - Returns: Settlements whose amounts add up to `amount`.
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    func settlements(ofTemplate t: Int, year: ContractYear, amount: Euros) throws(CPTSKitError) -> LineSettlements {
        let template = templates[t]
        let n = year.number
        let signedOn = contract.signedOn
        if template.rule == .startUpCatchUp {
            return LineSettlements(LineSettlement(date: catchUpDue ?? signedOn, share: .inFull, amount: amount, event: .catchUp))
        }
        let context = yearContexts[n - 1]
        let cut = terminatedOn.flatMap { year.contains($0) && $0 > year.start ? $0 : nil }
        var planned: Euros? = nil
        if cut != nil, let share = plannedShares[t] {
            planned = try template.base.multiplied(by: share, rounding: context.rounding)
        }
        // Dictionaries read only when they hold something: a schedule lays out every line of five years.
        let part = !parts.isEmpty && Int(template.firstYear) == n ? parts[t] : nil
        var advanceOn = max(year.start, part?.from ?? year.start)
        var event: PaymentEvent? = advanceOn > year.start ? .changeInForce : nil
        if template.missionIndex >= 0 {
            // Read field by field: copying the mission would retain its indicators.
            let m = Int(template.missionIndex)
            if missions[m].startYear == n, missions[m].start >= advanceOn {
                (advanceOn, event) = (missions[m].start, nil)
            }
        }
        var settlements = try calendar(of: planned ?? amount, timing: template.kind.traits.timing, year: year, advanceOn: advanceOn,
                                       partEnd: part?.to ?? year.end, rate: context.advanceRate, event: event)
        guard let cut else { return settlements }
        // Advances already due stay paid; the rest of the year settles on the termination day.
        var kept: LineSettlements? = nil
        var paid = Euros.zero
        for index in 0..<settlements.count where settlements[index].date < cut {
            if kept == nil { kept = LineSettlements(settlements[index]) } else { kept?.append(settlements[index]) }
            paid = try paid.adding(settlements[index].amount)
        }
        let rest = LineSettlement(date: cut, share: paid == .zero ? .inFull : .balance, amount: try amount.subtracting(paid),
                                  event: .termination)
        if var kept {
            kept.append(rest)
            settlements = kept
        } else {
            settlements = LineSettlements(rest)
        }
        return settlements
    }

    /// The settlements of an amount a line owes for its year, before any termination.
    private func calendar(of amount: Euros, timing: PaymentTiming, year: ContractYear, advanceOn: CalendarDate,
                          partEnd: CalendarDate, rate: Fraction, event: PaymentEvent?) throws(CPTSKitError) -> LineSettlements {
        let signedOn = contract.signedOn
        switch timing {
        case .fonctionnement where year.number == 1 && advanceOn == year.start:
            // Art. 9.1: the days before the first mission starts are paid in full at signature.
            let firstStart = min(firstMissionStart ?? partEnd, partEnd)
            let before = signedOn.days(until: firstStart), after = firstStart.days(until: partEnd)
            if after <= 0 { return LineSettlements(LineSettlement(date: signedOn, share: .inFull, amount: amount)) }
            if before <= 0 {
                let (advance, balance) = amount.splitAdvance(rate: rate)
                var settlements = LineSettlements(LineSettlement(date: signedOn, share: .advance, amount: advance))
                settlements.append(LineSettlement(date: year.end, share: .balance, amount: balance))
                return settlements
            }
            let parts = try amount.allocated(proportionallyTo: [Int64(before), Int64(after)])
            let (advance, balance) = parts[1].splitAdvance(rate: rate)
            var settlements = LineSettlements(LineSettlement(date: signedOn, share: .inFull, amount: parts[0]))
            settlements.append(LineSettlement(date: firstStart, share: .advance, amount: advance))
            settlements.append(LineSettlement(date: year.end, share: .balance, amount: balance))
            return settlements
        case .fonctionnement, .advanceAndBalance:
            let (advance, balance) = amount.splitAdvance(rate: rate)
            var settlements = LineSettlements(LineSettlement(date: advanceOn, share: .advance, amount: advance, event: event))
            settlements.append(LineSettlement(date: year.end, share: .balance, amount: balance))
            return settlements
        case .atSignature:
            return LineSettlements(LineSettlement(date: signedOn, share: .inFull, amount: amount))
        case .atAnniversary:
            return LineSettlements(LineSettlement(date: year.end, share: .inFull, amount: amount))
        }
    }

    /// The earliest start of a mission that starts in year 1, if any.
    var firstMissionStart: CalendarDate? {
        var first: CalendarDate? = nil
        for mission in missions where mission.startYear == 1 { first = min(first ?? mission.start, mission.start) }
        return first
    }
}
