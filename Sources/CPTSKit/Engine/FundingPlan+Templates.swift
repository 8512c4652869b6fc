extension FundingPlan {
    /// A piece of the day line between two days on which what the line owes may change.
    struct Segment {
        var from: CalendarDate
        var to: CalendarDate
    }

    /// Writes the recipe of the contract: every line its statements can hold, in statement order,
    /// checking every amount on the way.
    ///
    /// *Fonctionnement*, the start-up supplement (or its catch-up), then for each engaged mission
    /// in contract order: its fixed part, its crisis activation, its indicators. Each line is
    /// computed year by year under what is in force that year (rulebook, size class, budget,
    /// indicators), split by days where a rulebook or a budget changes inside a year
    /// (``RulebookChanges/effectiveDate``), prorated where a mission starts or the contract ends;
    /// the years that owe the same amount from the same source share one template.
    mutating func makeTemplates(asOf: CalendarDate?) throws(CPTSKitError) {
        var builder = TemplateBuilder()
        var capacity = 2
        for index in contract.missions.indices { capacity += 2 + contract.missions[index].indicators.count }
        builder.templates.reserveCapacity(capacity)

        builder.beginLine()
        for context in yearContexts {
            for segment in segments(of: context.year, mission: nil) {
                let period = period(on: segment.from)
                let book = rulebooks[period.rulebook]
                let size = book.sizeClass(population: context.population)
                guard let annual = book.fonctionnement[size].value else {
                    throw CPTSKitError(.unknownNationalAmount, path: "rulebook",
                                       message: "rulebook \(book.id) does not know the fonctionnement amount of size \(size)",
                                       value: book.id)
                }
                let share = share(segment, from: nil, of: context.year)
                let planned = plannedShare(segment, from: nil, of: context.year)
                let amendment = cutShort(share, planned) ?? context.populationAmendment ?? period.amendment ?? -1
                let origin = Origin(source: book.fonctionnement[size].source, confidence: book.fonctionnement[size].confidence,
                                    rulebook: period.rulebook, amendment: amendment)
                builder.add(.fonctionnement, mission: nil, year: context.year, base: annual, rule: .fonctionnementAnnual,
                            origin: origin, share: share, plannedShare: planned)
            }
        }
        try addStartUp(to: &builder)

        for (index, engaged) in contract.missions.enumerated() {
            let mission = try plan(engaged, index: index)
            missions.append(mission)
            deadlineWarnings(for: mission, asOf: asOf)
            try addFixedPart(of: mission, to: &builder)
            try addCrisisActivation(of: mission, to: &builder)
            addIndicators(of: mission, to: &builder)
        }
        templates = builder.templates
        origins = builder.origins
        plannedShares = builder.plannedShares
    }

    /// The share of a year a segment owes, from the later of its start and `start`, to the
    /// earlier of its end and the termination.
    func share(_ segment: Segment, from start: CalendarDate?, of year: ContractYear) -> Fraction {
        basis.share(from: max(segment.from, start ?? segment.from), to: min(segment.to, terminatedOn ?? segment.to), of: year)
    }

    /// The share the segment would owe without the termination (what the advances were paid on).
    func plannedShare(_ segment: Segment, from start: CalendarDate?, of year: ContractYear) -> Fraction? {
        guard let terminatedOn, year.contains(terminatedOn) else { return nil }
        return basis.share(from: max(segment.from, start ?? segment.from), to: segment.to, of: year)
    }

    /// The termination amendment when it cut a share short.
    func cutShort(_ share: Fraction, _ planned: Fraction?) -> Int? {
        guard let planned, planned != share else { return nil }
        return contract.amendments.firstIndex { $0.change == .termination }
    }

    /// The year cut where a rulebook starts to apply inside it, and, for a mission's line, where
    /// one of its budget amendments takes effect (both only with ``RulebookChanges/effectiveDate``).
    func segments(of year: ContractYear, mission: MissionKind?) -> [Segment] {
        var cuts: [CalendarDate] = []
        for period in periods.dropFirst() where period.from > year.start && period.from < year.end { cuts.append(period.from) }
        if let mission, contract.rulebookChanges == .effectiveDate {
            for amendment in contract.amendments where amendment.effectiveOn > year.start && amendment.effectiveOn < year.end {
                if case .budget(mission, _) = amendment.change { cuts.append(amendment.effectiveOn) }
            }
        }
        guard !cuts.isEmpty else { return [Segment(from: year.start, to: year.end)] }
        var days = [year.start]
        for cut in cuts.sorted() where cut != days.last { days.append(cut) }
        days.append(year.end)
        return (0..<(days.count - 1)).map { Segment(from: days[$0], to: days[$0 + 1]) }
    }

    /// The budget of a mission in force on a day of a contract year, and the amendment that set it.
    func budget(of engaged: EngagedMission, year: Int, on date: CalendarDate) -> (budget: MissionBudget, amendment: Int?) {
        var current = (budget: engaged.budget, amendment: Int?.none)
        for (position, amendment) in contract.amendments.enumerated() {
            guard case .budget(engaged.kind, let budget) = amendment.change else { continue }
            let applies = contract.rulebookChanges == .effectiveDate
                ? amendment.effectiveOn <= date
                : contract.firstYear(startingOnOrAfter: amendment.effectiveOn) <= year
            if applies { current = (budget, position) }
        }
        return current
    }

    private mutating func addStartUp(to builder: inout TemplateBuilder) throws(CPTSKitError) {
        guard let first = yearContexts.first else { return }
        let size = first.sizeClass
        if let startUp = rulebook.startUpFonctionnement?[size], let amount = startUp.value,
           let annual = rulebook.fonctionnement[size].value,
           let windowEnd = rulebook.startUpWindowEnd?.value, contract.signedOn <= windowEnd, amount > annual {
            builder.beginLine()
            builder.add(.startUpSupplement, mission: nil, year: first.year, base: try amount.subtracting(annual),
                        rule: .startUpSupplement,
                        origin: Origin(source: startUp.source, confidence: startUp.confidence, rulebook: 0, amendment: -1))
        } else if let (catchUp, period) = try catchUp(sizeClass: size) {
            builder.beginLine()
            builder.add(.startUpSupplement, mission: nil, year: first.year, base: catchUp.amount, rule: .startUpCatchUp,
                        origin: Origin(source: catchUp.source, confidence: catchUp.confidence, rulebook: period.rulebook,
                                       amendment: period.amendment ?? -1))
        }
    }

    private mutating func addFixedPart(of mission: Mission, to builder: inout TemplateBuilder) throws(CPTSKitError) {
        let engaged = mission.engaged, index = mission.index
        builder.beginLine()
        for context in yearContexts where context.year.number >= mission.startYear {
            let n = context.year.number
            let set = mission.indicatorSets[indicatorSet(of: mission, year: n)]
            for segment in segments(of: context.year, mission: engaged.kind) {
                let share = share(segment, from: mission.start, of: context.year)
                guard share != .zero else { continue }
                let period = period(on: segment.from)
                let book = rulebooks[period.rulebook]
                let size = book.sizeClass(population: context.population)
                guard let rule = book.mission(engaged.kind) else {
                    throw CPTSKitError(.missionNotInRulebook, path: "missions[\(index)].mission",
                                       message: "rulebook \(book.id), which applies to this contract from \(period.from), does not define this mission",
                                       value: engaged.kind.key)
                }
                let (budget, budgetAmendment) = budget(of: engaged, year: n, on: segment.from)
                let owner = budgetAmendment.map { "amendments[\($0)].budget" } ?? "missions[\(index)].budget"
                let fixed = try resolve(budget.fixed, rule.fixed[size], path: "\(owner).fixed", part: "fixed",
                                        kind: engaged.kind, size: size, rulebook: book)
                var envelope = Euros.zero
                if let national = rule.variable?[size] {
                    envelope = try resolve(budget.variable, national, path: "\(owner).variable", part: "variable",
                                           kind: engaged.kind, size: size, rulebook: book).amount
                }
                if let national = rule.activated?[size] {
                    _ = try resolve(budget.activated, national, path: "\(owner).activated", part: "activated",
                                    kind: engaged.kind, size: size, rulebook: book)
                }
                let indicatorsPath = set.amendment.map { "amendments[\($0)].indicators" } ?? "missions[\(index)].indicators"
                try checkEnvelope(set.indicators, envelope: envelope, path: indicatorsPath)
                let national = fixed.source != .contract
                let planned = plannedShare(segment, from: mission.start, of: context.year)
                let amendment = cutShort(share, planned) ?? budgetAmendment ?? (national ? context.populationAmendment : nil)
                    ?? period.amendment ?? -1
                builder.add(.fixedPart, mission: engaged.kind, year: context.year, base: fixed.amount, rule: .fixedPart,
                            origin: Origin(source: fixed.source, confidence: fixed.confidence, rulebook: period.rulebook,
                                           amendment: amendment),
                            share: share, plannedShare: planned, missionIndex: index)
            }
        }
    }

    private mutating func addCrisisActivation(of mission: Mission, to builder: inout TemplateBuilder) throws(CPTSKitError) {
        let engaged = mission.engaged
        builder.beginLine()
        for context in yearContexts where context.year.number >= mission.startYear && contract.crisisYears.contains(context.year.number) {
            // Paid in full, under what is in force on the year's last day of contract.
            let last = (try? min(context.year.end, terminatedOn ?? context.year.end).adding(days: -1)) ?? context.year.start
            let period = period(on: last)
            let book = rulebooks[period.rulebook]
            let size = book.sizeClass(population: context.population)
            guard let national = book.mission(engaged.kind)?.activated?[size] else { continue }
            let (budget, budgetAmendment) = budget(of: engaged, year: context.year.number, on: last)
            let owner = budgetAmendment.map { "amendments[\($0)].budget" } ?? "missions[\(mission.index)].budget"
            let activated = try resolve(budget.activated, national, path: "\(owner).activated", part: "activated",
                                        kind: engaged.kind, size: size, rulebook: book)
            let amendment = budgetAmendment ?? (activated.source != .contract ? context.populationAmendment : nil)
                ?? period.amendment ?? -1
            builder.add(.crisisActivation, mission: engaged.kind, year: context.year, base: activated.amount,
                        rule: .crisisActivation,
                        origin: Origin(source: activated.source, confidence: activated.confidence, rulebook: period.rulebook,
                                       amendment: amendment),
                        missionIndex: mission.index)
        }
    }

    private mutating func addIndicators(of mission: Mission, to builder: inout TemplateBuilder) {
        // A prorated envelope follows the mission's start only; a termination never prorates it.
        let startShare = basis.share(from: mission.start, of: contract.years[mission.startYear - 1])
        for (setIndex, set) in mission.indicatorSets.enumerated() {
            for i in set.indicators.indices {
                builder.beginLine()
                for context in yearContexts where context.year.number >= mission.startYear
                    && indicatorSet(of: mission, year: context.year.number) == setIndex {
                    let n = context.year.number
                    builder.add(.indicator, mission: mission.engaged.kind, year: context.year, base: set.indicators[i].bestCase,
                                rule: FundingRule(paying: set.indicators[i].payout),
                                origin: Origin(source: .contract, confidence: .contract, rulebook: context.rulebook,
                                               amendment: set.amendment ?? -1),
                                share: prorateVariable && n == mission.startYear ? startShare : .one,
                                missionIndex: mission.index, indicatorIndex: i, indicatorSet: setIndex)
                }
            }
        }
    }

    /// The position in the mission's ``Mission/indicatorSets`` of the set in force in a year.
    func indicatorSet(of mission: Mission, year: Int) -> Int {
        var current = 0
        for setIndex in mission.indicatorSets.indices.dropFirst() {
            if let amendment = mission.indicatorSets[setIndex].amendment,
               contract.firstYear(startingOnOrAfter: contract.amendments[amendment].effectiveOn) <= year {
                current = setIndex
            }
        }
        return current
    }

    /// Where a template's base comes from, and how firmly it is established.
    @inline(__always)
    func provenance(of template: LineTemplate) -> (source: SourceReference, confidence: Confidence) {
        let origin = origins[Int(template.origin)]
        return (origin.source, origin.confidence)
    }

    /// The identifier of the rulebook a template was computed under.
    func rulebookID(of template: LineTemplate) -> String { rulebooks[origins[Int(template.origin)].rulebook].id }

    /// The amendment that produced a template's lines, if any.
    func amendment(of template: LineTemplate) -> Int? {
        let amendment = origins[Int(template.origin)].amendment
        return amendment >= 0 ? amendment : nil
    }

    /// The indicator of an indicator template.
    func indicator(of template: LineTemplate) -> Indicator {
        missions[Int(template.missionIndex)].indicatorSets[Int(template.indicatorSet)].indicators[Int(template.indicatorIndex)]
    }

    /// The provenance of a template's line in a year, as the compiled path stores it.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - year: The contract year; `nil` for a year with a whole share.
    func term(of template: LineTemplate, in year: Int? = nil) -> FundingTerm {
        let (source, confidence) = provenance(of: template)
        let indicator = template.kind == .indicator ? self.indicator(of: template).id : nil
        return FundingTerm(volet: template.volet, mission: template.mission, part: template.part, indicator: indicator,
                           rule: year.map(template.rule(in:)) ?? template.rule, source: source, confidence: confidence,
                           rulebook: rulebookID(of: template), amendment: amendment(of: template))
    }
}

/// Collects templates line by line, merging the years that owe the same.
struct TemplateBuilder {
    var templates: [LineTemplate] = []
    var origins: [FundingPlan.Origin] = []
    var plannedShares: [Int: Fraction] = [:]
    /// Where the templates of the current line begin.
    private var lineStart = 0

    /// Starts a new line: its templates never merge with the previous line's.
    mutating func beginLine() { lineStart = templates.count }

    /// Adds what a line owes in a year; merged into the line's last template when base, rule and
    /// origin are the same and the share fits (a template has at most one year with a partial share).
    mutating func add(_ kind: LineTemplate.Kind, mission: MissionKind?, year: ContractYear, base: Euros, rule: FundingRule,
                      origin: FundingPlan.Origin, share: Fraction = .one, plannedShare: Fraction? = nil,
                      missionIndex: Int = -1, indicatorIndex: Int = -1, indicatorSet: Int = 0) {
        let originIndex: Int
        if let known = origins.firstIndex(of: origin) {
            originIndex = known
        } else {
            origins.append(origin)
            originIndex = origins.count - 1
        }
        let bit = UInt8(1) << UInt8(year.number - 1)
        if templates.count > lineStart, let last = templates.last, last.base == base, last.rule == rule,
           Int(last.origin) == originIndex, last.years & bit == 0, share == .one || last.firstYear == 0 {
            let partial = share != .one
            templates[templates.count - 1] = LineTemplate(
                kind: kind, mission: mission, years: last.years | bit, base: base,
                firstYear: partial ? year.number : Int(last.firstYear), firstShare: partial ? share : last.firstShare,
                missionIndex: missionIndex, indicatorIndex: indicatorIndex, indicatorSet: indicatorSet, origin: originIndex,
                rule: rule)
        } else {
            templates.append(LineTemplate(kind: kind, mission: mission, years: bit, base: base,
                                          firstYear: share != .one ? year.number : 0, firstShare: share,
                                          missionIndex: missionIndex, indicatorIndex: indicatorIndex, indicatorSet: indicatorSet,
                                          origin: originIndex, rule: rule))
        }
        if let plannedShare { plannedShares[templates.count - 1] = plannedShare }
    }
}
