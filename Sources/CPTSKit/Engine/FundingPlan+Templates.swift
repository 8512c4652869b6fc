extension FundingPlan {
    /// The recipe of the contract: every line its statements can hold, in statement order.
    ///
    /// *Fonctionnement*, the start-up supplement, then for each engaged mission in contract order:
    /// its fixed part, its crisis activation, its indicators.
    func makeTemplates() -> [LineTemplate] {
        var templates: [LineTemplate] = []
        var capacity = 2
        for index in missions.indices { capacity += 2 + missions[index].engaged.indicators.count }
        templates.reserveCapacity(capacity)
        templates.append(LineTemplate(kind: .fonctionnement, mission: nil, years: LineTemplate.years(from: 1),
                                      base: fonctionnement.amount, rule: .fonctionnementAnnual))
        if let supplement = startUpSupplement {
            templates.append(LineTemplate(kind: .startUpSupplement, mission: nil, years: 1, base: supplement.amount,
                                          rule: .startUpSupplement))
        }
        var crisis: UInt8 = 0
        for year in contract.crisisYears where (1...ACIContract.yearCount).contains(year) { crisis |= UInt8(1) << UInt8(year - 1) }
        // Missions and indicators are read in place: copying one would retain all its strings.
        for index in missions.indices {
            let kind = missions[index].engaged.kind
            let active = LineTemplate.years(from: missions[index].startYear)
            // The fixed part is prorated in the mission's start year, from its start to the next anniversary.
            let share = basis.share(from: missions[index].start, of: years[missions[index].startYear - 1])
            templates.append(LineTemplate(kind: .fixedPart, mission: kind, years: active, base: missions[index].fixed.amount,
                                          firstYear: missions[index].startYear, firstShare: share, missionIndex: index,
                                          rule: .fixedPart))
            if let activated = missions[index].activated, crisis & active != 0 {
                templates.append(LineTemplate(kind: .crisisActivation, mission: kind, years: crisis & active,
                                              base: activated.amount, missionIndex: index, rule: .crisisActivation))
            }
            for i in missions[index].engaged.indicators.indices {
                templates.append(LineTemplate(kind: .indicator, mission: kind, years: active,
                                              base: missions[index].engaged.indicators[i].bestCase,
                                              firstYear: missions[index].startYear, firstShare: prorateVariable ? share : .one,
                                              missionIndex: index, indicatorIndex: i,
                                              rule: FundingRule(paying: missions[index].engaged.indicators[i].payout)))
            }
        }
        return templates
    }

    /// Where a template's base comes from, and how firmly it is established.
    ///
    /// Indicator amounts are written in the contract itself, whatever the envelope's source.
    @inline(__always)
    func provenance(of template: LineTemplate) -> (source: SourceReference, confidence: Confidence) {
        let m = Int(template.missionIndex)
        switch template.kind {
        case .fonctionnement: return (fonctionnement.source, fonctionnement.confidence)
        case .startUpSupplement: return (startUpSupplement?.source ?? fonctionnement.source,
                                         startUpSupplement?.confidence ?? fonctionnement.confidence)
        case .fixedPart: return (missions[m].fixed.source, missions[m].fixed.confidence)
        case .crisisActivation: return (missions[m].activated?.source ?? missions[m].fixed.source,
                                        missions[m].activated?.confidence ?? missions[m].fixed.confidence)
        case .indicator: return (.contract, .contract)
        }
    }

    /// The provenance of a template's line in a year, as the compiled path stores it.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - year: The contract year; `nil` for a year with a whole share.
    func term(of template: LineTemplate, in year: Int? = nil) -> FundingTerm {
        let (source, confidence) = provenance(of: template)
        let indicator = template.kind == .indicator
            ? missions[Int(template.missionIndex)].engaged.indicators[Int(template.indicatorIndex)].id : nil
        return FundingTerm(volet: template.volet, mission: template.mission, part: template.part, indicator: indicator,
                           rule: year.map(template.rule(in:)) ?? template.rule, source: source, confidence: confidence)
    }
}
