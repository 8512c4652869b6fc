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
}

extension FundingPlan {
    /// The share of a mission's fixed part owed for a year: prorated in its start year (`§5`), else one.
    func fixedShare(of mission: Mission, in year: ContractYear) -> Fraction {
        mission.startYear == year.number ? basis.share(from: mission.start, of: year) : .one
    }

    /// Checks `contract` against `rulebook` and resolves every amount.
    init(contract: ACIContract, rulebook: Rulebook) throws(CPTSKitError) {
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
        for (index, engaged) in contract.missions.enumerated() {
            missions.append(try plan(engaged, index: index))
        }
        try checkCrisisYears()
        for kind in MissionKind.allCases where kind.category == .socle && rulebook.mission(kind) != nil
            && !contract.missions.contains(where: { $0.kind == kind }) {
            warnings.append(FundingWarning(.socleMissionNotEngaged, path: "missions",
                                           message: "socle mission \(kind.key) (\(kind.label)) is not engaged"))
        }
    }

    private mutating func plan(_ engaged: EngagedMission, index: Int) throws(CPTSKitError) -> Mission {
        let path = "missions[\(index)]"
        guard let rule = rulebook.mission(engaged.kind) else {
            throw CPTSKitError(.missionNotInRulebook, path: "\(path).mission",
                               message: "rulebook \(rulebook.id) does not define this mission", value: engaged.kind.key)
        }
        let start = engaged.startsOn ?? contract.signedOn
        if let months = rule.startDeadlineMonths?.value, let deadline = try? contract.signedOn.adding(months: months),
           start > deadline {
            warnings.append(FundingWarning(.startDeadlineMissed, path: "\(path).starts_on",
                                           message: "\(engaged.kind.key) starts on \(start), after its deadline of \(months) months from signature (\(deadline))"))
        }
        let fixed = try resolve(engaged.budget.fixed, rule.fixed[sizeClass], "\(path).budget.fixed", engaged.kind, "fixed")
        var variable: Resolved? = nil
        if let row = rule.variable {
            variable = try resolve(engaged.budget.variable, row[sizeClass], "\(path).budget.variable", engaged.kind, "variable")
        }
        var activated: Resolved? = nil
        if let row = rule.activated {
            activated = try resolve(engaged.budget.activated, row[sizeClass], "\(path).budget.activated", engaged.kind, "activated")
        }
        try checkEnvelope(engaged, envelope: variable?.amount ?? .zero, path: path)
        return Mission(index: index, engaged: engaged, start: start, startYear: contract.startYearNumber(of: start),
                       fixed: fixed, variable: variable, activated: activated)
    }

    private mutating func resolve(_ budget: Euros?, _ national: Figure<Euros>, _ path: String, _ kind: MissionKind,
                                  _ part: String) throws(CPTSKitError) -> Resolved {
        switch (budget, national.value) {
        case (let budget?, let known?):
            if budget > known {
                throw CPTSKitError(.budgetAboveNational, path: path,
                                   message: "the contract budget exceeds the national amount of \(known) (\(sizeClass), \(rulebook.id), \(national.source))",
                                   value: budget.plainDescription)
            }
            if budget < known {
                warnings.append(FundingWarning(.budgetBelowNational, path: path,
                                               message: "contract budget \(budget) is below the national amount of \(known)"))
            }
            return Resolved(amount: budget, source: .contract, confidence: .contract)
        case (let budget?, nil):
            return Resolved(amount: budget, source: .contract, confidence: .contract)
        case (nil, let known?):
            return Resolved(amount: known, source: national.source, confidence: national.confidence)
        case (nil, nil):
            throw CPTSKitError(.unknownNationalAmount, path: path,
                               message: "the national \(part) amount of \(kind.key) for size \(sizeClass) is unknown in \(rulebook.id); the contract must give it",
                               value: "absent")
        }
    }

    private mutating func checkEnvelope(_ engaged: EngagedMission, envelope: Euros, path: String) throws(CPTSKitError) {
        let best = try Euros.sum(engaged.indicators.map(\.payout.bestCase))
        if best > envelope {
            throw CPTSKitError(.variableEnvelopeExceeded, path: "\(path).indicators",
                               message: "the indicators' best cases add up to more than the variable envelope of \(envelope)",
                               value: best.description)
        }
        if best < envelope, !engaged.indicators.isEmpty {
            warnings.append(FundingWarning(.envelopeNotFullyAllocated, path: "\(path).indicators",
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
