extension FundingPlan {
    /// The recipe of the contract: every line its statements can hold, in statement order.
    ///
    /// *Fonctionnement*, the start-up supplement, then for each engaged mission in contract order:
    /// its fixed part, its crisis activation, its indicators.
    func makeTemplates() -> [LineTemplate] {
        var templates: [LineTemplate] = []
        templates.reserveCapacity(2 + missions.reduce(0) { $0 + 2 + $1.engaged.indicators.count })
        templates.append(LineTemplate(kind: .fonctionnement, mission: nil, years: LineTemplate.years(from: 1),
                                      base: fonctionnement.amount, rule: .fonctionnementAnnual, source: fonctionnement.source,
                                      confidence: fonctionnement.confidence))
        if let supplement = startUpSupplement {
            templates.append(LineTemplate(kind: .startUpSupplement, mission: nil, years: 1, base: supplement.amount,
                                          rule: .startUpSupplement, source: supplement.source, confidence: supplement.confidence))
        }
        var crisis: UInt8 = 0
        for year in contract.crisisYears where (1...ACIContract.yearCount).contains(year) { crisis |= UInt8(1) << UInt8(year - 1) }
        for (index, mission) in missions.enumerated() {
            let kind = mission.engaged.kind
            let active = LineTemplate.years(from: mission.startYear)
            let share = fixedShare(of: mission)
            templates.append(LineTemplate(kind: .fixedPart, mission: kind, years: active, base: mission.fixed.amount,
                                          firstYear: mission.startYear, firstShare: share, rule: .fixedPart,
                                          source: mission.fixed.source, confidence: mission.fixed.confidence))
            if let activated = mission.activated, crisis & active != 0 {
                templates.append(LineTemplate(kind: .crisisActivation, mission: kind, years: crisis & active,
                                              base: activated.amount, rule: .crisisActivation, source: activated.source,
                                              confidence: activated.confidence))
            }
            let indicators = mission.engaged.indicators
            for i in indicators.indices {
                // Indicator amounts are written in the contract itself, whatever the envelope's source.
                templates.append(LineTemplate(kind: .indicator, mission: kind, years: active,
                                              base: indicators[i].payout.bestCase, firstYear: mission.startYear,
                                              firstShare: prorateVariable ? share : .one, missionIndex: index,
                                              indicatorIndex: i, indicator: indicators[i].id,
                                              rule: FundingRule(paying: indicators[i].payout), source: .contract,
                                              confidence: .contract))
            }
        }
        return templates
    }
}
