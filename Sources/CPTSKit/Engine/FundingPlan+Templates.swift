extension FundingPlan {
    /// What a mission's fixed part was last resolved under, so that the years that owe the same
    /// are resolved and checked once (a plan is built for every statement).
    private struct FixedKey: Equatable {
        var year: Int
        var period: Int
        var size: SizeClass
        var budgetAmendment: Int
        var set: Int
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
        builder.origins.reserveCapacity(3 + contract.missions.count)
        var segments: [Segment] = []

        builder.beginLine()
        if isStatic, let first = yearContexts.first {
            // One rulebook, one size, nothing amended: one template for every year, as signed.
            let figure = rulebook.fonctionnementFigure(first.sizeClass)
            guard let annual = figure.value else {
                throw CPTSKitError(.unknownNationalAmount, path: "rulebook",
                                   message: BilingualText(fr: "les règles \(rulebook.id) ne connaissent pas le montant de fonctionnement de la taille \(first.sizeClass)", en: "rulebook \(rulebook.id) does not know the fonctionnement amount of size \(first.sizeClass)"),
                                   value: rulebook.id)
            }
            findings.noteFigure(.fonctionnement(first.sizeClass), of: rulebook, paid: true)
            let origin = builder.origin(Origin(source: figure.source, confidence: figure.confidence, rulebook: 0, amendment: -1))
            builder.templates.append(LineTemplate(kind: .fonctionnement, mission: nil, years: LineTemplate.years(from: 1), base: annual,
                                                  origin: origin, rule: .fonctionnementAnnual))
        }
        var last: (period: Int, size: SizeClass, year: Int, amount: Euros, source: SourceReference, confidence: Confidence)? = nil
        for context in yearContexts where !isStatic {
            timeline.fillSegments(&segments, of: context.year, mission: nil)
            for segment in segments {
                let periodIndex = timeline.periodIndex(on: segment.from)
                let period = periods[periodIndex]
                let size = period.rulebook == context.rulebook
                    ? context.sizeClass : rulebooks[period.rulebook].sizeClass(population: context.population)
                let figureYear = timeline.figureYear(period.rulebook, context.year.number)
                if last?.period != periodIndex || last?.size != size || last?.year != figureYear {
                    let figure = rulebooks[period.rulebook].fonctionnementFigure(size)
                    guard let annual = figure.value(inYear: context.year.number) else {
                        let id = rulebooks[period.rulebook].id
                        throw CPTSKitError(.unknownNationalAmount, path: "rulebook",
                                           message: BilingualText(fr: "les règles \(id) ne connaissent pas le montant de fonctionnement de la taille \(size)", en: "rulebook \(id) does not know the fonctionnement amount of size \(size)"), value: id)
                    }
                    findings.noteFigure(.fonctionnement(size), of: rulebooks[period.rulebook], paid: true)
                    last = (periodIndex, size, figureYear, annual, figure.source, figure.confidence)
                }
                guard let resolved = last else { continue }
                let share = timeline.share(segment, from: nil, of: context.year)
                let planned = timeline.plannedShare(segment, from: nil, of: context.year)
                let amendment = timeline.cutShort(share, planned) ?? context.populationAmendment ?? period.amendment ?? -1
                let origin = builder.origin(Origin(source: resolved.source, confidence: resolved.confidence,
                                                   rulebook: period.rulebook, amendment: amendment))
                builder.add(.fonctionnement, mission: nil, year: context.year, base: resolved.amount, rule: .fonctionnementAnnual,
                            origin: origin, share: share, plannedShare: planned, part: segment.part(of: context.year))
            }
        }
        try addStartUp(to: &builder)

        for mission in timeline.missions {
            if findings.collectsWarnings { deadlineWarnings(for: mission, asOf: asOf) }
            try addFixedPart(of: mission, to: &builder, segments: &segments)
            try addActivation(of: mission, to: &builder)
            addIndicators(of: mission, to: &builder)
        }
        recipe = LineRecipe(templates: builder.templates, origins: builder.origins, plannedShares: builder.plannedShares,
                            parts: builder.parts)
    }

    private mutating func addStartUp(to builder: inout TemplateBuilder) throws(CPTSKitError) {
        guard let first = yearContexts.first else { return }
        let size = first.sizeClass
        if let startUp = rulebook.startUpFonctionnement?[size], let amount = startUp.value,
           let annual = rulebook.fonctionnement[size].value(inYear: 1),
           let windowEnd = rulebook.startUpWindowEnd?.value, contract.signedOn <= windowEnd, amount > annual {
            builder.beginLine()
            findings.noteFigure(.startUpFonctionnement(size), of: rulebook, paid: true)
            let origin = builder.origin(Origin(source: startUp.source, confidence: startUp.confidence, rulebook: 0, amendment: -1))
            builder.add(.startUpSupplement, mission: nil, year: first.year, base: try amount.subtracting(annual),
                        rule: .startUpSupplement, origin: origin)
        } else if let catchUp = timeline.catchUp {
            builder.beginLine()
            findings.noteFigure(.startUpFonctionnement(size), of: rulebooks[catchUp.rulebook], paid: true)
            let origin = builder.origin(Origin(source: catchUp.amount.source, confidence: catchUp.amount.confidence, rulebook: catchUp.rulebook,
                                               amendment: catchUp.amendment ?? -1))
            builder.add(.startUpSupplement, mission: nil, year: first.year, base: catchUp.amount.amount, rule: .startUpCatchUp,
                        origin: origin)
        }
    }

    private mutating func addFixedPart(of mission: Mission, to builder: inout TemplateBuilder, segments: inout [Segment])
        throws(CPTSKitError)
    {
        let engaged = mission.engaged, index = mission.index
        builder.beginLine()
        if isStatic, let context = yearContexts.first {
            // One rulebook, one size, nothing amended: resolved and checked once, one template
            // from the start year, prorated in it.
            let ruleIndex = try missionRule(of: mission, in: 0)
            let fixed = try resolveFixed(mission, budget: engaged.budget, budgetAmendment: nil, rulebook: 0, ruleIndex: ruleIndex,
                                         size: context.sizeClass, year: mission.startYear)
            try checkVariable(mission, budget: engaged.budget, budgetAmendment: nil, set: 0, rulebook: 0, ruleIndex: ruleIndex,
                              size: context.sizeClass,
                              year: mission.startYear)
            // Appended without looking for an equal one: a plan is built for every statement.
            builder.origins.append(Origin(source: fixed.source, confidence: fixed.confidence, rulebook: 0, amendment: -1))
            let origin = builder.origins.count - 1
            let share = yearContexts[mission.startYear - 1].basis.share(from: mission.start, of: years[mission.startYear - 1])
            builder.templates.append(LineTemplate(kind: .fixedPart, mission: mission.kind, years: LineTemplate.years(from: mission.startYear),
                                                  base: fixed.amount, firstYear: share == .one ? 0 : mission.startYear,
                                                  firstShare: share, missionIndex: index, origin: origin, rule: .fixedPart))
            return
        }
        let amendedBudget = contract.amendments.contains { if case .budget(engaged.kind, _) = $0.change { true } else { false } }
        var lastKey: FixedKey? = nil
        var lastVariableKey: FixedKey? = nil
        // The mission's rule in the last rulebook looked up: a contract has one or two rulebooks.
        var lastRule = (rulebook: -1, index: 0)
        func rule(_ r: Int) throws(CPTSKitError) -> Int {
            if lastRule.rulebook != r { lastRule = (r, try missionRule(of: mission, in: r)) }
            return lastRule.index
        }
        var lastFixed = Resolved(amount: .zero, source: .contract, confidence: .ownContract)
        var lastNational = false
        var lastOrigin = (amendment: -2, index: 0)
        for context in yearContexts where context.year.number >= mission.startYear {
            let n = context.year.number
            let set = timeline.indicatorSet(of: mission, year: n)
            // The variable side follows the year's first day (or the mission's start): its
            // rulebook, and the budget in force then; a change inside the year waits for the next.
            let variableDay = max(context.year.start, mission.start)
            let variablePeriod = timeline.periodIndex(on: variableDay)
            let variableRulebook = periods[variablePeriod].rulebook
            let variableSize = variableRulebook == context.rulebook
                ? context.sizeClass : rulebooks[variableRulebook].sizeClass(population: context.population)
            let (variableBudget, variableAmendment) = amendedBudget
                ? timeline.budget(of: engaged, year: n, on: context.year.start) : (engaged.budget, nil)
            let variableKey = FixedKey(year: timeline.figureYear(variableRulebook, n), period: variablePeriod, size: variableSize,
                                       budgetAmendment: variableAmendment ?? -1, set: set)
            if lastVariableKey != variableKey {
                try checkVariable(mission, budget: variableBudget, budgetAmendment: variableAmendment, set: set,
                                  rulebook: variableRulebook, ruleIndex: try rule(variableRulebook), size: variableSize, year: n)
                lastVariableKey = variableKey
            }
            timeline.fillSegments(&segments, of: context.year, mission: engaged.kind)
            for segment in segments {
                let share = timeline.share(segment, from: mission.start, of: context.year)
                guard share != .zero else { continue }
                let periodIndex = timeline.periodIndex(on: segment.from)
                let period = periods[periodIndex]
                let size = period.rulebook == context.rulebook
                    ? context.sizeClass : rulebooks[period.rulebook].sizeClass(population: context.population)
                // The budget of the year's first day is the variable side's, already looked up.
                let (budget, budgetAmendment) = !amendedBudget ? (engaged.budget, nil)
                    : segment.from == context.year.start ? (variableBudget, variableAmendment)
                    : timeline.budget(of: engaged, year: n, on: segment.from)
                let key = FixedKey(year: timeline.figureYear(period.rulebook, n), period: periodIndex, size: size,
                                   budgetAmendment: budgetAmendment ?? -1, set: 0)
                if lastKey != key {
                    lastFixed = try resolveFixed(mission, budget: budget, budgetAmendment: budgetAmendment,
                                                 rulebook: period.rulebook, ruleIndex: try rule(period.rulebook), size: size, year: n)
                    lastNational = budget.fixed == nil
                    lastKey = key
                    lastOrigin.amendment = -2
                }
                let planned = timeline.plannedShare(segment, from: mission.start, of: context.year)
                let amendment = timeline.cutShort(share, planned) ?? budgetAmendment ?? (lastNational ? context.populationAmendment : nil)
                    ?? period.amendment ?? -1
                if lastOrigin.amendment != amendment {
                    lastOrigin = (amendment, builder.origin(Origin(source: lastFixed.source, confidence: lastFixed.confidence,
                                                                   rulebook: period.rulebook, amendment: amendment)))
                }
                builder.add(.fixedPart, mission: mission.kind, year: context.year, base: lastFixed.amount, rule: .fixedPart,
                            origin: lastOrigin.index, share: share, plannedShare: planned, missionIndex: index,
                            part: segment.part(of: context.year))
            }
        }
    }

    /// Resolves a mission's fixed part under a rulebook and size, and checks its activation amount there.
    private mutating func resolveFixed(_ mission: Mission, budget: MissionBudget, budgetAmendment: Int?, rulebook r: Int,
                                       ruleIndex: Int, size: SizeClass, year: Int) throws(CPTSKitError) -> Resolved {
        let engaged = mission.engaged
        let book = rulebooks[r]
        let owner = budgetAmendment.map(BudgetOwner.amendment) ?? .mission(mission.index)
        let fixed = try resolve(budget.fixed, book.missionFixedFigure(at: ruleIndex, size), owner: owner, part: "fixed",
                                kind: engaged.kind, size: size, rulebook: book, year: year,
                                paying: .missionFixed(mission.kind, size))
        if let national = book.missionActivatedFigure(at: ruleIndex, size) {
            _ = try resolve(budget.activated, national, owner: owner, part: "activated",
                            kind: engaged.kind, size: size, rulebook: book, year: year)
        }
        return fixed
    }

    /// Checks a mission's variable envelope (budget against the national amount, the indicators'
    /// best cases within it) under the rulebook, size, budget and indicator set of a year's variable side.
    private mutating func checkVariable(_ mission: Mission, budget: MissionBudget, budgetAmendment: Int?, set: Int, rulebook r: Int,
                                        ruleIndex: Int, size: SizeClass, year: Int) throws(CPTSKitError) {
        let engaged = mission.engaged, index = mission.index
        let book = rulebooks[r]
        let owner = budgetAmendment.map(BudgetOwner.amendment) ?? .mission(index)
        var envelope = Euros.zero
        if let national = book.missionVariableFigure(at: ruleIndex, size) {
            envelope = try resolve(budget.variable, national, owner: owner, part: "variable",
                                   kind: engaged.kind, size: size, rulebook: book, year: year).amount
        }
        if set == 0 {
            try checkEnvelope(engaged.indicators, envelope: envelope, owner: .mission(index), kind: mission.kind)
        } else {
            try checkEnvelope(mission.amendedSets[set - 1].indicators, envelope: envelope,
                              owner: .amendment(mission.amendedSets[set - 1].amendment), kind: mission.kind)
        }
    }

    /// The position of a mission's rule in a rulebook, or the error naming the rulebook and the day it applies from.
    private func missionRule(of mission: Mission, in r: Int) throws(CPTSKitError) -> Int {
        guard let ruleIndex = rulebooks[r].missionIndex(mission.engaged.kind) else {
            let book = rulebooks[r]
            let day = periods.first { $0.rulebook == r }?.from ?? contract.signedOn
            throw CPTSKitError(.missionNotInRulebook, path: "missions[\(mission.index)].mission",
                               message: BilingualText(fr: "les règles \(book.id), qui s\'appliquent à ce contrat à partir du \(day), ne définissent pas cette mission", en: "rulebook \(book.id), which applies to this contract from \(day), does not define this mission"),
                               value: mission.engaged.kind.key)
        }
        return ruleIndex
    }

    /// The activation amount of a mission its rulebook pays one, in each year the contract records
    /// the mission's activating event (for the crisis mission, a crisis the ARS recognised).
    private mutating func addActivation(of mission: Mission, to builder: inout TemplateBuilder) throws(CPTSKitError) {
        let engaged = mission.engaged
        let activated = contract.activationYears(of: engaged.kind)
        guard !activated.isEmpty else { return }
        let amendedBudget = contract.amendments.contains { if case .budget(engaged.kind, _) = $0.change { true } else { false } }
        builder.beginLine()
        for context in yearContexts where context.year.number >= mission.startYear && activated.contains(context.year.number) {
            // Paid in full, under what is in force on the year's last day of contract.
            let last = (try? min(context.year.end, terminatedOn ?? context.year.end).adding(days: -1)) ?? context.year.start
            let period = periods[timeline.periodIndex(on: last)]
            let book = rulebooks[period.rulebook]
            let size = period.rulebook == context.rulebook ? context.sizeClass : book.sizeClass(population: context.population)
            guard let ruleIndex = book.missionIndex(engaged.kind), let national = book.missionActivatedFigure(at: ruleIndex, size)
            else { continue }
            let (budget, budgetAmendment) = amendedBudget ? timeline.budget(of: engaged, year: context.year.number, on: last) : (engaged.budget, nil)
            let owner = budgetAmendment.map(BudgetOwner.amendment) ?? .mission(mission.index)
            let amount = try resolve(budget.activated, national, owner: owner, part: "activated",
                                     kind: engaged.kind, size: size, rulebook: book, year: context.year.number,
                                     paying: .missionActivated(mission.kind, size))
            let amendment = budgetAmendment ?? (amount.source != .contract ? context.populationAmendment : nil)
                ?? period.amendment ?? -1
            let origin = builder.origin(Origin(source: amount.source, confidence: amount.confidence, rulebook: period.rulebook,
                                               amendment: amendment))
            builder.add(.crisisActivation, mission: mission.kind, year: context.year, base: amount.amount,
                        rule: .crisisActivation, origin: origin, missionIndex: mission.index)
        }
    }

    /// One template per indicator and run of years under the same indicator set, rulebook and share.
    private mutating func addIndicators(of mission: Mission, to builder: inout TemplateBuilder) {
        guard !mission.engaged.indicators.isEmpty || !mission.amendedSets.isEmpty else { return }
        // A prorated envelope (the rulebook of the year says so) follows the mission's start and
        // the termination, exactly as the fixed part does; otherwise the whole envelope is at stake.
        let startContext = yearContexts[mission.startYear - 1]
        let startShare = startContext.prorateVariable ? startContext.basis.share(from: mission.start, of: startContext.year) : .one
        if isStatic {
            // Every year under the contract as signed: one template per indicator, read in place,
            // all with the contract's own origin.
            if builder.contractOrigin < 0 {
                builder.origins.append(Origin(source: .contract, confidence: .ownContract, rulebook: 0, amendment: -1))
                builder.contractOrigin = builder.origins.count - 1
            }
            let origin = builder.contractOrigin
            let years = LineTemplate.years(from: mission.startYear), first = startShare == .one ? 0 : mission.startYear
            let indicators = mission.engaged.indicators
            for i in indicators.indices {
                builder.templates.append(LineTemplate(
                    kind: .indicator, mission: mission.kind, years: years, base: indicators[i].bestCase, firstYear: first,
                    firstShare: startShare, missionIndex: mission.index, indicatorIndex: i, origin: origin,
                    rule: FundingRule(paying: indicators[i].payout)))
            }
            return
        }
        var runs: [(years: UInt8, set: Int, origin: Int, firstYear: Int, share: Fraction)] = []
        for context in yearContexts where context.year.number >= mission.startYear {
            let n = context.year.number
            let set = timeline.indicatorSet(of: mission, year: n)
            var share = Fraction.one
            if context.prorateVariable {
                share = timeline.share(Segment(from: context.year.start, to: context.year.end),
                                   from: n == mission.startYear ? mission.start : nil, of: context.year)
            }
            let planned = n == mission.startYear ? startShare : .one
            let origin = builder.origin(Origin(source: .contract, confidence: .ownContract, rulebook: context.rulebook,
                                               amendment: timeline.cutShort(share, planned) ?? mission.amendment(ofSet: set) ?? -1))
            let bit = UInt8(1) << UInt8(n - 1)
            if let run = runs.last, run.set == set, run.origin == origin, share == .one || run.firstYear == 0 {
                runs[runs.count - 1].years |= bit
                if share != .one { (runs[runs.count - 1].firstYear, runs[runs.count - 1].share) = (n, share) }
            } else {
                runs.append((bit, set, origin, share != .one ? n : 0, share))
            }
        }
        for set in 0..<mission.setCount {
            let list = set == 0 ? mission.engaged.indicators : mission.amendedSets[set - 1].indicators
            for i in list.indices {
                let rule = FundingRule(paying: list[i].payout)
                for run in runs where run.set == set {
                    builder.templates.append(LineTemplate(
                        kind: .indicator, mission: mission.kind, years: run.years, base: list[i].bestCase,
                        firstYear: run.firstYear, firstShare: run.share, missionIndex: mission.index, indicatorIndex: i,
                        indicatorSet: set, origin: run.origin, rule: rule))
                }
            }
        }
        builder.beginLine()
    }

    /// The identifier of the rulebook a template was computed under.
    func rulebookID(of template: LineTemplate) -> String { rulebooks[recipe.origins[Int(template.origin)].rulebook].id }

    /// The indicator of an indicator template.
    func indicator(of template: LineTemplate) -> Indicator {
        let m = Int(template.missionIndex), set = Int(template.indicatorSet), i = Int(template.indicatorIndex)
        return set == 0 ? missions[m].engaged.indicators[i] : missions[m].amendedSets[set - 1].indicators[i]
    }

    /// The provenance of a template's line in a year, as the compiled path stores it.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - year: The contract year; `nil` for a year with a whole share.
    func term(of template: LineTemplate, in year: Int? = nil) -> FundingTerm {
        let (source, confidence) = recipe.provenance(of: template)
        let indicator = template.kind == .indicator ? self.indicator(of: template).id : nil
        return FundingTerm(volet: template.volet, mission: template.mission, part: template.part, indicator: indicator,
                           rule: year.map(template.rule(in:)) ?? template.rule, source: source, confidence: confidence,
                           rulebook: rulebookID(of: template), amendment: recipe.amendment(of: template))
    }
}

/// Collects templates line by line, merging the years that owe the same.
struct TemplateBuilder {
    var templates: [LineTemplate] = []
    var origins: [LineRecipe.Origin] = []
    var plannedShares: [Int: Fraction] = [:]
    /// The days of the templates whose first year is split by a change (``LineRecipe/parts``).
    var parts: [Int: ContractTimeline.Segment] = [:]
    /// The index of the origin of indicator lines under the starting rulebook, once added; −1 before.
    var contractOrigin = -1
    /// Where the templates of the current line begin.
    private var lineStart = 0

    /// Starts a new line: its templates never merge with the previous line's.
    mutating func beginLine() { lineStart = templates.count }

    /// The index of an origin: the last one when equal (the years of a line), else a new one.
    /// Templates only look their origin up, so an origin written twice costs nothing else.
    mutating func origin(_ origin: LineRecipe.Origin) -> Int {
        if let last = origins.indices.last, origins[last].rulebook == origin.rulebook,
           origins[last].amendment == origin.amendment, origins[last] == origin {
            return last
        }
        origins.append(origin)
        return origins.count - 1
    }

    /// Adds what a line owes in a year; merged into the line's last template when base, rule and
    /// origin are the same and the share fits (a template has at most one year with a partial share,
    /// so a part of a split year, always partial, is recorded for the template's one partial year).
    mutating func add(_ kind: LineTemplate.Kind, mission: MissionKind?, year: ContractYear, base: Euros, rule: FundingRule,
                      origin: Int, share: Fraction = .one, plannedShare: Fraction? = nil, missionIndex: Int = -1,
                      part: ContractTimeline.Segment? = nil) {
        let bit = UInt8(1) << UInt8(year.number - 1)
        if templates.count > lineStart, let last = templates.last, last.base == base, last.rule == rule,
           Int(last.origin) == origin, last.years & bit == 0, share == .one || last.firstYear == 0 {
            let partial = share != .one
            templates[templates.count - 1] = LineTemplate(
                kind: kind, mission: mission, years: last.years | bit, base: base,
                firstYear: partial ? year.number : Int(last.firstYear), firstShare: partial ? share : last.firstShare,
                missionIndex: missionIndex, origin: origin, rule: rule)
        } else {
            templates.append(LineTemplate(kind: kind, mission: mission, years: bit, base: base,
                                          firstYear: share != .one ? year.number : 0, firstShare: share,
                                          missionIndex: missionIndex, origin: origin, rule: rule))
        }
        if let plannedShare { plannedShares[templates.count - 1] = plannedShare }
        if let part { parts[templates.count - 1] = part }
    }
}
