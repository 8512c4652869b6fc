extension FundingEngine {
    /// The review of one contract year.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - year: The contract year, 1…5.
    /// - Returns: The review.
    /// - Throws: ``CPTSKitError`` as ``funding(for:rulebook:)``; `yearOutOfContract` outside 1…5.
    public func review(for contract: ACIContract, year: Int) throws(CPTSKitError) -> YearReview {
        let (funding, schedule) = try fundingAndSchedule(for: contract)
        guard (1...funding.years.count).contains(year) else {
            throw CPTSKitError(.yearOutOfContract, path: "year", message: "contract years are numbered 1 to \(funding.years.count)",
                               value: "\(year)")
        }
        let statement = funding.years[year - 1]
        var fonctionnement = Euros.zero
        var sections: [YearReview.MissionSection] = []
        for line in statement.lines where line.volet == .fonctionnement { fonctionnement = try fonctionnement.adding(line.amount) }
        for mission in contract.missions {
            let lines = statement.lines.filter { $0.mission == mission.kind }
            guard let fixed = lines.first(where: { $0.part == .fixed }) else { continue }
            var rows: [YearReview.IndicatorRow] = []
            var earned = Euros.zero, possible = Euros.zero
            for line in lines where line.part == .variable {
                guard let id = line.indicator, let indicator = mission.indicators.first(where: { $0.id == id }) else { continue }
                let assessed = line.status == .assessed
                rows.append(YearReview.IndicatorRow(
                    id: id, label: indicator.label, objective: Self.objective(of: indicator.payout), baseline: indicator.baseline,
                    result: line.result, tierReached: line.tierReached, earned: line.amount, bestCase: line.bestCase,
                    leftOnTable: assessed ? try line.bestCase.subtracting(line.amount) : .zero, status: line.status))
                if assessed { earned = try earned.adding(line.amount) }
                possible = try possible.adding(line.bestCase)
            }
            sections.append(YearReview.MissionSection(
                mission: mission.kind, fixed: fixed.amount, activation: lines.first { $0.part == .crisisActivation }?.amount,
                indicators: rows, earned: earned, possible: possible))
        }
        var advances = Euros.zero, balance = Euros.zero
        for payment in schedule.payments {
            for settlement in payment.settles where settlement.year == year && !settlement.isPending {
                if payment.dueOn < statement.year.end {
                    advances = try advances.adding(settlement.amount)
                } else {
                    balance = try balance.adding(settlement.amount)
                }
            }
        }
        var warnings = funding.warnings.filter { $0.kind != .envelopeNotFullyAllocated }.map(\.description)
        warnings += statement.warnings.map(\.description)
        if contract.results[year] == nil {
            warnings.append("année \(year) non évaluée : les parts variables sont en attente de résultats")
        }
        return YearReview(cpts: funding.cpts, sizeClass: funding.sizeClass, rulebook: funding.rulebook, year: statement.year,
                          isAssessed: contract.results[year] != nil, fonctionnement: fonctionnement, missions: sections,
                          total: statement.total, maxTotal: statement.maxTotal, advancesPaid: advances, balanceDue: balance,
                          warnings: warnings)
    }

    /// An indicator's objective in French: its tiers, its target or its action.
    static func objective(of payout: Payout) -> String {
        switch payout {
        case .allOrNothing(let amount):
            return "action réalisée → \(amount)"
        case .proportional(let target, let amount):
            return "\(amount) × résultat ÷ \(FrenchText.decimal(target)), plafonné"
        case .tiers(let better, _):
            return payout.ladder.map { "\(better.symbol) \(FrenchText.decimal($0.tier.reach)) → \($0.tier.amount)" }
                .joined(separator: " ; ")
        }
    }
}
