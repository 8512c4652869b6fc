// The checks of a plan that compare a contract with its rulebooks: budgets against national
// amounts, indicators against envelopes, deadlines, results reported too early.

extension FundingPlan {
    /// Who wrote a budget: the mission itself, or an amendment (the paths of errors and warnings).
    enum BudgetOwner {
        case mission(Int)
        case amendment(Int)

        /// The path of a budget part (`missions[0].budget.fixed`), built only for a message.
        func path(_ part: String) -> String {
            switch self {
            case .mission(let index): "missions[\(index)].budget.\(part)"
            case .amendment(let index): "amendments[\(index)].budget.\(part)"
            }
        }

        /// The path of the indicators in force (`missions[0].indicators`, `amendments[1].indicators`).
        var indicatorsPath: String {
            switch self {
            case .mission(let index): "missions[\(index)].indicators"
            case .amendment(let index): "amendments[\(index)].indicators"
            }
        }
    }

    /// A contract budget where given (never above a known national amount), else the national amount.
    mutating func resolve(_ budget: Euros?, _ national: Figure<Euros>, owner: BudgetOwner, part: String, kind: MissionKind,
                          size: SizeClass, rulebook book: Rulebook, year: Int, paying key: RulebookFigureKey? = nil)
        throws(CPTSKitError) -> Resolved
    {
        var path: String { owner.path(part) }
        if let key { findings.noteFigure(key, of: book, paid: budget == nil) }
        switch (budget, national.value(inYear: year)) {
        case (let budget?, let known?):
            if budget > known {
                throw CPTSKitError(.budgetAboveNational, path: path,
                                   message: BilingualText(fr: "le budget du contrat dépasse le montant national de \(known.frenchDescription) (\(size), \(book.id), \(national.source))", en: "the contract budget exceeds the national amount of \(known.englishDescription) (\(size), \(book.id), \(national.source))"),
                                   value: budget.plainDescription)
            }
            if budget < known {
                findings.warn(FundingWarning(.budgetBelowNational, path: path,
                                    message: BilingualText(fr: "\(kind.label(in: .french)) : le budget du contrat, \(budget.frenchDescription), est inférieur au montant national de \(known.frenchDescription) — sans ce montant, le contrat recevrait le national",
                                                           en: "\(kind.label(in: .english)): contract budget \(budget.englishDescription) is below the national amount of \(known.englishDescription) — without it, the contract would receive the national amount"),
                                    value: budget.plainDescription))
            }
            return Resolved(amount: budget, source: .contract, confidence: .ownContract)
        case (let budget?, nil):
            return Resolved(amount: budget, source: .contract, confidence: .ownContract)
        case (nil, let known?):
            return Resolved(amount: known, source: national.source, confidence: national.confidence)
        case (nil, nil):
            throw CPTSKitError(.unknownNationalAmount, path: path,
                               message: BilingualText(fr: "le montant national \(part) de \(kind.key) pour la taille \(size) est inconnu dans \(book.id) ; le contrat doit le donner", en: "the national \(part) amount of \(kind.key) for size \(size) is unknown in \(book.id); the contract must give it"),
                               value: "absent")
        }
    }

    /// The indicators' best cases stay within the variable envelope (`owner` wrote the indicators).
    mutating func checkEnvelope(_ indicators: [Indicator], envelope: Euros, owner: BudgetOwner, kind: MissionKind) throws(CPTSKitError) {
        var path: String { owner.indicatorsPath }
        var best = Euros.zero
        for i in indicators.indices { best = try best.adding(indicators[i].bestCase) }
        if best > envelope {
            throw CPTSKitError(.variableEnvelopeExceeded, path: path,
                               message: BilingualText(fr: "les meilleurs cas des indicateurs dépassent ensemble l'enveloppe variable de \(envelope.frenchDescription)", en: "the indicators' best cases add up to more than the variable envelope of \(envelope.englishDescription)"),
                               value: best.plainDescription)
        }
        if best < envelope, !indicators.isEmpty {
            findings.warn(FundingWarning(.envelopeNotFullyAllocated, path: path,
                                message: BilingualText(fr: "\(kind.label(in: .french)) : les indicateurs peuvent rapporter au plus \(best.frenchDescription) de l'enveloppe variable de \(envelope.frenchDescription) — le reste ne peut pas être versé",
                                                       en: "\(kind.label(in: .english)): the indicators can earn at most \(best.englishDescription) of the \(envelope.englishDescription) variable envelope — the rest cannot be paid"),
                                value: best.plainDescription))
        }
    }

    /// Start and deployment deadlines, counted from the signature or, for a mission a later
    /// rulebook introduced, from the day that rulebook applies to the contract.
    mutating func deadlineWarnings(for mission: Mission, asOf: CalendarDate?) {
        let (start, deployment) = timeline.deadlines(of: mission)
        // Sentences for people: the mission's name, what happened, what to do; the path says the field.
        let name = BilingualText(fr: mission.kind.label(in: .french), en: mission.kind.label(in: .english))
        var path: String { "missions[\(mission.index)]" }
        let reference = mission.definedFrom
        func counted(_ months: Int) -> BilingualText {
            reference == contract.signedOn
                ? BilingualText(fr: "\(months) mois après la signature", en: "\(months) months after signature")
                : BilingualText(fr: "\(months) mois après le \(reference.frenchDescription), début de l'application de \(rulebooks[mission.definingRulebook].id) au contrat",
                                en: "\(months) months after \(reference.englishDescription), when \(rulebooks[mission.definingRulebook].id) began to apply to the contract")
        }
        var end: CalendarDate { contract.effectiveEnd }
        if let (months, deadline) = start {
            if mission.start > deadline {
                let message = BilingualText(
                    fr: "\(name.french) : démarrage le \(mission.start.frenchDescription), après son échéance du \(deadline.frenchDescription) (\(counted(months).french))",
                    en: "\(name.english): started on \(mission.start.englishDescription), after its deadline of \(deadline.englishDescription) (\(counted(months).english))")
                findings.warn(FundingWarning(.startDeadlineMissed, path: "\(path).starts_on", message: message, value: mission.start.description))
            }
            if let asOf, deadline < asOf, deadline < end, mission.start > asOf {
                findings.warn(FundingWarning(.deadlinePassed, path: "\(path).starts_on",
                                    message: BilingualText(fr: "\(name.french) : pas encore démarrée au \(asOf.frenchDescription), échéance de démarrage dépassée le \(deadline.frenchDescription) — si elle a démarré, corrigez `starts_on`",
                                                           en: "\(name.english): not started as of \(asOf.englishDescription), start deadline passed on \(deadline.englishDescription) — if it has started, correct `starts_on`"),
                                    value: deadline.description))
            }
        }
        // The deployment deadline matters only with a deployment date or an as-of date.
        guard mission.engaged.deployedOn != nil || asOf != nil else { return }
        if let (months, deadline) = deployment {
            let deployed = mission.engaged.deployedOn
            if let deployed, deployed > deadline {
                let message = BilingualText(
                    fr: "\(name.french) : déployée le \(deployed.frenchDescription), après son échéance du \(deadline.frenchDescription) (\(counted(months).french))",
                    en: "\(name.english): deployed on \(deployed.englishDescription), after its deadline of \(deadline.englishDescription) (\(counted(months).english))")
                findings.warn(FundingWarning(.deploymentDeadlineMissed, path: "\(path).deployed_on", message: message, value: deployed.description))
            }
            if let asOf, deadline < asOf, deadline < end, deployed.map({ $0 > asOf }) ?? true {
                let what = deployed == nil
                    ? BilingualText(fr: "date de déploiement non renseignée", en: "no deployment date recorded")
                    : BilingualText(fr: "pas encore déployée au \(asOf.frenchDescription)", en: "not deployed as of \(asOf.englishDescription)")
                findings.warn(FundingWarning(.deadlinePassed, path: "\(path).deployed_on",
                                    message: BilingualText(fr: "\(name.french) : \(what.french), échéance de déploiement dépassée le \(deadline.frenchDescription) — ajoutez `deployed_on`",
                                                           en: "\(name.english): \(what.english), deployment deadline passed on \(deadline.englishDescription) — add `deployed_on`"),
                                    value: deadline.description))
            }
        }
    }

    /// Results given for a contract year whose last day is after the as-of date.
    mutating func checkReportedResults(asOf: CalendarDate) {
        for year in years where contract.results[year.number] != nil {
            let end = min(year.end, terminatedOn ?? year.end)
            let lastDay = (try? end.adding(days: -1)) ?? end
            if lastDay > asOf {
                findings.warn(FundingWarning(.resultsBeforeYearEnd, path: "results.\(year.number)",
                                    message: BilingualText(fr: "des résultats sont déclarés pour l'année \(year.number), qui finit le \(lastDay.frenchDescription), après le \(asOf.frenchDescription) : l'année n'est pas terminée — ses mesures intermédiaires vont dans `progress`",
                                                           en: "results are reported for year \(year.number), which ends on \(lastDay.englishDescription), after \(asOf.englishDescription): the year is not over — its interim measurements go in `progress`"),
                                    value: lastDay.description))
            }
        }
    }
}
