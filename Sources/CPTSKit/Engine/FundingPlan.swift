/// A contract checked against its rulebooks, with every amount resolved: the engine's input.
///
/// Built once per contract by ``FundingEngine``; each contract year's statement is then a pure
/// function of the plan. It has three parts, each read on its own:
///
/// - ``timeline``: which rulebook, size class, budgets and indicators apply on each day of the
///   contract's term (``ContractTimeline``);
/// - ``recipe``: every line the statements can hold, written once as templates with their
///   provenance (``LineRecipe``, built by `FundingPlan+Templates.swift`);
/// - ``findings``: the warnings the checks wrote and the figures of a rulebook under study the
///   lines met (``PlanFindings``; the checks are `FundingPlan+Checks.swift`).
///
/// The evaluation of a template in a year (`FundingEngine.statement(of:year:)`), the payment
/// calendar (`FundingPlan+Calendar.swift`) and the totals (`FundingPlan+Totals.swift`) read them.
struct FundingPlan: Sendable {
    typealias Resolved = ContractTimeline.Resolved
    typealias Period = ContractTimeline.Period
    typealias Mission = ContractTimeline.Mission
    typealias Year = ContractTimeline.Year
    typealias Segment = ContractTimeline.Segment
    typealias Origin = LineRecipe.Origin

    /// The contract's term under its rulebooks.
    var timeline: ContractTimeline
    /// The lines of its statements, described once.
    var recipe = LineRecipe()
    /// Its warnings, and the figures under study its lines met.
    var findings: PlanFindings

    // What the recipe, the checks and the engine read of the timeline.
    var contract: ACIContract { timeline.contract }
    var rulebook: Rulebook { timeline.rulebook }
    var rulebooks: [Rulebook] { timeline.rulebooks }
    var periods: [Period] { timeline.periods }
    var sizeClass: SizeClass { timeline.sizeClass }
    var years: [ContractYear] { timeline.years }
    var yearContexts: [Year] { timeline.yearContexts }
    var missions: [Mission] { timeline.missions }
    var rounding: RoundingRule { timeline.rounding }
    var roundsAlike: Bool { timeline.roundsAlike }
    var terminatedOn: CalendarDate? { timeline.terminatedOn }
    var catchUpDue: CalendarDate? { timeline.catchUpDue }
    var isStatic: Bool { timeline.isStatic }
    var isAmended: Bool { timeline.isAmended }
}

extension FundingPlan {
    /// Checks `contract` against its rulebooks and resolves every amount.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - rulebook: The rulebook it starts under.
    ///   - registry: Where later rulebooks and those named by amendments are found.
    ///   - asOf: The date of the deadline and reported-results warnings; `nil` for none.
    ///   - collectWarnings: Whether to write the contract-level warnings (every check still runs).
    ///   - recordingFiguresOf: A rulebook whose paid figures ``PlanFindings/figuresRead`` records; `nil` for none.
    init(contract: ACIContract, rulebook: Rulebook, registry: RulebookRegistry = .standard, asOf: CalendarDate? = nil,
         collectWarnings: Bool = true, recordingFiguresOf recorded: String? = nil) throws(CPTSKitError)
    {
        timeline = try ContractTimeline(contract: contract, rulebook: rulebook, registry: registry)
        findings = PlanFindings(collectsWarnings: collectWarnings, recordsFiguresOf: recorded)
        if collectWarnings, contract.rulebookID == rulebook.id { warnAboutNamedRulebook(registry: registry) }
        try makeTemplates(asOf: asOf)
        try checkActivations()
        for kind in (collectWarnings ? timeline.declaredMissions : []) where kind.category == .socle
            && !contract.missions.contains(where: { $0.kind == kind }) {
            findings.warnings.append(FundingWarning(.socleMissionNotEngaged, path: "missions",
                                           message: BilingualText(fr: "\(kind.label(in: .french)) : mission socle non engagée — ajoutez-la à `missions` (\(kind.key))",
                                                                  en: "\(kind.label(in: .english)): socle mission not engaged — add it to `missions` (\(kind.key))"),
                                           value: kind.key))
        }
        if collectWarnings, let asOf { checkReportedResults(asOf: asOf) }
    }

    /// Warns when the rulebook a contract names is not the one in force on its signature: not yet
    /// in force then (real contracts signed in December 2021 carry avenant 2's budgets), or already
    /// superseded by a later one (the contract stays under what it names).
    private mutating func warnAboutNamedRulebook(registry: RulebookRegistry) {
        let signedOn = contract.signedOn
        if let effective = rulebook.effectiveFrom.value, effective > signedOn {
            findings.warnings.append(FundingWarning(.rulebookNotYetInForce, path: "rulebook",
                                           message: BilingualText(
                                               fr: "les règles \(rulebook.id) entrent en vigueur le \(effective.frenchDescription), après la signature du \(signedOn.frenchDescription)",
                                               en: "rulebook \(rulebook.id) enters into force on \(effective), after the signature on \(signedOn)"),
                                           value: rulebook.id))
        } else if let inForce = try? registry.rulebook(inForceOn: signedOn), inForce.id != rulebook.id {
            let since = inForce.effectiveFrom.value.map { " (\($0))" } ?? ""
            let sinceFr = inForce.effectiveFrom.value.map { " (\($0.frenchDescription))" } ?? ""
            findings.warnings.append(FundingWarning(.rulebookSuperseded, path: "rulebook",
                                           message: BilingualText(
                                               fr: "le contrat nomme les règles \(rulebook.id), mais \(inForce.id) est en vigueur à sa signature du \(signedOn.frenchDescription)\(sinceFr) : il reste sous \(rulebook.id), les règles postérieures à la signature l'atteignent",
                                               en: "the contract names rulebook \(rulebook.id), but \(inForce.id) is in force on its signature on \(signedOn)\(since): it stays under \(rulebook.id), and rulebooks dated after the signature reach it"),
                                           value: inForce.id))
        }
    }

    /// Each activation the contract records names an engaged mission that its rulebook pays an
    /// activation amount, in a year the mission has started.
    private func checkActivations() throws(CPTSKitError) {
        try contract.checkActivations { kind in
            guard let mission = missions.first(where: { $0.engaged.kind == kind }) else { return nil }
            let book = rulebooks[mission.definingRulebook]
            let pays = book.missionIndex(kind).map { book.missionActivatedFigure(at: $0, .t1) != nil } ?? false
            return (mission.start, mission.startYear, pays)
        }
    }
}
