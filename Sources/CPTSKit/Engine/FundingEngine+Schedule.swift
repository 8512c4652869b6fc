// The payment calendar built from a plan: where the calendar of the ACI (advances, balances,
// signature payments) is applied to a contract's statements.

extension PaymentSchedule {
    /// Builds the calendar of a computed contract.
    ///
    /// Each line is paid as ``FundingPlan/settlements(ofTemplate:in:amount:)`` lays it out
    /// (advances and balances, payments at signature, at a mission's start and on the day a
    /// change comes into force inside a year, the catch-up on its own day, the settlement of a
    /// year cut short by a termination); settlements on the same day for the same event make one payment.
    init(funding: ContractFunding, plan: FundingPlan) throws(CPTSKitError) {
        try self.init(cpts: funding.cpts, statements: funding.years, plan: plan)
    }

    /// Builds the calendar of some years of a computed contract: every payment whose settlements
    /// all belong to those years is exact (what the quarterly follow-up reads for a few months).
    init(cpts: String, statements: [FundingStatement], plan: FundingPlan) throws(CPTSKitError) {
        // Payments grouped by due date and event, in order of first appearance (a contract has a dozen dates).
        // The event is the settlement's own (plain data): comparing it costs a byte, not an enum with a payload.
        var groups: [(date: CalendarDate, event: LineSettlement.Event, settles: [Settlement], due: Int64, pending: Int64)] = []
        let starts = plan.timeline.missionStarts
        var recent = (-1, -1)
        for statement in statements {
            let year = statement.year
            let lines = statement.lines
            // The lines of a year are the templates that appear in it, in order.
            var count = 0
            for t in plan.recipe.templates.indices where plan.recipe.templates[t].appears(in: year.number) { count += 1 }
            guard count == lines.count else {
                throw CPTSKitError(.invalidArgument, path: "funding.years[\(year.number - 1)].lines",
                                   message: BilingualText(fr: "ces lignes ne sont pas celles que ce contrat donne pour l'année \(year.number) (\(count) attendues)",
                                                          en: "these lines are not those this contract gives for year \(year.number) (\(count) expected)"),
                                   value: "\(lines.count)")
            }
            let calendar = plan.yearCalendar(year, missionStarts: starts)
            var index = -1
            for t in plan.recipe.templates.indices where plan.recipe.templates[t].appears(in: year.number) {
                index += 1
                // Fields are read one by one: copying whole lines would retain and release their strings.
                let line = index
                func add(_ entry: LineSettlement) {
                    guard entry.amount != .zero else { return }
                    let event = entry.event, isPending = lines[line].status == .pending
                    // Lines of a year mostly settle on the same two days: the last two groups found are tried first.
                    var group: Int
                    if recent.0 >= 0, groups[recent.0].date == entry.date, groups[recent.0].event == event {
                        group = recent.0
                    } else if recent.1 >= 0, groups[recent.1].date == entry.date, groups[recent.1].event == event {
                        group = recent.1
                    } else {
                        group = 0
                        while group < groups.count, groups[group].date != entry.date || groups[group].event != event { group += 1 }
                        recent = (group, recent.0)
                    }
                    if group == groups.count {
                        var settles: [Settlement] = []
                        settles.reserveCapacity(32)
                        groups.append((entry.date, event, settles, 0, 0))
                    }
                    // Built in place: a settlement built first and then appended would be copied, its strings retained.
                    groups[group].settles.append(Settlement(
                        year: year.number, line: line, volet: lines[line].volet, mission: lines[line].mission,
                        part: lines[line].part, indicator: lines[line].indicator, share: entry.share, amount: entry.amount,
                        isPending: isPending, rulebook: lines[line].rulebook))
                    // Sums cannot overflow: every settlement is a part of a line of a checked statement.
                    if isPending {
                        groups[group].pending &+= entry.amount.cents
                    } else {
                        groups[group].due &+= entry.amount.cents
                    }
                }
                // A line that owes nothing settles nothing, unless a termination makes it repay its advances.
                guard lines[index].amount != .zero || calendar.cut != nil else { continue }
                let (first, second, third, fourth) = try plan.settlements(ofTemplate: t, in: calendar, amount: lines[index].amount)
                add(first)
                if let second { add(second) }
                if let third { add(third) }
                if let fourth { add(fourth) }
            }
        }
        var payments: [Payment] = []
        let signedOn = plan.timeline.contract.signedOn
        // On one day: the calendar's own payment, then a change's advance, the catch-up, a termination.
        func rank(_ event: LineSettlement.Event) -> Int {
            switch event {
            case .byDate: 0
            case .changeInForce: 1
            case .catchUp: 2
            case .termination: 3
            }
        }
        groups.sort { ($0.date, rank($0.event)) < ($1.date, rank($1.event)) }
        for (date, kind, settles, due, pending) in groups {
            let event: PaymentEvent
            var yearNumber = plan.timeline.contract.startYearNumber(of: date)
            if let special = kind.paymentEvent {
                event = special
                if special == .termination, let last = plan.timeline.years.last { yearNumber = last.number }
            } else if date == signedOn {
                event = .signature
            } else if let closing = plan.timeline.years.first(where: { $0.end == date }) {
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
        self.init(cpts: cpts, payments: payments, total: try Euros.sum(payments.map(\.amount)),
                  pendingTotal: try Euros.sum(payments.map(\.pendingAmount)))
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
    ///   - asOf: The date of the deadline and reported-results warnings, and the day the schedule
    ///     is read on (``PaymentSchedule/asOf``: what has fallen due, what is to come); `nil` for none.
    /// - Returns: The funding, and the schedule whose total equals the funding's to the cent.
    /// - Throws: ``CPTSKitError`` naming the offending field.
    public func fundingAndSchedule(for contract: ACIContract, rulebook: Rulebook? = nil, asOf: CalendarDate? = nil)
        throws(CPTSKitError) -> (funding: ContractFunding, schedule: PaymentSchedule)
    {
        let (funding, plan) = try fundingAndPlan(for: contract, rulebook: rulebook, asOf: asOf)
        return (funding, try PaymentSchedule(funding: funding, plan: plan).reading(asOf: asOf))
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
        guard funding.cpts == contract.cpts.name, funding.signedOn == contract.signedOn, funding.rulebook == plan.timeline.rulebook.id,
              funding.years.map(\.year) == plan.timeline.years
        else {
            throw CPTSKitError(.invalidArgument, path: "funding", message: BilingualText(fr: "ce financement n'a pas été calculé pour ce contrat", en: "this funding was not computed for this contract"),
                               value: funding.cpts)
        }
        return try PaymentSchedule(funding: funding, plan: plan)
    }
}
