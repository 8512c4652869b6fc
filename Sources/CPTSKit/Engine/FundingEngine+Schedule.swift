// The payment calendar built from a plan: where the calendar of the ACI (advances, balances,
// signature payments) is applied to a contract's statements.

extension PaymentSchedule {
    /// Builds the calendar of a computed contract.
    ///
    /// Each line is paid as the ACI says (advances and balances, payments at signature and at
    /// a mission's start). Two payments are dated by the contract's life: the start-up catch-up,
    /// on the day the rulebook that grants it enters into force (or the signature if later), and
    /// in a year cut short by a termination, the settlement on the termination day — the lines
    /// of that year minus the advances already due, a repayment when the advances were larger.
    init(funding: ContractFunding, plan: FundingPlan) throws(CPTSKitError) {
        // Payments grouped by due date and event, in order of first appearance (a contract has a dozen dates).
        var groups: [(date: CalendarDate, event: PaymentEvent?, settles: [Settlement], due: Int64, pending: Int64)] = []
        let rate = plan.rulebook.advanceRate.value ?? Fraction(unchecked: 3, 4)
        let signedOn = plan.contract.signedOn
        // Start date and year by mission, indexed by the mission's position in `MissionKind.allCases`.
        var startOf = [(date: CalendarDate, year: Int)?](repeating: nil, count: MissionKind.allCases.count)
        for index in plan.missions.indices {
            startOf[plan.missions[index].engaged.kind.ordinal] = (plan.missions[index].start, plan.missions[index].startYear)
        }

        let firstMissionStart = plan.missions.filter { $0.startYear == 1 }.map(\.start).min()
        for statement in funding.years {
            let year = statement.year
            let lines = statement.lines
            // The year a termination cuts short: what its lines would have owed, in line order.
            let cut = plan.terminatedOn.flatMap { year.contains($0) && $0 > year.start ? $0 : nil }
            var planned: [Euros?] = []
            if cut != nil {
                for t in plan.templates.indices where plan.templates[t].appears(in: year.number) {
                    planned.append(try plan.plannedShares[t].map { (share) throws(CPTSKitError) in
                        try plan.templates[t].base.multiplied(by: share, rounding: plan.rounding)
                    })
                }
            }
            // Fields are read one by one: copying whole lines would retain and release their strings.
            for index in lines.indices {
                let part = lines[index].part, mission = lines[index].mission, amount = lines[index].amount
                let plannedAmount = index < planned.count ? planned[index] : nil
                guard amount != .zero || (plannedAmount ?? .zero) != .zero else { continue }
                func add(_ date: CalendarDate, _ share: SettlementShare, _ amount: Euros, _ event: PaymentEvent? = nil) {
                    guard amount != .zero else { return }
                    let settlement = Settlement(year: year.number, line: index, volet: lines[index].volet, mission: mission,
                                                part: part, indicator: lines[index].indicator, share: share, amount: amount,
                                                isPending: lines[index].status == .pending)
                    var position = 0
                    while position < groups.count, groups[position].date != date || groups[position].event != event { position += 1 }
                    if position == groups.count {
                        var settles: [Settlement] = []
                        settles.reserveCapacity(32)
                        groups.append((date, event, settles, 0, 0))
                    }
                    groups[position].settles.append(settlement)
                    // Sums cannot overflow: every settlement is a part of a line of a checked statement.
                    if settlement.isPending {
                        groups[position].pending &+= amount.cents
                    } else {
                        groups[position].due &+= amount.cents
                    }
                }
                if lines[index].rule == .startUpCatchUp {
                    add(plan.catchUpDue ?? signedOn, .inFull, amount, .catchUp)
                    continue
                }
                let start = mission.flatMap { startOf[$0.ordinal] }
                let advanceOn = start?.year == year.number ? (start?.date ?? year.start) : year.start
                let (first, second, third) = try Self.calendar(
                    of: plannedAmount ?? amount, part: part, year: year, signedOn: signedOn,
                    firstMissionStart: firstMissionStart, advanceOn: advanceOn, rate: rate)
                guard let cut else {
                    add(first.date, first.share, first.amount)
                    if let second { add(second.date, second.share, second.amount) }
                    if let third { add(third.date, third.share, third.amount) }
                    continue
                }
                // Advances already due stay paid; the rest of the year settles on the termination day.
                var paid = Euros.zero
                for entry in [first, second, third] {
                    guard let entry, entry.date < cut else { continue }
                    add(entry.date, entry.share, entry.amount)
                    paid = try paid.adding(entry.amount)
                }
                add(cut, paid == .zero ? .inFull : .balance, try amount.subtracting(paid), .termination)
            }
        }
        var payments: [Payment] = []
        groups.sort { ($0.date, $0.event == nil ? 0 : 1) < ($1.date, $1.event == nil ? 0 : 1) }
        for (date, special, settles, due, pending) in groups {
            let event: PaymentEvent
            var yearNumber = plan.contract.startYearNumber(of: date)
            if let special {
                event = special
                if special == .termination, let last = plan.years.last { yearNumber = last.number }
            } else if date == signedOn {
                event = .signature
            } else if let closing = plan.years.first(where: { $0.end == date }) {
                event = .anniversary(closing.number)
                yearNumber = closing.number
            } else {
                event = .missionStart
            }
            payments.append(Payment(
                dueOn: date, event: event, year: yearNumber,
                amount: Euros(cents: due), pendingAmount: Euros(cents: pending),
                settles: settles))
        }
        self.init(cpts: funding.cpts, payments: payments, total: try Euros.sum(payments.map(\.amount)),
                  pendingTotal: try Euros.sum(payments.map(\.pendingAmount)))
    }

    /// One settlement of a line: when, which share, how much.
    typealias Entry = (date: CalendarDate, share: SettlementShare, amount: Euros)

    /// The calendar of an amount a line owes for its year, as the ACI lays it out: at most three
    /// settlements (returned without an array: a schedule lays out every line of five years).
    static func calendar(of amount: Euros, part: FundingPart, year: ContractYear, signedOn: CalendarDate,
                         firstMissionStart: CalendarDate?, advanceOn: CalendarDate, rate: Fraction) throws(CPTSKitError)
        -> (Entry, Entry?, Entry?)
    {
        switch part {
        case .annual where year.number == 1:
            let firstStart = firstMissionStart ?? year.end
            let before = signedOn.days(until: firstStart), after = firstStart.days(until: year.end)
            if after <= 0 { return ((signedOn, .inFull, amount), nil, nil) }
            if before <= 0 {
                let (advance, balance) = amount.splitAdvance(rate: rate)
                return ((signedOn, .advance, advance), (year.end, .balance, balance), nil)
            }
            let parts = try amount.allocated(proportionallyTo: [Int64(before), Int64(after)])
            let (advance, balance) = parts[1].splitAdvance(rate: rate)
            return ((signedOn, .inFull, parts[0]), (firstStart, .advance, advance), (year.end, .balance, balance))
        case .annual, .fixed:
            let (advance, balance) = amount.splitAdvance(rate: rate)
            return ((part == .annual ? year.start : advanceOn, .advance, advance), (year.end, .balance, balance), nil)
        case .startUpSupplement:
            return ((signedOn, .inFull, amount), nil, nil)
        case .variable, .crisisActivation:
            return ((year.end, .inFull, amount), nil, nil)
        }
    }
}

extension FundingEngine {
    /// The payment calendar of a contract.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: A rulebook to use instead of the contract's.
    /// - Returns: The payments; their total equals ``ContractFunding/total`` to the cent.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func schedule(for contract: ACIContract, rulebook: Rulebook? = nil) throws(CPTSKitError) -> PaymentSchedule {
        // Only the calendar is returned: the contract's warnings are not written.
        let (funding, plan) = try fundingAndPlan(for: contract, rulebook: rulebook, collectWarnings: false)
        return try PaymentSchedule(funding: funding, plan: plan)
    }

    /// The funding of a contract and its payment calendar, checked and planned once.
    ///
    /// What `cpts schedule` and the yearly review use: the contract is checked against its
    /// rulebook and its line templates built once, then the five statements and the calendar
    /// are both read from that plan.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: A rulebook to use instead of the contract's.
    ///   - asOf: The date of the deadline and reported-results warnings; `nil` for none.
    /// - Returns: The funding, and the schedule whose total equals the funding's to the cent.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func fundingAndSchedule(for contract: ACIContract, rulebook: Rulebook? = nil, asOf: CalendarDate? = nil)
        throws(CPTSKitError) -> (funding: ContractFunding, schedule: PaymentSchedule)
    {
        let (funding, plan) = try fundingAndPlan(for: contract, rulebook: rulebook, asOf: asOf)
        return (funding, try PaymentSchedule(funding: funding, plan: plan))
    }

    /// The payment calendar of a contract whose funding is already computed (no statement is recomputed).
    ///
    /// The contract is checked and planned again to date its payments; when both are wanted from
    /// the start, ``fundingAndSchedule(for:rulebook:asOf:)`` plans it once.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - funding: Its funding, from ``funding(for:rulebook:asOf:)`` with the same rulebook.
    ///   - rulebook: The rulebook used for `funding`, if not the contract's.
    /// - Returns: The payments; their total equals `funding.total` to the cent.
    /// - Throws: ``CPTSKitError``; `invalidArgument` when `funding` is not the funding of `contract`.
    public func schedule(for contract: ACIContract, funding: ContractFunding, rulebook: Rulebook? = nil) throws(CPTSKitError)
        -> PaymentSchedule
    {
        // The calendar reads the plan's missions and years, not its recipe: the statements are given.
        let plan = try plan(for: contract, rulebook: rulebook, collectWarnings: false)
        guard funding.cpts == contract.cpts.name, funding.signedOn == contract.signedOn, funding.rulebook == plan.rulebook.id,
              funding.years.map(\.year) == plan.years
        else {
            throw CPTSKitError(.invalidArgument, path: "funding", message: BilingualText(fr: "ce financement n'a pas été calculé pour ce contrat", en: "this funding was not computed for this contract"),
                               value: funding.cpts)
        }
        return try PaymentSchedule(funding: funding, plan: plan)
    }
}
