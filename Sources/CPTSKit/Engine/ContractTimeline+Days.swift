// The days of a contract's term: where a year is cut, what share of it a line owes, which
// budget and which indicators are in force, the missions' starts and deadlines.

extension ContractTimeline {
    /// A piece of a contract year between two days on which what a line owes may change.
    struct Segment: Sendable {
        var from: CalendarDate
        var to: CalendarDate

        /// The segment when it is only part of the year (a change took effect inside it), else `nil`.
        func part(of year: ContractYear) -> Segment? {
            from > year.start || to < year.end ? self : nil
        }
    }

    /// The share of a year a segment owes, from the later of its start and `start`, to the
    /// earlier of its end and the termination.
    func share(_ segment: Segment, from start: CalendarDate?, of year: ContractYear) -> Fraction {
        yearContexts[year.number - 1].basis.share(from: max(segment.from, start ?? segment.from), to: min(segment.to, terminatedOn ?? segment.to), of: year)
    }

    /// The share the segment would owe without the termination (what the advances were paid on).
    func plannedShare(_ segment: Segment, from start: CalendarDate?, of year: ContractYear) -> Fraction? {
        guard let terminatedOn, year.contains(terminatedOn) else { return nil }
        return yearContexts[year.number - 1].basis.share(from: max(segment.from, start ?? segment.from), to: segment.to, of: year)
    }

    /// The termination amendment when it cut a share short.
    func cutShort(_ share: Fraction, _ planned: Fraction?) -> Int? {
        guard let planned, planned != share else { return nil }
        return contract.amendments.firstIndex { $0.change == .termination }
    }

    /// The year cut where a rulebook starts to apply inside it, and, for a mission's line, where
    /// one of its budget amendments takes effect (both only with ``RulebookChanges/effectiveDate``).
    /// Written into a buffer the caller reuses: a plan is built for every statement.
    func fillSegments(_ segments: inout [Segment], of year: ContractYear, mission: MissionKind?) {
        segments.removeAll(keepingCapacity: true)
        guard periods.count > 1 || contract.rulebookChanges == .effectiveDate else {
            segments.append(Segment(from: year.start, to: year.end))
            return
        }
        var cuts: [CalendarDate] = []
        if periods.count > 1 {
            for period in periods.dropFirst() where period.from > year.start && period.from < year.end { cuts.append(period.from) }
        }
        if let mission, contract.rulebookChanges == .effectiveDate, !contract.amendments.isEmpty {
            for amendment in contract.amendments where amendment.effectiveOn > year.start && amendment.effectiveOn < year.end {
                if case .budget(mission, _) = amendment.change { cuts.append(amendment.effectiveOn) }
            }
        }
        guard !cuts.isEmpty else {
            segments.append(Segment(from: year.start, to: year.end))
            return
        }
        var from = year.start
        for cut in cuts.sorted() where cut != from {
            segments.append(Segment(from: from, to: cut))
            from = cut
        }
        segments.append(Segment(from: from, to: year.end))
    }

    /// The budget of a mission in force on a day of a contract year, and the amendment that set it.
    func budget(of engaged: EngagedMission, year: Int, on date: CalendarDate) -> (budget: MissionBudget, amendment: Int?) {
        var current = (budget: engaged.budget, amendment: Int?.none)
        for (position, amendment) in contract.amendments.enumerated() {
            guard case .budget(engaged.kind, let budget) = amendment.change else { continue }
            let applies = contract.rulebookChanges == .effectiveDate
                ? amendment.effectiveOn <= date
                : contract.firstYear(startingOnOrAfter: amendment.effectiveOn) <= year
            if applies { current = (budget, position) }
        }
        return current
    }

    /// The position in the mission's indicator sets of the set in force in a year.
    func indicatorSet(of mission: Mission, year: Int) -> Int {
        guard !mission.amendedSets.isEmpty else { return 0 }
        var current = 0
        for (position, set) in mission.amendedSets.enumerated()
        where contract.firstYear(startingOnOrAfter: contract.amendments[set.amendment].effectiveOn) <= year {
            current = position + 1
        }
        return current
    }

    /// A mission's start and deployment deadlines (months, day), counted from the signature or,
    /// for a mission a later rulebook introduced, from the day that rulebook applies to the
    /// contract: the one place both the warnings and the quarterly follow-up read them.
    func deadlines(of mission: Mission) -> (start: (months: Int, date: CalendarDate)?, deployment: (months: Int, date: CalendarDate)?) {
        guard let r = rulebooks[mission.definingRulebook].missionIndex(mission.engaged.kind) else { return (nil, nil) }
        let rules = rulebooks[mission.definingRulebook].missions[r]
        func dated(_ months: Int?) -> (months: Int, date: CalendarDate)? {
            guard let months, let date = try? mission.definedFrom.adding(months: months) else { return nil }
            return (months, date)
        }
        return (dated(rules.startDeadlineMonths?.value), dated(rules.deploymentDeadlineMonths?.value))
    }

    /// The start of each mission and its contract year, by position in ``missions``.
    var missionStarts: [(start: CalendarDate, year: Int)] { missions.map { ($0.start, $0.startYear) } }

    /// The earliest start of a mission that starts in year 1, if any.
    var firstMissionStart: CalendarDate? {
        var first: CalendarDate? = nil
        for mission in missions where mission.startYear == 1 { first = min(first ?? mission.start, mission.start) }
        return first
    }
}
