extension FundingEngine {
    /// The review of one contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    ///   - asOf: The date of the deadline and reported-results warnings; `nil` for none.
    /// - Returns: The review.
    /// - Throws: ``CPTSKitError`` as ``funding(for:rulebook:asOf:)``; `yearOutOfContract` outside 1…5,
    ///   `afterTermination` for a year after an early termination.
    public func review(for contract: ACIContract, year: Int, asOf: CalendarDate? = nil) throws(CPTSKitError) -> YearReview {
        let (funding, plan) = try fundingAndPlan(for: contract, rulebook: nil, asOf: asOf)
        let schedule = try PaymentSchedule(funding: funding, plan: plan)
        guard (1...ACIContract.yearCount).contains(year) else {
            throw CPTSKitError(.yearOutOfContract, path: "year", message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(ACIContract.yearCount)", en: "contract years are numbered 1 to \(ACIContract.yearCount)"),
                               value: "\(year)")
        }
        guard year <= funding.years.count else {
            throw CPTSKitError(.afterTermination, path: "year",
                               message: BilingualText(fr: "le contrat a pris fin le \(funding.terminatedOn?.description ?? "?"), avant le début de cette année", en: "the contract ended on \(funding.terminatedOn?.description ?? "?"), before this year starts"),
                               value: "\(year)")
        }
        let statement = funding.years[year - 1]
        var fonctionnement = Euros.zero
        var sections: [YearReview.MissionSection] = []
        for line in statement.lines where line.volet == .fonctionnement { fonctionnement = try fonctionnement.adding(line.amount) }
        for mission in contract.missions {
            let lines = statement.lines.filter { $0.mission == mission.kind }
            // A year split by a change on a given day has two fixed lines.
            let fixedLines = lines.filter { $0.part == .fixed }
            guard !fixedLines.isEmpty else { continue }
            let fixed = try Euros.sum(fixedLines.map(\.amount))
            var rows: [YearReview.IndicatorRow] = []
            var earned = Euros.zero, possible = Euros.zero
            for line in lines where line.part == .variable {
                guard let id = line.indicator, let indicator = contract.indicator(withID: id, inYear: year)?.indicator else { continue }
                let assessed = line.status == .assessed
                rows.append(YearReview.IndicatorRow(
                    id: id, label: indicator.label, objective: Self.objective(of: indicator.payout), baseline: indicator.baseline,
                    result: line.result, tierReached: line.tierReached, earned: line.amount, bestCase: line.bestCase,
                    leftOnTable: assessed ? try line.bestCase.subtracting(line.amount) : .zero, status: line.status))
                if assessed { earned = try earned.adding(line.amount) }
                possible = try possible.adding(line.bestCase)
            }
            sections.append(YearReview.MissionSection(
                mission: mission.kind, fixed: fixed, activation: lines.first { $0.part == .crisisActivation }?.amount,
                indicators: rows, earned: earned, possible: possible))
        }
        var advances = Euros.zero, balance = Euros.zero
        let closing = min(statement.year.end, funding.terminatedOn ?? statement.year.end)
        for payment in schedule.payments {
            for settlement in payment.settles where settlement.year == year && !settlement.isPending {
                if payment.dueOn < closing {
                    advances = try advances.adding(settlement.amount)
                } else {
                    balance = try balance.adding(settlement.amount)
                }
            }
        }
        // Sentences for people (the mission's name, what to do): the field's path is in `validate`.
        func text(_ warning: FundingWarning) -> BilingualText {
            BilingualText(fr: warning.message(in: .french), en: warning.message(in: .english))
        }
        var warnings = funding.warnings.filter { $0.kind != .envelopeNotFullyAllocated }.map(text)
        warnings += statement.warnings.map(text)
        if contract.results[year] == nil {
            warnings.append(BilingualText(fr: "année \(year) non évaluée : les parts variables sont en attente de résultats",
                                          en: "year \(year) not assessed: the variable parts await results"))
        }
        return YearReview(cpts: funding.cpts, sizeClass: statement.sizeClass, rulebook: statement.rulebooks.joined(separator: " → "),
                          year: statement.year,
                          isAssessed: contract.results[year] != nil, fonctionnement: fonctionnement, missions: sections,
                          total: statement.total, maxTotal: statement.maxTotal, advancesPaid: advances, balanceDue: balance,
                          warnings: warnings)
    }

    /// An indicator's objective in words: its tiers, its target or its action.
    static func objective(of payout: Payout) -> BilingualText {
        switch payout {
        case .allOrNothing(let amount):
            return BilingualText(fr: "action réalisée → \(amount.frenchDescription)", en: "action achieved → \(amount.englishDescription)")
        case .proportional(let target, let amount):
            return BilingualText(fr: "\(amount.frenchDescription) × résultat ÷ \(FrenchText.decimal(target)), plafonné",
                                 en: "\(amount.englishDescription) × result ÷ \(target.decimalDescription), capped")
        case .tiers(let better, _):
            return BilingualText(
                fr: payout.ladder.map { "\(better.symbol) \(FrenchText.decimal($0.tier.reach)) → \($0.tier.amount.frenchDescription)" }.joined(separator: " ; "),
                en: payout.ladder.map { "\(better.symbol) \($0.tier.reach.decimalDescription) → \($0.tier.amount.englishDescription)" }
                    .joined(separator: "; "))
        }
    }
}
