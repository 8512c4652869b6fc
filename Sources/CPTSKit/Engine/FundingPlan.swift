/// A contract checked against its rulebook, with every amount resolved: the engine's input.
///
/// Built once per contract by ``FundingEngine``; each contract year's statement is then a pure
/// function of the plan. Holds the rulebook figures or contract budgets actually used, with
/// their provenance, and the contract-level warnings.
struct FundingPlan: Sendable {
    /// An amount with where it came from.
    struct Resolved: Sendable {
        var amount: Euros
        var source: SourceReference
        var confidence: Confidence
    }

    /// An engaged mission with its start and resolved amounts.
    struct Mission: Sendable {
        var index: Int
        var engaged: EngagedMission
        var start: CalendarDate
        var startYear: Int
        var fixed: Resolved
        var variable: Resolved?
        var activated: Resolved?
    }

    var contract: ACIContract
    var rulebook: Rulebook
    var sizeClass: SizeClass
    var years: [ContractYear]
    var fonctionnement: Resolved
    var startUpSupplement: Resolved?
    var missions: [Mission]
    var warnings: [FundingWarning]
    var rounding: RoundingRule
    var basis: ProrationBasis
    var prorateVariable: Bool
    /// The kinds of the rulebook's missions, in its order (looked up without copying the rules).
    var rulebookMissionKinds: [MissionKind] = []
    /// The recipe: every line of the statements, described once (``makeTemplates()``).
    var templates: [LineTemplate] = []
}

extension FundingPlan {
    /// Checks `contract` against `rulebook` and resolves every amount.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: The rulebook it is computed under.
    ///   - withTemplates: Whether to write the recipe too; a check that only wants the
    ///     warnings (``FundingEngine/validate(_:rulebook:)``) goes without.
    init(contract: ACIContract, rulebook: Rulebook, withTemplates: Bool = true) throws(CPTSKitError) {
        self.contract = contract
        self.rulebook = rulebook
        sizeClass = rulebook.sizeClass(population: contract.cpts.population)
        years = contract.years
        rounding = rulebook.roundingRule
        basis = rulebook.prorationBasis.value ?? .days
        prorateVariable = rulebook.prorateVariableEnvelope.value ?? false
        warnings = []
        let size = sizeClass
        guard let annual = rulebook.fonctionnement[size].value else {
            throw CPTSKitError(.unknownNationalAmount, path: "rulebook",
                               message: "rulebook \(rulebook.id) does not know the fonctionnement amount of size \(size)",
                               value: rulebook.id)
        }
        fonctionnement = Resolved(amount: annual, source: rulebook.fonctionnement[size].source,
                                  confidence: rulebook.fonctionnement[size].confidence)
        startUpSupplement = nil
        if let startUp = rulebook.startUpFonctionnement?[size], let amount = startUp.value,
           let windowEnd = rulebook.startUpWindowEnd?.value, contract.signedOn <= windowEnd, amount > annual {
            startUpSupplement = Resolved(amount: try amount.subtracting(annual), source: startUp.source,
                                         confidence: startUp.confidence)
        }
        missions = []
        rulebookMissionKinds = rulebook.missions.map(\.kind)
        for (index, engaged) in contract.missions.enumerated() {
            missions.append(try plan(engaged, index: index))
        }
        try checkCrisisYears()
        if withTemplates { templates = makeTemplates() }
        for kind in MissionKind.allCases where kind.category == .socle && rulebookMissionKinds.contains(kind)
            && !contract.missions.contains(where: { $0.kind == kind }) {
            warnings.append(FundingWarning(.socleMissionNotEngaged, path: "missions",
                                           message: "socle mission \(kind.key) (\(kind.label)) is not engaged"))
        }
    }

    private mutating func plan(_ engaged: EngagedMission, index: Int) throws(CPTSKitError) -> Mission {
        guard let ruleIndex = rulebookMissionKinds.firstIndex(of: engaged.kind) else {
            throw CPTSKitError(.missionNotInRulebook, path: "missions[\(index)].mission",
                               message: "rulebook \(rulebook.id) does not define this mission", value: engaged.kind.key)
        }
        let rules = rulebook.missions
        let start = engaged.startsOn ?? contract.signedOn
        if let months = rules[ruleIndex].startDeadlineMonths?.value, let deadline = try? contract.signedOn.adding(months: months),
           start > deadline {
            warnings.append(FundingWarning(.startDeadlineMissed, path: "missions[\(index)].starts_on",
                                           message: "\(engaged.kind.key) starts on \(start), after its deadline of \(months) months from signature (\(deadline))"))
        }
        let fixed = try resolve(engaged.budget.fixed, rules[ruleIndex].fixed[sizeClass], index, "fixed", engaged.kind)
        var variable: Resolved? = nil
        if rules[ruleIndex].variable != nil, let national = rules[ruleIndex].variable?[sizeClass] {
            variable = try resolve(engaged.budget.variable, national, index, "variable", engaged.kind)
        }
        var activated: Resolved? = nil
        if rules[ruleIndex].activated != nil, let national = rules[ruleIndex].activated?[sizeClass] {
            activated = try resolve(engaged.budget.activated, national, index, "activated", engaged.kind)
        }
        try checkEnvelope(engaged, envelope: variable?.amount ?? .zero, index: index)
        return Mission(index: index, engaged: engaged, start: start, startYear: contract.startYearNumber(of: start),
                       fixed: fixed, variable: variable, activated: activated)
    }

    private mutating func resolve(_ budget: Euros?, _ national: Figure<Euros>, _ index: Int, _ part: String,
                                  _ kind: MissionKind) throws(CPTSKitError) -> Resolved {
        switch (budget, national.value) {
        case (let budget?, let known?):
            if budget > known {
                throw CPTSKitError(.budgetAboveNational, path: "missions[\(index)].budget.\(part)",
                                   message: "the contract budget exceeds the national amount of \(known) (\(sizeClass), \(rulebook.id), \(national.source))",
                                   value: budget.plainDescription)
            }
            if budget < known {
                warnings.append(FundingWarning(.budgetBelowNational, path: "missions[\(index)].budget.\(part)",
                                               message: "contract budget \(budget) is below the national amount of \(known)"))
            }
            return Resolved(amount: budget, source: .contract, confidence: .contract)
        case (let budget?, nil):
            return Resolved(amount: budget, source: .contract, confidence: .contract)
        case (nil, let known?):
            return Resolved(amount: known, source: national.source, confidence: national.confidence)
        case (nil, nil):
            throw CPTSKitError(.unknownNationalAmount, path: "missions[\(index)].budget.\(part)",
                               message: "the national \(part) amount of \(kind.key) for size \(sizeClass) is unknown in \(rulebook.id); the contract must give it",
                               value: "absent")
        }
    }

    private mutating func checkEnvelope(_ engaged: EngagedMission, envelope: Euros, index: Int) throws(CPTSKitError) {
        var best = Euros.zero
        for i in engaged.indicators.indices { best = try best.adding(engaged.indicators[i].bestCase) }
        if best > envelope {
            let path = "missions[\(index)]"
            throw CPTSKitError(.variableEnvelopeExceeded, path: "\(path).indicators",
                               message: "the indicators' best cases add up to more than the variable envelope of \(envelope)",
                               value: best.description)
        }
        if best < envelope, !engaged.indicators.isEmpty {
            warnings.append(FundingWarning(.envelopeNotFullyAllocated, path: "missions[\(index)].indicators",
                                           message: "the indicators can earn at most \(best) of the \(envelope) variable envelope"))
        }
    }

    private func checkCrisisYears() throws(CPTSKitError) {
        for year in contract.crisisYears.sorted() {
            guard let mission = missions.first(where: { $0.engaged.kind == .crisisResponse }) else {
                throw CPTSKitError(.crisisWithoutMission, path: "crisis_recognised.\(year)",
                                   message: "a crisis is recognised but the crises_sanitaires mission is not engaged", value: "true")
            }
            guard mission.startYear <= year else {
                throw CPTSKitError(.crisisWithoutMission, path: "crisis_recognised.\(year)",
                                   message: "a crisis is recognised before the crises_sanitaires mission starts (\(mission.start))",
                                   value: "true")
            }
        }
    }
}
