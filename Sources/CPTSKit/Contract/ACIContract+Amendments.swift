// What a contract's amendments mean year by year, and the checks that do not need a rulebook:
// dates inside the term and in order, missions engaged, nothing after a termination.

extension ACIContract {
    /// The first day without a contract when an amendment terminates it early.
    public var terminatedOn: CalendarDate? {
        for amendment in amendments where amendment.change == .termination { return amendment.effectiveOn }
        return nil
    }

    /// The first day without a contract: the termination, else the fifth anniversary.
    public var effectiveEnd: CalendarDate { terminatedOn ?? end }

    /// The contract years that have at least one day of contract (all five unless terminated early).
    public var activeYears: [ContractYear] {
        guard let terminatedOn else { return years }
        return years.filter { $0.start < terminatedOn }
    }

    /// The number of the first contract year that starts on or after `date`; 6 when none does.
    ///
    /// Amendments of budgets, indicators and population take effect from that year.
    ///
    /// - Parameter date: A date.
    public func firstYear(startingOnOrAfter date: CalendarDate) -> Int {
        years.first { $0.start >= date }?.number ?? ACIContract.yearCount + 1
    }

    /// The indicators of a mission in force in a year, and the amendment that set them (`nil`
    /// for the mission's own).
    ///
    /// - Parameters:
    ///   - index: The mission's position in ``missions``.
    ///   - year: The contract year.
    public func indicators(ofMission index: Int, inYear year: Int) -> (indicators: [Indicator], amendment: Int?) {
        var current = (indicators: missions[index].indicators, amendment: Int?.none)
        let kind = missions[index].kind
        for (position, amendment) in amendments.enumerated() {
            guard case .indicators(kind, let list) = amendment.change,
                  firstYear(startingOnOrAfter: amendment.effectiveOn) <= year else { continue }
            current = (list, position)
        }
        return current
    }

    /// The declared population in force in a year, and the amendment that set it (`nil` for the
    /// population declared at signature).
    ///
    /// - Parameter year: The contract year.
    public func population(inYear year: Int) -> (population: Int, amendment: Int?) {
        var current = (population: cpts.population, amendment: Int?.none)
        for (position, amendment) in amendments.enumerated() {
            guard case .population(let population) = amendment.change,
                  firstYear(startingOnOrAfter: amendment.effectiveOn) <= year else { continue }
            current = (population, position)
        }
        return current
    }

    func checkAmendments() throws(CPTSKitError) {
        let lastDay = (try? end.adding(days: -1)) ?? end
        var previous: CalendarDate? = nil
        var termination: Int? = nil
        for (index, amendment) in amendments.enumerated() {
            let path = "amendments[\(index)]"
            if let termination {
                throw CPTSKitError(.afterTermination, path: path,
                                   message: BilingualText(fr: "rien ne peut suivre la résiliation d'amendments[\(termination)] (\(amendments[termination].effectiveOn))", en: "nothing may follow the termination of amendments[\(termination)] (\(amendments[termination].effectiveOn))"),
                                   value: amendment.change.key)
            }
            guard amendment.effectiveOn > signedOn, amendment.effectiveOn <= lastDay else {
                throw CPTSKitError(.dateOutOfContract, path: "\(path).effective_on",
                                   message: BilingualText(fr: "un avenant prend effet après la signature (\(signedOn)) et au plus tard le dernier jour du contrat (\(lastDay))", en: "an amendment takes effect after the signature (\(signedOn)) and at the latest on the contract's last day (\(lastDay))"),
                                   value: amendment.effectiveOn.description)
            }
            if let previous, amendment.effectiveOn < previous {
                throw CPTSKitError(.amendmentOutOfOrder, path: "\(path).effective_on",
                                   message: BilingualText(fr: "les avenants sont listés par date ; amendments[\(index - 1)] prend effet le \(previous)", en: "amendments are listed in date order; amendments[\(index - 1)] takes effect on \(previous)"),
                                   value: amendment.effectiveOn.description)
            }
            previous = amendment.effectiveOn
            if let kind = amendment.change.mission, !missions.contains(where: { $0.kind == kind }) {
                if kind.declaration == nil {
                    throw CPTSKitError(.unknownMission, path: "\(path).mission",
                                       message: BilingualText(fr: "mission inconnue : aucune règle ne la déclare et le contrat ne l'engage pas", en: "unknown mission: no rulebook declares it and the contract does not engage it"),
                                       value: kind.key)
                }
                throw CPTSKitError(.missionNotEngaged, path: "\(path).mission",
                                   message: BilingualText(fr: "le contrat n'engage pas cette mission", en: "the contract does not engage this mission"), value: kind.key)
            }
            if amendment.change == .termination { termination = index }
        }
    }

    func checkDeployment(of mission: EngagedMission, index: Int) throws(CPTSKitError) {
        guard let deployed = mission.deployedOn else { return }
        let start = mission.startsOn ?? signedOn
        guard deployed >= start, deployed < effectiveEnd else {
            throw CPTSKitError(.dateOutOfContract, path: "missions[\(index)].deployed_on",
                               message: BilingualText(fr: "une mission est déployée à partir de son démarrage (\(start)) et avant la fin du contrat (\(effectiveEnd))", en: "a mission is deployed on or after its start (\(start)) and before the contract ends (\(effectiveEnd))"),
                               value: deployed.description)
        }
    }

    /// Indicator ids stay unique among the indicators in force in each year.
    func checkAmendedIndicators() throws(CPTSKitError) {
        for (position, amendment) in amendments.enumerated() {
            guard case .indicators(let kind, let list) = amendment.change else { continue }
            let year = firstYear(startingOnOrAfter: amendment.effectiveOn)
            guard year <= ACIContract.yearCount else { continue }
            for (index, mission) in missions.enumerated() where mission.kind != kind {
                let others = Set(indicators(ofMission: index, inYear: year).indicators.map(\.id))
                for (i, indicator) in list.enumerated() where others.contains(indicator.id) {
                    throw CPTSKitError(.duplicateIndicator, path: "amendments[\(position)].indicators[\(i)].id",
                                       message: BilingualText(fr: "un indicateur de missions[\(index)] en vigueur l'année \(year) a le même identifiant", en: "an indicator of missions[\(index)] in force in year \(year) has the same id"),
                                       value: indicator.id)
                }
            }
        }
    }

    /// Missions, results and crises after a termination are errors.
    func checkNothingAfterTermination() throws(CPTSKitError) {
        guard let terminatedOn, let index = amendments.firstIndex(where: { $0.change == .termination }) else { return }
        let reason = BilingualText(fr: "le contrat prend fin le \(terminatedOn) (amendments[\(index)])",
                                   en: "the contract ends on \(terminatedOn) (amendments[\(index)])")
        for (position, mission) in missions.enumerated() where (mission.startsOn ?? signedOn) >= terminatedOn {
            throw CPTSKitError(.afterTermination, path: "missions[\(position)].starts_on",
                               message: BilingualText(fr: "une mission ne peut pas démarrer après la fin : \(reason.french)", en: "a mission cannot start after the end: \(reason.english)"),
                               value: (mission.startsOn ?? signedOn).description)
        }
        let ended = years.filter { $0.start >= terminatedOn }.map(\.number)
        for year in results.keys.sorted() where ended.contains(year) {
            throw CPTSKitError(.afterTermination, path: "results.\(year)",
                               message: BilingualText(fr: "l'année \(year) commence après la fin : \(reason.french)", en: "year \(year) starts after the end: \(reason.english)"), value: "\(year)")
        }
        for (kind, year) in allActivations where ended.contains(year) {
            throw CPTSKitError(.afterTermination, path: activationPath(kind, year),
                               message: BilingualText(fr: "l'année \(year) commence après la fin : \(reason.french)", en: "year \(year) starts after the end: \(reason.english)"), value: "true")
        }
    }
}
