/// A CPTS's *Accord conventionnel interprofessionnel* contract and the results it reported.
///
/// The tripartite contract (CPTS, CPAM, ARS) runs five years from its signature
/// (ACI 2019). It engages missions with start dates and optional budgets, defines the
/// indicators of their variable parts, and accumulates each assessed year's results and the
/// years in which the ARS recognised a health crisis. This is the value that
/// ``FundingEngine`` turns into statements; `cpts-contract/1` files decode into it.
///
/// The initialiser checks everything that does not depend on a rulebook: distinct missions and
/// indicator ids, dates inside the contract, results for known indicators of the right kind
/// and complete for every assessed year.
public struct ACIContract: Hashable, Sendable {
    /// The number of contract years.
    public static let yearCount = 5

    /// The CPTS that signed.
    public let cpts: CPTS
    /// The signature date; year 1 starts on it.
    public let signedOn: CalendarDate
    /// Whether an assessed year leaves some indicator without result (only a what-if scenario's
    /// contract can): those lines stay pending at their best case.
    private(set) var partiallyAssessed = false
    /// The rulebook named by the contract, or `nil` for the one in force on ``signedOn``.
    public let rulebookID: String?
    /// The engaged missions, in contract order.
    public let missions: [EngagedMission]
    /// Results by contract year (1…5) and indicator id; a year absent is not yet assessed.
    public let results: [Int: [String: IndicatorResult]]
    /// The contract years in which the ARS recognised a serious health crisis (the crisis mission's
    /// activations, `crisis_recognised` in a contract file).
    public let crisisYears: Set<Int>
    /// The contract years in which another mission's activating event happened, by mission, for the
    /// missions a rulebook declares with an activation amount (`activations` in a contract file);
    /// the crisis mission's are ``crisisYears``.
    public let activations: [MissionKind: Set<Int>]
    /// The five contract years, anniversary to anniversary (computed once, at creation).
    public let years: [ContractYear]
    /// How rulebooks that enter into force during the term reach the contract.
    public let rulebookChanges: RulebookChanges
    /// The contract's own amendments, in date order.
    public let amendments: [Amendment]
    /// Interim measurements by contract year (1…5), in date order, each dated inside its year:
    /// what the quarterly follow-up projects (``FundingEngine/followUp(for:year:asOf:)``). They
    /// change no amount; ``with(progress:)`` sets them.
    public let progress: [Int: [ProgressMeasurement]]

    /// Creates and checks a contract.
    ///
    /// - Parameters:
    ///   - cpts: The community.
    ///   - signedOn: The signature date.
    ///   - rulebookID: A rulebook identifier, or `nil` for the one in force at signature.
    ///   - missions: The engaged missions, each at most once.
    ///   - results: Results by year (1…5) and indicator id.
    ///   - crisisYears: Years (1…5) with an ARS-recognised crisis.
    ///   - activations: Years (1…5) of another mission's activating event, by mission (not the crisis mission's).
    ///   - rulebookChanges: How later rulebooks reach the contract; the next anniversary by default.
    ///   - amendments: The contract's amendments, in date order.
    /// - Throws: ``CPTSKitError`` with the path of the offending field: `duplicateMission`,
    ///   `duplicateIndicator`, `dateOutOfContract`, `yearOutOfContract`, `unknownIndicator`,
    ///   `wrongResultKind`, `missingResult`, and for amendments `amendmentOutOfOrder`,
    ///   `missionNotEngaged`, `afterTermination`.
    public init(cpts: CPTS, signedOn: CalendarDate, rulebookID: String? = nil, missions: [EngagedMission],
                results: [Int: [String: IndicatorResult]] = [:], crisisYears: Set<Int> = [],
                activations: [MissionKind: Set<Int>] = [:],
                rulebookChanges: RulebookChanges = .nextAnniversary, amendments: [Amendment] = [])
        throws(CPTSKitError)
    {
        try self.init(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions, results: results,
                      crisisYears: crisisYears, activations: activations, rulebookChanges: rulebookChanges,
                      amendments: amendments, progress: [:], partialYears: false)
    }

    /// Creates and checks a contract; with `partialYears`, a year may give results to some of its
    /// indicators only (the others stay pending at their best case): what a what-if scenario that
    /// sets a few results of a pending year describes, never a contract file. `progressChecked`
    /// skips the check of measurements taken from a checked contract of the same signature,
    /// indicators and amendments (a scenario changes none of them).
    init(cpts: CPTS, signedOn: CalendarDate, rulebookID: String?, missions: [EngagedMission],
         results: [Int: [String: IndicatorResult]], crisisYears: Set<Int>, activations: [MissionKind: Set<Int>],
         rulebookChanges: RulebookChanges, amendments: [Amendment], progress: [Int: [ProgressMeasurement]],
         partialYears: Bool, progressChecked: Bool = false)
        throws(CPTSKitError)
    {
        self.cpts = cpts
        self.signedOn = signedOn
        self.rulebookID = rulebookID
        self.missions = missions
        self.results = results
        self.crisisYears = crisisYears
        self.activations = activations.filter { !$0.value.isEmpty }
        self.rulebookChanges = rulebookChanges
        self.amendments = amendments
        // Copied only when a year is empty: a scenario builds one contract per step.
        self.progress = progress.contains { $0.value.isEmpty } ? progress.filter { !$0.value.isEmpty } : progress
        years = ACIContract.years(from: signedOn)
        try checkAmendments()
        try checkMissions()
        try checkAmendedIndicators()
        partiallyAssessed = try checkResults(everyIndicator: !partialYears)
        try checkActivationYears()
        try checkNothingAfterTermination()
        // Measurements already checked against the same signature, indicators and amendments stay valid.
        if !progressChecked { try checkProgress() }
    }

    /// The five contract years from a signature date.
    static func years(from signedOn: CalendarDate) -> [ContractYear] {
        var years: [ContractYear] = []
        var start = signedOn
        for number in 1...ACIContract.yearCount {
            guard let end = try? signedOn.adding(months: 12 * number) else { break }
            years.append(ContractYear(number: number, start: start, end: end))
            start = end
        }
        return years
    }

    /// The contract year `number`, 1…5.
    ///
    /// - Parameter number: The year's number.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    public func year(_ number: Int) throws(CPTSKitError) -> ContractYear {
        let all = years
        guard (1...all.count).contains(number) else {
            throw CPTSKitError(.yearOutOfContract, path: "year", message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(all.count)", en: "contract years are numbered 1 to \(all.count)"),
                               value: "\(number)")
        }
        return all[number - 1]
    }

    /// The day after the last contract year: the fifth anniversary.
    public var end: CalendarDate { years.last?.end ?? signedOn }

    /// The indicator with this id and the index of its mission, if any: the one in force in
    /// `year` when given, else the first of the contract (then of its amendments) with this id.
    ///
    /// - Parameters:
    ///   - id: An indicator id.
    ///   - year: A contract year, to read the indicators an amendment set for it.
    public func indicator(withID id: String, inYear year: Int? = nil) -> (mission: Int, indicator: Indicator)? {
        if let year, amendments.contains(where: { if case .indicators = $0.change { true } else { false } }) {
            for index in missions.indices {
                for indicator in indicators(ofMission: index, inYear: year).indicators where indicator.id == id {
                    return (index, indicator)
                }
            }
            return nil
        }
        for (index, mission) in missions.enumerated() {
            for indicator in mission.indicators where indicator.id == id { return (index, indicator) }
        }
        for amendment in amendments {
            guard case .indicators(let kind, let list) = amendment.change,
                  let index = missions.firstIndex(where: { $0.kind == kind }) else { continue }
            for indicator in list where indicator.id == id { return (index, indicator) }
        }
        return nil
    }

    private func checkMissions() throws(CPTSKitError) {
        var kinds: Set<MissionKind> = []
        var ids: Set<String> = []
        let contractEnd = end
        for (index, mission) in missions.enumerated() {
            guard kinds.insert(mission.kind).inserted else {
                throw CPTSKitError(.duplicateMission, path: "missions[\(index)].mission",
                                   message: BilingualText(fr: "cette mission est déjà engagée", en: "this mission is already engaged"), value: mission.kind.key)
            }
            try checkDeployment(of: mission, index: index)
            if let start = mission.startsOn {
                guard start >= signedOn else {
                    throw CPTSKitError(.dateOutOfContract, path: "missions[\(index)].starts_on",
                                       message: BilingualText(fr: "une mission ne peut pas démarrer avant la signature (\(signedOn))", en: "a mission cannot start before the signature (\(signedOn))"),
                                       value: start.description)
                }
                guard start < contractEnd else {
                    throw CPTSKitError(.dateOutOfContract, path: "missions[\(index)].starts_on",
                                       message: BilingualText(fr: "une mission doit démarrer avant la fin du contrat (\(contractEnd))", en: "a mission must start before the contract ends (\(contractEnd))"),
                                       value: start.description)
                }
            }
            for (position, indicator) in mission.indicators.enumerated() where !ids.insert(indicator.id).inserted {
                throw CPTSKitError(.duplicateIndicator, path: "missions[\(index)].indicators[\(position)].id",
                                   message: BilingualText(fr: "un autre indicateur du contrat a le même identifiant", en: "another indicator of the contract has the same id"), value: indicator.id)
            }
        }
    }

    /// Checks the results; returns whether some assessed year leaves an indicator without result
    /// (an error unless `everyIndicator` is false).
    private func checkResults(everyIndicator: Bool) throws(CPTSKitError) -> Bool {
        var partial = false
        for year in results.keys.sorted() {
            guard (1...ACIContract.yearCount).contains(year) else {
                throw CPTSKitError(.yearOutOfContract, path: "results.\(year)",
                                   message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(ACIContract.yearCount)", en: "contract years are numbered 1 to \(ACIContract.yearCount)"), value: "\(year)")
            }
            let yearResults = results[year] ?? [:]
            for (id, result) in yearResults.sorted(by: { $0.key < $1.key }) {
                try checkResult(result, of: id, year: year, path: "results.\(year).\(id)")
            }
            for (index, mission) in missions.enumerated() {
                let startYear = mission.startsOn.map { startYearNumber(of: $0) } ?? 1
                guard year >= startYear else { continue }
                let (list, amendment) = indicators(ofMission: index, inYear: year)
                let owner = amendment.map { "amendments[\($0)]" } ?? "missions[\(index)]"
                for (position, indicator) in list.enumerated() where yearResults[indicator.id] == nil {
                    partial = true
                    guard everyIndicator else { continue }
                    throw CPTSKitError(.missingResult, path: "results.\(year).\(indicator.id)",
                                       message: BilingualText(fr: "l'année \(year) est évaluée mais cet indicateur de \(owner).indicators[\(position)] n'a pas de résultat", en: "year \(year) is assessed but this indicator of \(owner).indicators[\(position)] has no result"),
                                       value: "absent")
                }
            }
        }
        return partial
    }

    /// Checks one reported value: an indicator in force in the year, a value of its kind, not
    /// negative for a proportional payout (`results` and `progress` alike).
    func checkResult(_ result: IndicatorResult, of id: String, year: Int, path: String) throws(CPTSKitError) {
        guard let (_, indicator) = indicator(withID: id, inYear: year) else {
            let amended = amendments.contains { if case .indicators = $0.change { true } else { false } }
            throw CPTSKitError(.unknownIndicator, path: path,
                               message: amended
                                   ? BilingualText(fr: "aucun indicateur en vigueur l'année \(year) n'a cet identifiant",
                                                   en: "no indicator in force in year \(year) has this id")
                                   : BilingualText(fr: "aucun indicateur du contrat n'a cet identifiant",
                                                   en: "no indicator of the contract has this id"), value: id)
        }
        switch (indicator.payout, result) {
        case (.allOrNothing, .achieved), (.tiers, .measured), (.proportional, .measured):
            break
        case (.allOrNothing, .measured):
            throw CPTSKitError(.wrongResultKind, path: path,
                               message: BilingualText(fr: "un indicateur tout ou rien attend true ou false", en: "an all-or-nothing indicator expects true or false"), value: result.rawValue)
        case (_, .achieved):
            throw CPTSKitError(.wrongResultKind, path: path,
                               message: BilingualText(fr: "un indicateur mesuré attend un nombre", en: "a measured indicator expects a number"), value: result.rawValue)
        }
        if case .proportional = indicator.payout, case .measured(let value) = result, value.isNegative {
            throw CPTSKitError(.invalidNumber, path: path,
                               message: BilingualText(fr: "un résultat proportionnel ne peut pas être négatif", en: "a proportional result cannot be negative"), value: result.rawValue)
        }
    }

    /// The number of the contract year containing `date` (1 for dates before the first anniversary).
    func startYearNumber(of date: CalendarDate) -> Int {
        for year in years where year.contains(date) { return year.number }
        return ACIContract.yearCount
    }
}
