import Testing
@testable import CPTSKit

/// The second pass of contracts over time: each correction pinned with figures computed by hand
/// in the comments, on the reference path, the schedule and the compiled path.
@Suite("Contracts over time, second pass: split parts, the catch-up, calendar parameters per year")
struct ContractsOverTimeSecondPassTests {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }
    static func euros(_ text: String) throws -> Euros { try Euros(parsing: text) }

    /// The standard rulebooks and a draft extending avenant 2 with the given figures.
    static func engine(effectiveOn: String, figures: String) throws -> FundingEngine {
        let text = #"{"format": "cpts-rulebook/1", "id": "projet", "title": "Projet", "extends": "aci-2019-av2", "effective_on": ""#
            + effectiveOn + #"", "figures": {"# + figures + "}}"
        return FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]))
    }

    static func figure(_ key: String, _ value: String) -> String {
        #""\#(key)": {"value": "\#(value)", "source": "hypothèse", "confidence": "I"}"#
    }

    /// The settlements of one line (year, line) in a schedule, as (date, share, cents, event key).
    static func settlements(_ schedule: PaymentSchedule, year: Int, line: Int) -> [String] {
        schedule.payments.flatMap { payment in
            payment.settles.filter { $0.year == year && $0.line == line }
                .map { "\(payment.dueOn) \($0.share.rawValue) \($0.amount.cents) \(payment.event.key) \($0.rulebook)" }
        }
    }

    // MARK: - 1. Split parts are paid from their own first day

    @Test("A draft effective inside year 1 (effective_date): its part of the fonctionnement is advanced on its date")
    func draftPartAdvancedOnItsDate() throws {
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures: Self.figure("fonctionnement.annual.T3", "80000") + ", "
                                         + Self.figure("mission.prevention.fixed.T3", "15000"))
        let prevention = try EngagedMission(kind: .prevention, startsOn: try Self.date("2026-09-01"))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2026-03-01"),
                                       missions: [prevention], rulebookChanges: .effectiveDate)
        let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
        let year1 = funding.years[0]
        // Year 1: 2026-03-01 → 2027-03-01, 365 days; 122 before 2026-07-01, 243 from it.
        // 75 000 × 122/365 = 25 068,49; 80 000 × 243/365 = 53 260,27; prévention from 2026-09-01:
        // 181 days, 15 000 × 181/365 = 7 438,36 (the draft's figure: the mission starts after E).
        #expect(year1.lines.map(\.amount.cents) == [2_506_849, 5_326_027, 743_836])
        #expect(year1.lines.map(\.rulebook) == ["aci-2019-av2", "projet", "projet"])
        // Before E, the first mission starts after the part's end: in full at signature (art. 9.1).
        #expect(Self.settlements(schedule, year: 1, line: 0) == ["2026-03-01 in_full 2506849 signature aci-2019-av2"])
        // From E: 75 % on E (3 994 520,25 → 3 994 520, the larger remainder to the balance), the balance at the anniversary.
        #expect(Self.settlements(schedule, year: 1, line: 1)
            == ["2026-07-01 advance 3994520 change_in_force projet", "2027-03-01 balance 1331507 anniversary projet"])
        // The fixed part: 75 % at the mission's start (557 877), the balance at the anniversary.
        #expect(Self.settlements(schedule, year: 1, line: 2)
            == ["2026-09-01 advance 557877 mission_start projet", "2027-03-01 balance 185959 anniversary projet"])
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    /// A T3 signed 2022-06-15 under avenant 2 (anniversaries on 15 June), accès aux soins with
    /// its own budget and one all-or-nothing indicator worth the whole envelope.
    static func acces(changes: RulebookChanges, amendments: [Amendment], crisis: Bool = false,
                      crisisYears: Set<Int> = []) throws -> ACIContract {
        let indicator = try Indicator(id: "sas", label: "SAS", payout: .allOrNothing(amount: Euros(cents: 3_500_000)))
        var missions = [try EngagedMission(kind: .accessToCare,
                                           budget: MissionBudget(fixed: Euros(cents: 8_000_000), variable: Euros(cents: 3_500_000)),
                                           indicators: [indicator])]
        if crisis {
            missions.append(try EngagedMission(kind: .crisisResponse, budget: MissionBudget(fixed: Euros(cents: 2_250_000),
                                                                                               activated: Euros(cents: 6_750_000))))
        }
        return try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2022-06-15"),
                               missions: missions, crisisYears: crisisYears, rulebookChanges: changes, amendments: amendments)
    }

    @Test("A budget amendment effective 2024-01-01 (effective_date): the new budget's advance falls due on 2024-01-01")
    func budgetPartAdvancedOnItsDate() throws {
        let amendment = try Amendment(effectiveOn: try Self.date("2024-01-01"), change: .budget(
            mission: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 9_000_000), variable: Euros(cents: 3_500_000))))
        let contract = try Self.acces(changes: .effectiveDate, amendments: [amendment])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        // Year 2: 2023-06-15 → 2024-06-15, 366 days; 200 before 2024-01-01, 166 from it.
        // 80 000 × 200/366 = 43 715,85; 90 000 × 166/366 = 40 819,67.
        let fixed = funding.years[1].lines.enumerated().filter { $0.element.part == .fixed }
        #expect(fixed.map(\.element.amount.cents) == [4_371_585, 4_081_967])
        #expect(fixed.map(\.element.amendment) == [nil, 0])
        // Old part: 75 % on the year's first day (3 278 688,75 → 3 278 689), balance at the anniversary.
        #expect(Self.settlements(schedule, year: 2, line: fixed[0].offset)
            == ["2023-06-15 advance 3278689 anniversary aci-2019-av2", "2024-06-15 balance 1092896 anniversary aci-2019-av2"])
        // New part: 75 % = 30 614,75 on 2024-01-01 — not on 2023-06-15 — and the balance at the anniversary.
        #expect(Self.settlements(schedule, year: 2, line: fixed[1].offset)
            == ["2024-01-01 advance 3061475 change_in_force aci-2019-av2", "2024-06-15 balance 1020492 anniversary aci-2019-av2"])
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("An amendment on a year's first day does not split it; on its last day the new part is one day",
          arguments: [("2023-06-15", [8_000_000], [9_000_000]), ("2023-06-16", [8_000_000], [21_858, 8_975_410]),
                      ("2024-06-14", [8_000_000], [7_978_142, 24_590]), ("2024-06-15", [8_000_000], [8_000_000])])
    func amendmentOnFirstAndLastDay(_ day: String, _ year1: [Int64], _ year2: [Int64]) throws {
        // 80 000 × 1/366 = 218,58 and 90 000 × 365/366 = 89 754,10 (the day after the year's start);
        // 80 000 × 365/366 = 79 781,42 and 90 000 × 1/366 = 245,90 (on the year's last day).
        let amendment = try Amendment(effectiveOn: try Self.date(day), change: .budget(
            mission: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 9_000_000), variable: Euros(cents: 3_500_000))))
        let contract = try Self.acces(changes: .effectiveDate, amendments: [amendment])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        let fixed = funding.years.map { $0.lines.filter { $0.part == .fixed }.map(\.amount.cents) }
        #expect(fixed[0] == year1)
        #expect(fixed[1] == year2)
        #expect(fixed[2] == [9_000_000])
        // Every advance of the new budget falls due on or after the amendment's day.
        let effective = try Self.date(day)
        for payment in schedule.payments where payment.dueOn < effective {
            #expect(!payment.settles.contains { $0.part == .fixed && funding.years[$0.year - 1].lines[$0.line].amendment == 0 })
        }
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A mission starting on the day a later rulebook applies (effective_date) is advanced as a mission start; the fonctionnement part as a change")
    func missionStartingOnTheChange() throws {
        let crisis = try EngagedMission(kind: .crisisResponse, startsOn: try Self.date("2022-04-01"),
                                        budget: MissionBudget(fixed: Euros(cents: 2_250_000), activated: Euros(cents: 6_750_000)))
        let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", missions: [crisis], changes: .effectiveDate)
        let schedule = try FundingEngine().schedule(for: contract)
        let day = try Self.date("2022-04-01")
        let payments = schedule.payments.filter { $0.dueOn == day }
        #expect(payments.map(\.event) == [.missionStart, .changeInForce, .catchUp])
        #expect(payments[0].settles.map(\.part) == [.fixed])
        #expect(payments[1].settles.map(\.part) == [.annual])
    }

    @Test("On the day a change and the catch-up both fall due, the change's advance comes first, then the catch-up",
          arguments: ["2021-06-01", "2021-03-31"])
    func changeAndCatchUpOnTheSameDay(_ signedOn: String) throws {
        // Signed 2021-03-31, the change splits year 2: its advance is laid out after year 1's catch-up.
        let contract = try ContractsOverTimeTests.t3(signedOn: signedOn, changes: .effectiveDate)
        let schedule = try FundingEngine().schedule(for: contract)
        let day = try Self.date("2022-04-01")
        #expect(schedule.payments.filter { $0.dueOn == day }.map(\.event) == [.changeInForce, .catchUp])
    }

    // MARK: - 2. The variable side is never split

    @Test("Lowering the envelope and the objectives on the same day is valid under every timing; the variable side moves at the next anniversary",
          arguments: RulebookChanges.allCases)
    func sameDayBudgetAndIndicators(_ changes: RulebookChanges) throws {
        let day = try Self.date("2024-01-01")
        let budget = try Amendment(effectiveOn: day, change: .budget(
            mission: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 8_000_000), variable: Euros(cents: 3_000_000))))
        let objectives = try Amendment(effectiveOn: day, change: .indicators(mission: .accessToCare, indicators: [
            try Indicator(id: "sas-2", label: "SAS", payout: .allOrNothing(amount: Euros(cents: 3_000_000)))]))
        let contract = try Self.acces(changes: changes, amendments: [budget, objectives])
        let funding = try FundingEngine().funding(for: contract)
        // Year 2 (2023-06-15 → 2024-06-15) keeps 35 000 of objectives; year 3 on has 30 000.
        let variable = funding.years.map { $0.lines.filter { $0.part == .variable }.map(\.bestCase.cents) }
        #expect(variable == [[3_500_000], [3_500_000], [3_000_000], [3_000_000], [3_000_000]])
        #expect(funding.years[2].lines.first { $0.part == .variable }?.indicator == "sas-2")
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A variable budget above the objectives' sum is checked from the next anniversary, under effective_date too")
    func envelopeCheckedFromTheNextAnniversary() throws {
        // Lowering the envelope to 30 000 without lowering the objectives (35 000): year 3 is refused,
        // whatever the timing — the mid-year date does not make year 2 invalid, and year 3 is.
        for changes in RulebookChanges.allCases {
            let budget = try Amendment(effectiveOn: try Self.date("2024-01-01"), change: .budget(
                mission: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 8_000_000), variable: Euros(cents: 3_000_000))))
            let error = try #require(throws: CPTSKitError.self) {
                try FundingEngine().funding(for: try Self.acces(changes: changes, amendments: [budget]))
            }
            #expect(error.kind == .variableEnvelopeExceeded)
            #expect(error.path == "missions[0].indicators")
        }
    }

    @Test("A mission starting after a mid-year change reads its variable envelope under the new rulebook's size class",
          arguments: [(80_000, false), (80_001, true)])
    func variableSizeUnderTheNewRulebook(_ population: Int, _ valid: Bool) throws {
        // The draft puts 80 000 in T2 (where avenant 2 puts it in T3); T2's national prévention envelope is unknown.
        let boundaries = #"[{"population": 40000, "side": "upper"}, {"population": 80000, "side": "lower"}, "#
            + #"{"population": 175000, "side": "lower"}]"#
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures:
            #""size.boundaries": {"value": \#(boundaries), "source": "hypothèse", "confidence": "I"}"#)
        let mission = try EngagedMission(kind: .prevention, startsOn: try Self.date("2026-09-01"),
                                         budget: MissionBudget(fixed: Euros(cents: 1_000_000)))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS", population: population), signedOn: try Self.date("2026-03-01"),
                                       missions: [mission], rulebookChanges: .effectiveDate)
        if valid {
            let funding = try engine.funding(for: contract)
            #expect(funding.years[0].sizeClass == .t3)
        } else {
            let error = try #require(throws: CPTSKitError.self) { try engine.funding(for: contract) }
            #expect(error.kind == .unknownNationalAmount && error.path == "missions[0].budget.variable")
        }
    }

    @Test("A crisis activation is paid under the budget in force on the year's last day",
          arguments: [(RulebookChanges.effectiveDate, "2024-06-14", 6_000_000), (.effectiveDate, "2024-06-15", 6_750_000),
                      (.nextAnniversary, "2024-06-14", 6_750_000), (.nextAnniversary, "2024-06-15", 6_750_000),
                      (.effectiveDate, "2024-06-13", 6_000_000)])
    func activationBudget(_ changes: RulebookChanges, _ day: String, _ cents: Int64) throws {
        let amendment = try Amendment(effectiveOn: try Self.date(day), change: .budget(
            mission: .crisisResponse, budget: MissionBudget(fixed: Euros(cents: 2_250_000), activated: Euros(cents: 6_000_000))))
        let contract = try Self.acces(changes: changes, amendments: [amendment], crisis: true, crisisYears: [2])
        let funding = try FundingEngine().funding(for: contract)
        // Year 2 ends on 2024-06-15: its last day is 2024-06-14.
        #expect(funding.years[1].lines.filter { $0.part == .crisisActivation }.map(\.amount.cents) == [cents])
        try CompiledContractTests.expectSame(contract)
    }

    // MARK: - 3. The catch-up for every contract running on E

    @Test("Signed 2021-06-01, terminated around avenant 2's date (2022-04-01): the catch-up only if running on it",
          arguments: [("2022-03-31", false), ("2022-04-01", false), ("2022-04-02", true), ("2022-05-01", true),
                      ("2022-05-31", true)])
    func catchUpWhenRunningOnE(_ terminatedOn: String, _ paid: Bool) throws {
        for changes in [RulebookChanges.nextAnniversary, .effectiveDate] {
            let termination = try Amendment(effectiveOn: try Self.date(terminatedOn), change: .termination)
            let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", changes: changes, amendments: [termination])
            let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
            // 131 250 − 75 000 = 56 250, due on 2022-04-01 as its own payment.
            let catchUp = funding.years[0].lines.filter { $0.rule == .startUpCatchUp }
            #expect(catchUp.map(\.amount.cents) == (paid ? [5_625_000] : []))
            #expect(catchUp.allSatisfy { $0.rulebook == "aci-2019-av2" })
            let payment = schedule.payments.first { $0.event == .catchUp }
            #expect(payment?.dueOn == (paid ? try Self.date("2022-04-01") : nil))
            #expect(payment?.amount.cents == (paid ? 5_625_000 : nil))
            #expect(schedule.total == funding.total)
            // Under next_anniversary, avenant 2 reaches no year of a contract ended before 2022-06-01.
            if changes == .nextAnniversary { #expect(funding.years.allSatisfy { $0.rulebook == "aci-2019" }) }
            try CompiledContractTests.expectSame(contract)
        }
    }

    @Test("With rulebook_changes none, a rulebook amendment naming avenant 2 brings the catch-up on the later of the two dates",
          arguments: [("2022-01-01", "2022-04-01"), ("2022-03-31", "2022-04-01"), ("2022-04-01", "2022-04-01"),
                      ("2022-04-02", "2022-04-02"), ("2022-09-01", "2022-09-01")])
    func catchUpFromAnAmendment(_ effectiveOn: String, _ due: String) throws {
        let amendment = try Amendment(effectiveOn: try Self.date(effectiveOn), change: .rulebook(id: "aci-2019-av2"))
        let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", changes: .never, amendments: [amendment])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        let line = try #require(funding.years[0].lines.first { $0.rule == .startUpCatchUp })
        #expect(line.amount.cents == 5_625_000 && line.amendment == 0)
        #expect(schedule.payments.first { $0.event == .catchUp }?.dueOn == (try Self.date(due)))
        #expect(schedule.total == funding.total)
        // Without the amendment: frozen, no catch-up.
        let frozen = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", changes: .never)
        #expect(!(try FundingEngine().funding(for: frozen)).lines.contains { $0.rule == .startUpCatchUp })
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A catch-up that would fall due after the contract ended is not owed")
    func catchUpAfterTheEnd() throws {
        // Frozen, the amendment names avenant 2 from 2022-01-01 (due 2022-04-01), terminated on or before that day.
        for (terminatedOn, paid) in [("2022-03-31", false), ("2022-04-01", false), ("2022-04-02", true)] {
            let amendments = [try Amendment(effectiveOn: try Self.date("2022-01-01"), change: .rulebook(id: "aci-2019-av2")),
                              try Amendment(effectiveOn: try Self.date(terminatedOn), change: .termination)]
            let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", changes: .never, amendments: amendments)
            #expect(try FundingEngine().funding(for: contract).lines.contains { $0.rule == .startUpCatchUp } == paid)
        }
    }

    @Test("An amendment going back to aci-2019 on avenant 2's own date: the contract stays under aci-2019, the catch-up is still owed")
    func amendmentAndAvenantOnTheSameDay() throws {
        let amendment = try Amendment(effectiveOn: try Self.date("2022-04-01"), change: .rulebook(id: "aci-2019"))
        let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", amendments: [amendment])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        // On the same day the amendment wins: no year moves to avenant 2.
        #expect(funding.years.map(\.rulebook) == Array(repeating: "aci-2019", count: 5))
        // Running when avenant 2 took effect: the difference is owed all the same (§2), from the registry's rulebook.
        let line = try #require(funding.years[0].lines.first { $0.rule == .startUpCatchUp })
        #expect(line.amount.cents == 5_625_000 && line.amendment == nil)
        #expect(schedule.payments.first { $0.event == .catchUp }?.dueOn == (try Self.date("2022-04-01")))
        try CompiledContractTests.expectSame(contract)
    }

    @Test("An amendment back to aci-2019 a day after avenant 2 applies: avenant 2 for one year, then aci-2019 again",
          arguments: [("2022-06-01", ["aci-2019", "aci-2019", "aci-2019", "aci-2019", "aci-2019"]),
                      ("2022-06-02", ["aci-2019", "aci-2019-av2", "aci-2019", "aci-2019", "aci-2019"])])
    func amendmentBackToAnOlderRulebook(_ effectiveOn: String, _ rulebooks: [String]) throws {
        let amendment = try Amendment(effectiveOn: try Self.date(effectiveOn), change: .rulebook(id: "aci-2019"))
        let contract = try ContractsOverTimeTests.t3(signedOn: "2021-06-01", amendments: [amendment])
        #expect(try FundingEngine().funding(for: contract).years.map(\.rulebook) == rulebooks)
        try CompiledContractTests.expectSame(contract)
    }

    // MARK: - 4. Calendar parameters per year

    @Test("An advance share changed by a later rulebook reaches the years computed under it")
    func advanceSharePerYear() throws {
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures: Self.figure("payment.advance_share", "0.6"))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2025-05-12"),
                                       missions: [])
        let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
        #expect(funding.years.map(\.rulebook) == ["aci-2019-av2", "aci-2019-av2", "projet", "projet", "projet"])
        // Year 2: 75 % of 75 000 = 56 250 on 2026-05-12; year 3, under the draft: 60 % = 45 000 on 2027-05-12.
        #expect(Self.settlements(schedule, year: 2, line: 0)
            == ["2026-05-12 advance 5625000 anniversary aci-2019-av2", "2027-05-12 balance 1875000 anniversary aci-2019-av2"])
        #expect(Self.settlements(schedule, year: 3, line: 0)
            == ["2027-05-12 advance 4500000 anniversary projet", "2028-05-12 balance 3000000 anniversary projet"])
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("A later rulebook that leaves its calendar parameters unknown: 75 % advances (ACI 2019, art. 9.1), half up, by days, envelopes whole")
    func unknownCalendarParameters() throws {
        let unknown = ["payment.advance_share", "payment.rounding", "proration.basis", "proration.variable_envelope"]
            .map { #""\#($0)": {"value": null, "source": "—", "confidence": null}"# }.joined(separator: ", ")
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures: unknown)
        let indicator = try Indicator(id: "taux", label: "Taux", payout: .proportional(target: try Fraction(parsing: "2"),
                                                                                        amount: Euros(cents: 101)))
        let mission = try EngagedMission(kind: .prevention, startsOn: try Self.date("2027-08-12"),
                                         budget: MissionBudget(fixed: Euros(cents: 1_750_000), variable: Euros(cents: 101)),
                                         indicators: [indicator])
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2025-05-12"),
                                       missions: [mission], results: [3: ["taux": .measured(.one)]])
        let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
        #expect(funding.years[2].rulebook == "projet")
        // Year 3 (2027-05-12 → 2028-05-12, 366 days): 75 % of 75 000 on its first day.
        #expect(Self.settlements(schedule, year: 3, line: 0).first == "2027-05-12 advance 5625000 anniversary projet")
        // The fixed part from 2027-08-12, by days: 17 500 × 274/366 = 13 101,09; its variable envelope whole;
        // 1,01 × 1/2 = 0,505 rounded half up: 0,51.
        let year3 = funding.years[2].lines
        #expect(year3.filter { $0.part == .fixed }.map(\.amount.cents) == [1_310_109])
        #expect(year3.filter { $0.part == .variable }.map(\.amount.cents) == [51])
        #expect(year3.filter { $0.part == .variable }.map(\.bestCase.cents) == [101])
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("A year split by effective_date keeps the advance share of the rulebook in force on its first day")
    func splitYearKeepsFirstDayParameters() throws {
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures: Self.figure("payment.advance_share", "0.6"))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2025-05-12"),
                                       missions: [], rulebookChanges: .effectiveDate)
        let schedule = try engine.schedule(for: contract)
        // Year 2 (2026-05-12 → 2027-05-12, 365 days): 50 days before E, 315 from it; 75 000 × 315/365 = 64 726,03,
        // advanced at 75 % (48 544,52), the share of aci-2019-av2, in force on the year's first day.
        #expect(Self.settlements(schedule, year: 2, line: 1)
            == ["2026-07-01 advance 4854452 change_in_force projet", "2027-05-12 balance 1618151 anniversary projet"])
        #expect(Self.settlements(schedule, year: 3, line: 0).first == "2027-05-12 advance 4500000 anniversary projet")
    }

    @Test("A rounding rule changed by a later rulebook reaches the years computed under it, on both paths")
    func roundingPerYear() throws {
        let engine = try Self.engine(effectiveOn: "2026-07-01", figures: Self.figure("payment.rounding", "half_even"))
        let indicator = try Indicator(id: "taux", label: "Taux", payout: .proportional(target: try Fraction(parsing: "2"),
                                                                                        amount: Euros(cents: 101)))
        let mission = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 100_000), variable: Euros(cents: 101)),
                                         indicators: [indicator])
        let results: [Int: [String: IndicatorResult]] = [2: ["taux": .measured(.one)], 3: ["taux": .measured(.one)]]
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2025-05-12"),
                                       missions: [mission], results: results)
        let funding = try engine.funding(for: contract)
        // 1,01 € × 1/2 = 0,505 €: half up under avenant 2 (year 2), half even under the draft (year 3).
        #expect(funding.years[1].lines.filter { $0.part == .variable }.map(\.amount.cents) == [51])
        #expect(funding.years[2].lines.filter { $0.part == .variable }.map(\.amount.cents) == [50])
        #expect(funding.years[2].rulebook == "projet")
        try CompiledContractTests.expectSame(contract, engine: engine)
        // In the columns too: they sum by year 1's rule, and year 3's own rule is mended in.
        let compiled = try CompiledContract(contract, engine: engine)
        #expect(!compiled.usesReferencePath && compiled.portfolio.headers[0].mendsLines)
        #expect(try compiled.total(year: 3) == funding.years[2].total)
        #expect(try compiled.total(year: 3).cents - compiled.total(year: 2).cents == funding.years[2].total.cents - funding.years[1].total.cents)
        var buffer = StatementBuffer()
        try compiled.fillStatement(year: 3, into: &buffer)
        #expect(buffer.lines.map(\.amountCents).last == 50)
        try compiled.fillStatement(year: 2, into: &buffer)
        #expect(buffer.lines.map(\.amountCents).last == 51)
        let outlook = try engine.outlook(for: contract, year: 3)
        #expect(outlook.map(\.earned?.cents) == [50])
    }

    @Test("The variable envelope of a year cut short by a termination is prorated exactly when the year's rulebook says so",
          arguments: [("true", Int64(198_356)), ("false", 400_000)])
    func terminatedEnvelope(_ prorate: String, _ bestCents: Int64) throws {
        let engine = try Self.engine(effectiveOn: "2024-01-01", figures:
            #""proration.variable_envelope": {"value": \#(prorate), "source": "hypothèse", "confidence": "I"}"#)
        let indicator = try Indicator(id: "ateliers", label: "Ateliers", payout: .allOrNothing(amount: Euros(cents: 400_000)))
        let mission = try EngagedMission(kind: .prevention,
                                         budget: MissionBudget(fixed: Euros(cents: 800_000), variable: Euros(cents: 400_000)),
                                         indicators: [indicator])
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000), signedOn: try Self.date("2024-01-10"),
                                       missions: [mission], results: [2: ["ateliers": .achieved(true)]],
                                       amendments: [try Amendment(effectiveOn: try Self.date("2025-07-10"), change: .termination)])
        let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
        #expect(funding.years.map(\.rulebook) == ["projet", "projet"])
        // Year 2: 2025-01-10 → 2026-01-10, 181 of 365 days. 4 000 × 181/365 = 1 983,56; 8 000 × 181/365 = 3 967,12.
        let year2 = funding.years[1]
        #expect(year2.lines.filter { $0.part == .variable }.map(\.amount.cents) == [bestCents])
        #expect(year2.lines.filter { $0.part == .variable }.map(\.bestCase.cents) == [bestCents])
        #expect(year2.lines.filter { $0.part == .fixed }.map(\.amount.cents) == [396_712])
        // Prorated, the line names the termination that cut it; whole, the contract's own indicators.
        #expect(year2.lines.filter { $0.part == .variable }.map(\.amendment) == [prorate == "true" ? 0 : nil])
        // Year 1 is whole: the mission starts at signature.
        #expect(funding.years[0].lines.filter { $0.part == .variable }.map(\.bestCase.cents) == [400_000])
        // Settled on the termination day: the variable line in full (nothing was advanced on it),
        // the fixed part as the balance of its advance.
        let settlement = try #require(schedule.payments.last)
        #expect(settlement.event == .termination)
        #expect(settlement.settles.filter { $0.part == .variable }.map { "\($0.share.rawValue) \($0.amount.cents)" }
            == ["in_full \(bestCents)"])
        #expect(settlement.settles.filter { $0.part == .fixed }.map(\.share) == [.balance])
        #expect(schedule.total == funding.total)
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("With prorated envelopes, a mission starting mid-year and a termination prorate the envelope in both years")
    func proratedEnvelopeStartAndEnd() throws {
        let engine = try Self.engine(effectiveOn: "2024-01-01", figures:
            #""proration.variable_envelope": {"value": true, "source": "hypothèse", "confidence": "I"}"#)
        let indicator = try Indicator(id: "ateliers", label: "Ateliers", payout: .allOrNothing(amount: Euros(cents: 400_000)))
        let mission = try EngagedMission(kind: .prevention, startsOn: try Self.date("2024-07-10"),
                                         budget: MissionBudget(fixed: Euros(cents: 800_000), variable: Euros(cents: 400_000)),
                                         indicators: [indicator])
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000), signedOn: try Self.date("2024-01-10"),
                                       missions: [mission],
                                       amendments: [try Amendment(effectiveOn: try Self.date("2026-07-10"), change: .termination)])
        let funding = try engine.funding(for: contract)
        // Year 1 (366 days, 29 February 2024): from 2024-07-10, 184 days, 4 000 × 184/366 = 2 010,93.
        // Year 3 (365 days): to 2026-07-10, 181 days, 4 000 × 181/365 = 1 983,56.
        #expect(funding.years.map { $0.lines.filter { $0.part == .variable }.map(\.bestCase.cents) }
            == [[201_093], [400_000], [198_356]])
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("An amended indicator in a year cut short is prorated like the contract's own",
          arguments: [("true", Int64(198_356)), ("false", 400_000)])
    func terminatedAmendedEnvelope(_ prorate: String, _ cents: Int64) throws {
        let engine = try Self.engine(effectiveOn: "2024-01-01", figures:
            #""proration.variable_envelope": {"value": \#(prorate), "source": "hypothèse", "confidence": "I"}"#)
        let indicator = try Indicator(id: "ateliers", label: "Ateliers", payout: .allOrNothing(amount: Euros(cents: 400_000)))
        let revised = try Indicator(id: "ateliers-2", label: "Ateliers", payout: .allOrNothing(amount: Euros(cents: 400_000)))
        let mission = try EngagedMission(kind: .prevention,
                                         budget: MissionBudget(fixed: Euros(cents: 800_000), variable: Euros(cents: 400_000)),
                                         indicators: [indicator])
        let amendments = [try Amendment(effectiveOn: try Self.date("2024-06-01"), change: .indicators(mission: .prevention, indicators: [revised])),
                          try Amendment(effectiveOn: try Self.date("2025-07-10"), change: .termination)]
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000), signedOn: try Self.date("2024-01-10"),
                                       missions: [mission], results: [2: ["ateliers-2": .achieved(true)]], amendments: amendments)
        let funding = try engine.funding(for: contract)
        // 4 000 × 181/365 = 1 983,56 when prorated; the whole 4 000 otherwise.
        let line = try #require(funding.years[1].lines.first { $0.part == .variable })
        #expect(line.indicator == "ateliers-2" && line.status == .assessed)
        #expect(line.amount.cents == cents && line.bestCase.cents == cents)
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    // MARK: - Smaller ones

    @Test("Naming a rulebook already superseded on the signature is a warning naming the rulebook then in force",
          arguments: [("2022-03-31", false, ["aci-2019", "aci-2019-av2"]), ("2022-04-01", true, ["aci-2019", "aci-2019"]),
                      ("2022-04-02", true, ["aci-2019", "aci-2019"])])
    func supersededRulebook(_ signedOn: String, _ warned: Bool, _ firstTwo: [String]) throws {
        let contract = try ContractsOverTimeTests.t3(signedOn: signedOn, rulebook: "aci-2019")
        let warnings = try FundingEngine().validate(contract)
        let warning = warnings.first { $0.kind == .rulebookSuperseded }
        #expect((warning != nil) == warned)
        if let warning {
            #expect(warning.path == "rulebook" && warning.value == "aci-2019-av2")
            #expect(warning.message.contains("aci-2019-av2") && warning.frenchMessage.contains("aci-2019-av2"))
        }
        // It stays under what it names; avenant 2, dated on or before the signature, never reaches it.
        let funding = try FundingEngine().funding(for: contract)
        #expect(Array(funding.years.prefix(2).map(\.rulebook)) == firstTwo)
        #expect(!warnings.contains { $0.kind == .rulebookNotYetInForce })
        try CompiledContractTests.expectSame(contract)
    }

    @Test("A mission starting on the termination day is refused; the day before, it is owed one day",
          arguments: [("2025-07-09", true), ("2025-07-10", false), ("2025-07-11", false)])
    func missionStartingOnTermination(_ start: String, _ valid: Bool) throws {
        let mission = try EngagedMission(kind: .prevention, startsOn: try Self.date(start))
        let make = { () throws -> ACIContract in
            try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2024-01-10"),
                            missions: [mission],
                            amendments: [try Amendment(effectiveOn: try Self.date("2025-07-10"), change: .termination)])
        }
        if valid {
            let funding = try FundingEngine().funding(for: try make())
            // 17 500 × 1/365 = 47,95.
            #expect(funding.years[1].lines.filter { $0.part == .fixed }.map(\.amount.cents) == [4_795])
            try CompiledContractTests.expectSame(try make())
        } else {
            let error = try #require(throws: CPTSKitError.self) { try make() }
            #expect(error.kind == .afterTermination && error.path == "missions[0].starts_on")
        }
    }

    @Test("Results for a year that starts on the termination day are refused; a day later they are that year's",
          arguments: [("2026-01-09", false), ("2026-01-10", false), ("2026-01-11", true)])
    func resultsOfTheYearStartingOnTermination(_ terminatedOn: String, _ valid: Bool) throws {
        let make = { () throws -> ACIContract in
            try ContractsOverTimeBoundaryTests.t1(
                signedOn: "2024-01-10", amendments: [try Amendment(effectiveOn: try Self.date(terminatedOn), change: .termination)],
                results: [3: ["ateliers": .achieved(true)]])
        }
        // Year 3 starts on 2026-01-10: it has a day of contract only when the termination is later.
        if valid {
            let funding = try FundingEngine().funding(for: try make())
            #expect(funding.years.count == 3)
            try CompiledContractTests.expectSame(try make())
        } else {
            let error = try #require(throws: CPTSKitError.self) { try make() }
            #expect(error.kind == .afterTermination && error.path == "results.3")
        }
    }

    @Test("A proportional payout with a target that is not a whole number is rounded once: 100,01 × 0,45 ÷ 0,5 = 90,01")
    func proportionalOnAFractionalTarget() throws {
        let indicator = try Indicator(id: "taux", label: "Taux",
                                      payout: .proportional(target: try Fraction(parsing: "0.5"), amount: Euros(cents: 10_001)))
        let mission = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 100_000), variable: Euros(cents: 10_001)),
                                         indicators: [indicator])
        for (result, cents) in [("0.45", Int64(9_001)), ("0.4995", 9_991), ("0.5", 10_001), ("0.5001", 10_001), ("0.0005", 10)] {
            let contract = try ACIContract(cpts: try CPTS(name: "CPTS T1", population: 30_000), signedOn: try Self.date("2024-01-10"),
                                           missions: [mission], results: [1: ["taux": .measured(try Fraction(parsing: result))]])
            // 10 001 × 0,45/0,5 = 9 000,9 → 9 001; × 0,4995/0,5 = 9 990,999 → 9 991; × 0,0005/0,5 = 10,001 → 10.
            #expect(try FundingEngine().funding(for: contract).years[0].lines.filter { $0.part == .variable }.map(\.amount.cents) == [cents])
            try CompiledContractTests.expectSame(contract)
            #expect(!(try CompiledContract(contract)).usesReferencePath)
        }
    }
}
