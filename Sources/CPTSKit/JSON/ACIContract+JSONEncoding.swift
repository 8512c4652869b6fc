extension ACIContract {
    /// The contract as a `cpts-contract/1` document.
    ///
    /// Decoding the result gives back an equal contract: amounts are written as strings with
    /// two decimals, results and thresholds as exact decimals, results in indicator order.
    public var jsonValue: JSONValue {
        var root: [(key: String, value: JSONValue)] = [("format", .string(ContractFormat.identifier))]
        root.append(("cpts", cpts.jsonValue))
        root.append(("signed_on", .string(signedOn.description)))
        if let rulebookID { root.append(("rulebook", .string(rulebookID))) }
        if rulebookChanges != .nextAnniversary { root.append(("rulebook_changes", .string(rulebookChanges.rawValue))) }
        root.append(("missions", .array(missions.map(ContractEncoding.mission))))
        if !results.isEmpty {
            var byYear: [(key: String, value: JSONValue)] = []
            for year in results.keys.sorted() {
                let yearResults = results[year] ?? [:]
                var entries: [(key: String, value: JSONValue)] = []
                // The indicators in force that year: an amendment may have replaced a mission's.
                for index in missions.indices {
                    for indicator in indicators(ofMission: index, inYear: year).indicators {
                        if let result = yearResults[indicator.id] { entries.append((indicator.id, ContractEncoding.result(result))) }
                    }
                }
                byYear.append((String(year), .object(entries)))
            }
            root.append(("results", .object(byYear)))
        }
        if !crisisYears.isEmpty {
            root.append(("crisis_recognised", .object(crisisYears.sorted().map { (String($0), JSONValue.bool(true)) })))
        }
        if !activations.isEmpty {
            root.append(("activations", .object(activations.keys.sorted().map { kind in
                (kind.key, JSONValue.object((activations[kind] ?? []).sorted().map { (String($0), JSONValue.bool(true)) }))
            })))
        }
        if !amendments.isEmpty { root.append(("amendments", .array(amendments.map(ContractEncoding.amendment)))) }
        if !progress.isEmpty {
            root.append(("progress", .object(progress.keys.sorted().map { year in
                (String(year), JSONValue.array((progress[year] ?? []).map { measurementValue($0, year: year) }))
            })))
        }
        return .object(root)
    }

    /// A measurement as the file writes it, its values in the order of the indicators in force.
    private func measurementValue(_ measurement: ProgressMeasurement, year: Int) -> JSONValue {
        var entries: [(key: String, value: JSONValue)] = []
        for index in missions.indices {
            for indicator in indicators(ofMission: index, inYear: year).indicators {
                if let result = measurement.results[indicator.id] { entries.append((indicator.id, ContractEncoding.result(result))) }
            }
        }
        return .object([("on", .string(measurement.on.description)), ("results", .object(entries))])
    }

    /// The contract as pretty-printed `cpts-contract/1` JSON text.
    public var jsonText: String { jsonValue.serialized() }
}

/// The pieces of the contract writer.
package enum ContractEncoding {
    static func amount(_ euros: Euros) -> JSONValue { .string(euros.plainDescription) }

    static func exact(_ value: Fraction) -> JSONValue {
        .string(value.decimalDescription)
    }

    package static func result(_ result: IndicatorResult) -> JSONValue {
        switch result {
        case .achieved(let flag): .bool(flag)
        case .measured(let value):
            value.decimalDescription.contains("/") ? .string(value.decimalDescription) : .number(value.decimalDescription)
        }
    }

    static func mission(_ mission: EngagedMission) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("mission", .string(mission.kind.key))]
        if let start = mission.startsOn { members.append(("starts_on", .string(start.description))) }
        if let deployed = mission.deployedOn { members.append(("deployed_on", .string(deployed.description))) }
        if mission.budget != .national { members.append(("budget", budget(mission.budget))) }
        if !mission.themes.isEmpty { members.append(("themes", .array(mission.themes.map { .string($0.key) }))) }
        if !mission.pathways.isEmpty { members.append(("pathways", .array(mission.pathways.map { .string($0.key) }))) }
        if !mission.indicators.isEmpty { members.append(("indicators", .array(mission.indicators.map(indicator)))) }
        return .object(members)
    }

    static func budget(_ budget: MissionBudget) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let fixed = budget.fixed { members.append(("fixed", amount(fixed))) }
        if let variable = budget.variable { members.append(("variable", amount(variable))) }
        if let activated = budget.activated { members.append(("activated", amount(activated))) }
        return .object(members)
    }

    static func amendment(_ amendment: Amendment) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("effective_on", .string(amendment.effectiveOn.description)), ("change", .string(amendment.change.key)),
        ]
        switch amendment.change {
        case .budget(let mission, let value):
            members += [("mission", .string(mission.key)), ("budget", budget(value))]
        case .indicators(let mission, let list):
            members += [("mission", .string(mission.key)), ("indicators", .array(list.map(indicator)))]
        case .population(let population):
            members.append(("population", .number(String(population))))
        case .rulebook(let id):
            members.append(("rulebook", .string(id)))
        case .termination:
            break
        }
        if let note = amendment.note { members.append(("note", .string(note))) }
        return .object(members)
    }

    static func indicator(_ indicator: Indicator) -> JSONValue {
        var payout: [(key: String, value: JSONValue)] = [("type", .string(indicator.payout.typeKey))]
        switch indicator.payout {
        case .allOrNothing(let value):
            payout.append(("amount", amount(value)))
        case .proportional(let target, let value):
            payout.append(("target", exact(target)))
            payout.append(("amount", amount(value)))
        case .tiers(let better, let tiers):
            payout.append(("better", .string(better.rawValue)))
            payout.append(("tiers", .array(tiers.map { .object([("reach", exact($0.reach)), ("amount", amount($0.amount))]) })))
        }
        var members: [(key: String, value: JSONValue)] = [("id", .string(indicator.id)), ("label", .string(indicator.label))]
        if let baseline = indicator.baseline { members.append(("baseline", exact(baseline))) }
        if indicator.measure != .level { members.append(("measure", .string(indicator.measure.rawValue))) }
        members.append(("payout", .object(payout)))
        return .object(members)
    }
}
