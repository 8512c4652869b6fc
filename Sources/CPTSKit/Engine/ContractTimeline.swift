/// Which rulebook, size class, budget and indicators apply to a contract on each day of its term:
/// the first of the three parts of a ``FundingPlan``.
///
/// The starting rulebook and those that reach the contract later (``periods``), each contract
/// year under the rulebook in force on its first day (``yearContexts``), the engaged missions
/// with their start, the rulebook that defines them and their amended indicator sets
/// (``missions``), an early termination and a start-up catch-up. Built once per contract; what
/// it refuses (an unknown mission, a mission before its rulebook) is an error, and it writes no
/// warning: those are the plan's ``PlanFindings``.
struct ContractTimeline: Sendable {
    /// An amount with where it came from.
    struct Resolved: Sendable {
        var amount: Euros
        var source: SourceReference
        var confidence: Confidence
    }

    /// A rulebook that applies to the contract from a day.
    struct Period: Sendable {
        /// The first day it applies.
        var from: CalendarDate
        /// Its index in ``ContractTimeline/rulebooks``.
        var rulebook: Int
        /// The amendment that named it, if any.
        var amendment: Int?
    }

    /// An engaged mission with its start.
    struct Mission: Sendable {
        var index: Int
        var engaged: EngagedMission
        /// The mission as its rulebook declares it (its names and parts), where ``engaged`` has its key.
        var kind: MissionKind
        var start: CalendarDate
        var startYear: Int
        /// The first day a rulebook defining the mission applies: deadlines count from it.
        var definedFrom: CalendarDate
        /// The rulebook (index in ``ContractTimeline/rulebooks``) that first defines it for the contract.
        var definingRulebook: Int
        /// The indicator lists its indicators amendments set (sets 1, 2, …), with each amendment's
        /// index; set 0 is the mission's own (empty when never amended, so nothing is allocated).
        var amendedSets: [(indicators: [Indicator], amendment: Int)]

        /// The number of indicator sets: the mission's own and one per indicators amendment.
        var setCount: Int { 1 + amendedSets.count }

        /// The amendment that set an indicator set, `nil` for the mission's own.
        func amendment(ofSet set: Int) -> Int? { set == 0 ? nil : amendedSets[set - 1].amendment }
    }

    /// What a contract year is computed under.
    struct Year: Sendable {
        var year: ContractYear
        /// The rulebook in force on the year's first day (index in ``ContractTimeline/rulebooks``).
        var rulebook: Int
        var population: Int
        var populationAmendment: Int?
        var sizeClass: SizeClass
        /// The calendar parameters of the year: those of ``rulebook``, the rulebook in force on its
        /// first day (a year split by ``RulebookChanges/effectiveDate`` keeps them for both parts).
        var rounding: RoundingRule
        var basis: ProrationBasis
        var prorateVariable: Bool
        var advanceRate: Fraction
    }

    /// A later rulebook with start-up amounts, and the day its catch-up would fall due.
    struct CatchUpCandidate: Sendable {
        var rulebook: Rulebook
        var due: CalendarDate
        /// The rulebook amendment that named it, if any.
        var amendment: Int?
    }

    /// The start-up catch-up a contract is owed: its amount, the rulebook (index in
    /// ``ContractTimeline/rulebooks``) and the amendment that named it.
    struct CatchUp: Sendable {
        var amount: Resolved
        var rulebook: Int
        var amendment: Int?
    }

    var contract: ACIContract
    /// The starting rulebook: the one the contract names, else the one in force at signature.
    var rulebook: Rulebook
    /// Every rulebook that applies to the contract, the starting one first.
    var rulebooks: [Rulebook]
    /// From which day each rulebook applies, in date order; the first from the signature.
    var periods: [Period]
    /// The size class of year 1.
    var sizeClass: SizeClass
    /// The contract years with at least one day of contract.
    var years: [ContractYear]
    var yearContexts: [Year] = []
    /// The engaged missions, in contract order.
    var missions: [Mission] = []
    /// The rounding rule of year 1 (each year has its own, ``Year/rounding``).
    var rounding: RoundingRule
    /// Whether every year rounds the same way (the compiled path keeps one rule per contract).
    var roundsAlike = true
    /// Bit `r` set when rulebook `r` of ``rulebooks`` has yearly amounts that vary by contract year
    /// (a bit set, not an array: a plan is built for every statement).
    var variesByYear: UInt64 = 0
    /// The later rulebook whose start-up catch-up this contract is owed, with the day it falls
    /// due: the earliest of those that grant one (``resolveCatchUp(sizeClass:)``).
    var catchUpCandidate: CatchUpCandidate?
    /// The start-up catch-up the contract is owed, if any.
    var catchUp: CatchUp?
    /// The first day without contract after an early termination.
    var terminatedOn: CalendarDate?
    /// When the start-up catch-up is due, if the contract gets one.
    var catchUpDue: CalendarDate?

    /// Lays out the contract's term under its rulebooks.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: The rulebook it starts under.
    ///   - registry: Where later rulebooks and those named by amendments are found.
    /// - Throws: An unknown mission, a mission its rulebooks do not define or that starts before
    ///   the rulebook defining it applies, a rulebook an amendment names that the registry lacks.
    init(contract: ACIContract, rulebook: Rulebook, registry: RulebookRegistry) throws(CPTSKitError) {
        self.contract = contract
        self.rulebook = rulebook
        rulebooks = [rulebook]
        periods = [Period(from: contract.signedOn, rulebook: 0, amendment: nil)]
        terminatedOn = contract.terminatedOn
        years = contract.activeYears
        rounding = rulebook.roundingRule
        sizeClass = rulebook.sizeClass(population: contract.cpts.population)
        if !contract.amendments.isEmpty || contract.rulebookChanges != .never {
            try applyLaterRulebooks(registry: registry)
        }
        for (index, book) in rulebooks.enumerated() where index < 64 && book.figuresVaryByYear { variesByYear |= 1 << UInt64(index) }
        yearContexts.reserveCapacity(years.count)
        for year in years {
            let (population, amendment) = contract.population(inYear: year.number)
            let index = periods[periodIndex(on: year.start)].rulebook
            // The size class is read once per rulebook and population (the boundaries are a figure).
            let size = yearContexts.last.flatMap { $0.rulebook == index && $0.population == population ? $0.sizeClass : nil }
                ?? rulebooks[index].sizeClass(population: population)
            // The calendar parameters are read once per rulebook, not once per year.
            let parameters = yearContexts.last.flatMap { $0.rulebook == index ? ($0.rounding, $0.basis, $0.prorateVariable, $0.advanceRate) : nil }
                ?? rulebooks[index].calendarParameters
            yearContexts.append(Year(year: year, rulebook: index, population: population, populationAmendment: amendment,
                                     sizeClass: size, rounding: parameters.0, basis: parameters.1, prorateVariable: parameters.2,
                                     advanceRate: parameters.3))
        }
        sizeClass = yearContexts.first?.sizeClass ?? sizeClass
        rounding = yearContexts.first?.rounding ?? rounding
        roundsAlike = yearContexts.allSatisfy { $0.rounding == rounding }
        try checkMissionsDeclared(registry: registry)
        if let first = yearContexts.first { catchUp = try resolveCatchUp(sizeClass: first.sizeClass) }
        missions.reserveCapacity(contract.missions.count)
        for index in contract.missions.indices { missions.append(try plan(contract.missions[index], index: index)) }
    }

    /// The missions the rulebooks of the contract's periods declare, in order, each once (as
    /// declared: their category and names are the rulebook's).
    var declaredMissions: [MissionKind] {
        // Read in place: copying the rules would retain every figure of every mission.
        var kinds: [MissionKind] = []
        for period in periods {
            for kind in rulebooks[period.rulebook].declaredKinds where !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds.sorted()
    }

    /// Every engaged mission is one a rulebook declares, and each its declaration allows: an
    /// activation amount, a variable envelope, themes or pathways only where it pays or lists them.
    private func checkMissionsDeclared(registry: RulebookRegistry) throws(CPTSKitError) {
        for (index, engaged) in contract.missions.enumerated() {
            var declared: MissionKind? = nil
            for period in periods where declared == nil { declared = rulebooks[period.rulebook].declaredKind(of: engaged.kind) }
            guard let declared else {
                if registry.rulebooks.contains(where: { $0.defines(engaged.kind) }) { continue }
                var known: [MissionKind] = []
                for book in registry.rulebooks + rulebooks {
                    for kind in book.declaredKinds where !known.contains(kind) { known.append(kind) }
                }
                let list = known.sorted().map(\.key).joined(separator: ", ")
                throw CPTSKitError(.unknownMission, path: "missions[\(index)].mission",
                                   message: BilingualText(fr: "mission inconnue ; missions connues : \(list)", en: "unknown mission; known missions: \(list)"),
                                   value: engaged.kind.key)
            }
            // The six ACI missions were checked when the contract was made.
            if !declared.isACIMission, let declaration = declared.declaration {
                try engaged.check(against: declaration, path: "missions[\(index)]")
            }
        }
    }

    /// Whether the contract is computed under more than its starting rulebook and its own text:
    /// later rulebooks, amendments, a catch-up or a termination.
    var isAmended: Bool { periods.count > 1 || !contract.amendments.isEmpty || catchUpDue != nil }

    /// Whether every year is computed under the starting rulebook and the contract as signed
    /// (one rulebook, no amendment, no amount varying by year): each line is then resolved once
    /// for all its years.
    var isStatic: Bool { periods.count == 1 && contract.amendments.isEmpty && variesByYear & 1 == 0 }

    /// The contract year a figure of rulebook `r` is read for in year `n`: `n` when the rulebook's
    /// amounts vary by year, else 0 (the same for every year, so a line is resolved once).
    func figureYear(_ r: Int, _ n: Int) -> Int { r < 64 && variesByYear >> UInt64(r) & 1 == 1 ? n : 0 }

    /// The position in ``periods`` of the period in force on a day.
    func periodIndex(on date: CalendarDate) -> Int {
        var index = 0
        for position in periods.indices.dropFirst() where periods[position].from <= date { index = position }
        return index
    }

    /// An engaged mission with its start, the rulebook that first defines it and its indicator sets.
    private func plan(_ engaged: EngagedMission, index: Int) throws(CPTSKitError) -> Mission {
        let start = engaged.startsOn ?? contract.signedOn
        // The first period whose rulebook defines the mission.
        var defining: Period? = nil
        for period in periods where rulebooks[period.rulebook].defines(engaged.kind) {
            defining = period
            break
        }
        guard let defining else {
            throw CPTSKitError(.missionNotInRulebook, path: "missions[\(index)].mission",
                               message: BilingualText(fr: "les règles \(rulebook.id) ne définissent pas cette mission", en: "rulebook \(rulebook.id) does not define this mission"), value: engaged.kind.key)
        }
        if start < defining.from {
            let book = rulebooks[defining.rulebook].id
            throw CPTSKitError(.missionBeforeRulebook, path: "missions[\(index)].starts_on",
                               message: BilingualText(fr: "\(engaged.kind.key) démarre le \(start), mais \(book), qui la définit, ne s'applique à ce contrat qu'à partir du \(defining.from)", en: "\(engaged.kind.key) starts on \(start), but \(book), which defines it, applies to this contract only from \(defining.from)"),
                               value: start.description)
        }
        var sets: [(indicators: [Indicator], amendment: Int)] = []
        for (position, amendment) in contract.amendments.enumerated() {
            if case .indicators(engaged.kind, let list) = amendment.change { sets.append((list, position)) }
        }
        let declared = rulebooks[defining.rulebook].declaredKind(of: engaged.kind) ?? engaged.kind
        return Mission(index: index, engaged: engaged, kind: declared, start: start, startYear: contract.startYearNumber(of: start),
                       definedFrom: defining.from, definingRulebook: defining.rulebook, amendedSets: sets)
    }
}
