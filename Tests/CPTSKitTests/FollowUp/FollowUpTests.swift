import Testing
@testable import CPTSKit
import CPTSKitExamples

/// The quarterly follow-up: interim measurements projected to the year's end, figures by hand.
///
/// The contract: a T2 CPTS engaging prévention at signature (1 January 2025) with its own budget,
/// fixed 20 000 €, variable 10 000 €, and four indicators whose best cases fill the envelope:
/// `ateliers` (cumulative, tiers ≥ 6 → 2 000 €, ≥ 12 → 3 500 €), `patients` (cumulative,
/// proportional, 3 500 € at 700), `depistage` (a level, tiers ≥ 70 → 1 000 €, ≥ 72.4 → 2 000 €),
/// `action` (all or nothing, 1 000 €). Year 1 runs from 2025-01-01 to 2025-12-31: 365 days.
@Suite("Quarterly follow-up")
struct FollowUpTests {
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    static func indicators() throws -> [Indicator] {
        [
            try Indicator(id: "ateliers", label: "Ateliers", payout: .tiers(better: .higher, tiers: [
                Tier(reach: Fraction(6), amount: Euros(cents: 200_000)), Tier(reach: Fraction(12), amount: Euros(cents: 350_000)),
            ]), measure: .cumulative),
            try Indicator(id: "patients", label: "Patients", payout: .proportional(target: Fraction(700), amount: Euros(cents: 350_000)),
                          measure: .cumulative),
            try Indicator(id: "depistage", label: "Dépistage", payout: .tiers(better: .higher, tiers: [
                Tier(reach: Fraction(70), amount: Euros(cents: 100_000)), Tier(reach: try Fraction(parsing: "72.4"), amount: Euros(cents: 200_000)),
            ])),
            try Indicator(id: "action", label: "Action", payout: .allOrNothing(amount: Euros(cents: 100_000))),
        ]
    }

    static func contract(signedOn: String = "2025-01-01", amendments: [Amendment] = [],
                         progress: [Int: [ProgressMeasurement]] = [:]) throws -> ACIContract {
        let mission = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 2_000_000), variable: Euros(cents: 1_000_000)),
                                         indicators: try indicators())
        let base = try ACIContract(cpts: try CPTS(name: "CPTS Suivi", population: 60_382), signedOn: try day(signedOn),
                                   missions: [mission], amendments: amendments)
        return try base.with(progress: progress)
    }

    static func measured(_ on: String, _ values: [String: IndicatorResult]) throws -> ProgressMeasurement {
        ProgressMeasurement(on: try day(on), results: values)
    }

    static func row(_ followUp: YearFollowUp, _ id: String) throws -> IndicatorFollowUp {
        try #require(followUp.indicators.first { $0.id == id })
    }

    @Test("A count measured on the 181st day of 365 is projected × 365/181 and crosses a tier only in projection")
    func cumulativeProjection() throws {
        // 2025-06-30 is day 181 (31 + 28 + 31 + 30 + 31 + 30).
        let contract = try Self.contract(progress: [1: [try Self.measured("2025-06-30", [
            "ateliers": .measured(Fraction(4)), "patients": .measured(Fraction(300)),
        ])]])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2025-07-01"))
        #expect(followUp.year.number == 1)
        #expect(followUp.year.dayCount == 365)
        let ateliers = try Self.row(followUp, "ateliers")
        // 4 × 365 / 181 = 1 460/181 ≈ 8.07: below 6 now (nothing), above 6 at pace (2 000 €).
        #expect(ateliers.projected == .measured(try Fraction(1_460, 181)))
        #expect(ateliers.amountAtLatest == Euros.zero)
        #expect(ateliers.amountAtProjected == Euros(cents: 200_000))
        #expect(ateliers.bestCase == Euros(cents: 350_000))
        // The next tier is 12: the gap from the projection is 12 − 1 460/181 = 712/181.
        #expect(ateliers.nextStep?.reach == Fraction(12))
        #expect(ateliers.nextStep?.distance == (try Fraction(712, 181)))
        let patients = try Self.row(followUp, "patients")
        // 300 × 365/181 = 109 500/181 ≈ 604.97; 3 500 € × (109 500/181)/700 = 547 500/181 € ≈ 3 024.8619 → 3 024,86 €.
        #expect(patients.projected == .measured(try Fraction(109_500, 181)))
        #expect(patients.amountAtLatest == Euros(cents: 150_000))        // 3 500 × 300/700
        #expect(patients.amountAtProjected == Euros(cents: 302_486))
        #expect(patients.nextStep?.reach == Fraction(700))
        // Unmeasured indicators pay nothing now or at pace and are listed as such.
        let unmeasured = followUp.indicators.filter { !$0.isMeasured }.map(\.id)
        #expect(unmeasured == ["depistage", "action"])
        #expect(followUp.totals.atLatest == Euros(cents: 150_000))
        #expect(followUp.totals.atProjected == Euros(cents: 502_486))
        #expect(followUp.totals.bestCase == Euros(cents: 1_000_000))
    }

    @Test("A level is held as last measured; an action too")
    func levelAndActionHeld() throws {
        let contract = try Self.contract(progress: [1: [
            try Self.measured("2025-03-31", ["depistage": .measured(try Fraction(parsing: "71.5")), "action": .achieved(false)]),
            try Self.measured("2025-06-30", ["depistage": .measured(try Fraction(parsing: "72.5")), "action": .achieved(true)]),
        ]])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2025-09-30"))
        let depistage = try Self.row(followUp, "depistage")
        #expect(depistage.measurements.count == 2)
        #expect(depistage.latest?.on == (try Self.day("2025-06-30")))
        #expect(depistage.projected == .measured(try Fraction(parsing: "72.5")))
        #expect(depistage.amountAtLatest == Euros(cents: 200_000))
        #expect(depistage.amountAtProjected == Euros(cents: 200_000))
        #expect(depistage.nextStep == nil)
        let action = try Self.row(followUp, "action")
        #expect(action.projected == .achieved(true))
        #expect(action.amountAtLatest == Euros(cents: 100_000))
        #expect(action.amountAtProjected == Euros(cents: 100_000))
        #expect(action.nextStep == nil)
        #expect(followUp.totals.atProjected == Euros(cents: 300_000))
    }

    @Test("An action not yet carried out pays nothing; its next step is the action")
    func actionNotDone() throws {
        let contract = try Self.contract(progress: [1: [try Self.measured("2025-03-31", ["action": .achieved(false)])]])
        let action = try Self.row(try FundingEngine().followUp(for: contract, asOf: try Self.day("2025-04-01")), "action")
        #expect(action.amountAtProjected == Euros.zero)
        #expect(action.nextStep?.reach == nil)
        #expect(action.nextStep?.amount == Euros(cents: 100_000))
    }

    @Test("A count measured on the year's first day is multiplied by the year's days; on its last day, held")
    func firstAndLastDay() throws {
        let first = try Self.contract(progress: [1: [try Self.measured("2025-01-01", ["ateliers": .measured(Fraction(1))])]])
        let onFirst = try Self.row(try FundingEngine().followUp(for: first, asOf: try Self.day("2025-01-01")), "ateliers")
        #expect(onFirst.projected == .measured(Fraction(365)))
        #expect(onFirst.amountAtLatest == Euros.zero)
        #expect(onFirst.amountAtProjected == Euros(cents: 350_000))
        let last = try Self.contract(progress: [1: [try Self.measured("2025-12-31", ["ateliers": .measured(Fraction(7))])]])
        let onLast = try Self.row(try FundingEngine().followUp(for: last, year: 1, asOf: try Self.day("2025-12-31")), "ateliers")
        #expect(onLast.projected == .measured(Fraction(7)))
        #expect(onLast.amountAtProjected == Euros(cents: 200_000))
    }

    @Test("A leap year counts 366 days: 3 on day 183 projects to 6, the tier's reach — at, below, above", arguments: [
        ("3", Int64(200_000)), ("2.99", Int64(0)), ("3.01", Int64(200_000)),
    ])
    func leapYear(value: String, paid: Int64) throws {
        // Signed 2027-06-01: year 1 holds 29 February 2028 (366 days); 2027-11-30 is day 183
        // (30 + 31 + 31 + 30 + 31 + 30), so the projection is value × 366/183 = value × 2.
        let contract = try Self.contract(signedOn: "2027-06-01", progress: [1: [
            try Self.measured("2027-11-30", ["ateliers": .measured(try Fraction(parsing: value))]),
        ]])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2027-12-01"))
        #expect(followUp.year.dayCount == 366)
        let ateliers = try Self.row(followUp, "ateliers")
        #expect(ateliers.projected == .measured(try Fraction(parsing: value).divided(by: try Fraction(1, 2))))
        #expect(ateliers.amountAtProjected == Euros(cents: paid))
        #expect(ateliers.amountAtLatest == Euros.zero)
    }

    @Test("No measurement at all: every indicator listed as not measured, nothing now or at pace")
    func noMeasurement() throws {
        let followUp = try FundingEngine().followUp(for: try Self.contract(), asOf: try Self.day("2025-05-01"))
        #expect(followUp.indicators.count == 4)
        #expect(followUp.indicators.allSatisfy { !$0.isMeasured && $0.amountAtLatest == nil && $0.amountAtProjected == nil && $0.projected == nil })
        #expect(followUp.totals.atLatest == Euros.zero)
        #expect(followUp.totals.atProjected == Euros.zero)
        #expect(followUp.totals.bestCase == Euros(cents: 1_000_000))
        // The next steps are read from nothing: the first tier, the target, the action.
        #expect(followUp.indicators.map { $0.nextStep?.reach } == [Fraction(6), Fraction(700), Fraction(70), nil])
        #expect(followUp.laterMeasurements == 0)
    }

    @Test("A measurement counts from its own day: as of the day before it is later, on its day and after it counts", arguments: [
        ("2025-06-29", false), ("2025-06-30", true), ("2025-07-01", true),
    ])
    func asOfBoundary(asOf: String, counted: Bool) throws {
        let contract = try Self.contract(progress: [1: [try Self.measured("2025-06-30", ["depistage": .measured(Fraction(71))])]])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day(asOf))
        #expect(try Self.row(followUp, "depistage").isMeasured == counted)
        #expect(followUp.laterMeasurements == (counted ? 0 : 1))
    }

    @Test("The quarter of the as-of date, at each quarter's first and last day", arguments: [
        ("2026-05-11", nil), ("2026-05-12", 1), ("2026-08-11", 1), ("2026-08-12", 2), ("2026-11-11", 2),
        ("2026-11-12", 3), ("2027-02-11", 3), ("2027-02-12", 4), ("2027-05-11", 4), ("2027-05-12", nil),
    ] as [(String, Int?)])
    func quarters(asOf: String, quarter: Int?) throws {
        // Signed 2025-05-12: year 2 runs from 2026-05-12 to 2027-05-11.
        let contract = try Self.contract(signedOn: "2025-05-12")
        let followUp = try FundingEngine().followUp(for: contract, year: 2, asOf: try Self.day(asOf))
        #expect(followUp.quarter == quarter)
        #expect(followUp.quarters.map(\.lastDay) == [try Self.day("2026-08-11"), try Self.day("2026-11-11"), try Self.day("2027-02-11"),
                                                     try Self.day("2027-05-11")])
        #expect(followUp.quarters.map(\.start) == [try Self.day("2026-05-12"), try Self.day("2026-08-12"), try Self.day("2026-11-12"),
                                                   try Self.day("2027-02-12")])
    }

    @Test("Without --year, the year containing the as-of date; none outside the contract")
    func yearOfAsOf() throws {
        let contract = try Self.contract(signedOn: "2025-05-12")
        #expect(try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-05-11")).year.number == 1)
        #expect(try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-05-12")).year.number == 2)
        #expect(try FundingEngine().followUp(for: contract, asOf: try Self.day("2030-05-11")).year.number == 5)
        for outside in ["2025-05-11", "2030-05-12"] {
            let error = #expect(throws: CPTSKitError.self) { try FundingEngine().followUp(for: contract, asOf: try Self.day(outside)) }
            #expect(error?.kind == .dateOutOfContract)
            #expect(error?.path == "as_of")
        }
    }

    @Test("A year whose indicators were amended follows the new ones; an old id in its measurements is an error")
    func amendedIndicators() throws {
        let replacement = try Indicator(id: "vaccination", label: "Vaccination", payout: .tiers(better: .higher, tiers: [
            Tier(reach: Fraction(50), amount: Euros(cents: 500_000)),
        ]))
        let amendment = try Amendment(effectiveOn: try Self.day("2025-10-01"), change: .indicators(mission: .prevention, indicators: [replacement]))
        let contract = try Self.contract(amendments: [amendment], progress: [2: [
            try Self.measured("2026-03-31", ["vaccination": .measured(Fraction(52))]),
        ]])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-04-01"))
        #expect(followUp.year.number == 2)
        #expect(followUp.indicators.map(\.id) == ["vaccination"])
        #expect(try Self.row(followUp, "vaccination").amountAtProjected == Euros(cents: 500_000))
        #expect(followUp.totals.bestCase == Euros(cents: 500_000))
        let error = #expect(throws: CPTSKitError.self) {
            try contract.with(progress: [2: [try Self.measured("2026-03-31", ["ateliers": .measured(Fraction(3))])]])
        }
        #expect(error?.kind == .unknownIndicator)
        #expect(error?.path == "progress.2[0].results.ateliers")
    }

    @Test("Measurements outside their year, out of order, naming an unknown indicator or of the wrong kind are errors with paths",
          arguments: [
              ([1: [("2024-12-31", "depistage", IndicatorResult.measured(Fraction(70)))]], "progress.1[0].on", CPTSKitError.Kind.dateOutOfContract),
              ([1: [("2026-01-01", "depistage", .measured(Fraction(70)))]], "progress.1[0].on", .dateOutOfContract),
              ([1: [("2025-03-31", "depistage", .measured(Fraction(70))), ("2025-03-31", "depistage", .measured(Fraction(71)))]],
               "progress.1[1].on", .measurementOutOfOrder),
              ([1: [("2025-03-31", "depistage", .measured(Fraction(70))), ("2025-03-30", "depistage", .measured(Fraction(71)))]],
               "progress.1[1].on", .measurementOutOfOrder),
              ([1: [("2025-03-31", "inconnu", .measured(Fraction(70)))]], "progress.1[0].results.inconnu", .unknownIndicator),
              ([1: [("2025-03-31", "action", .measured(Fraction(1)))]], "progress.1[0].results.action", .wrongResultKind),
              ([1: [("2025-03-31", "depistage", .achieved(true))]], "progress.1[0].results.depistage", .wrongResultKind),
              ([1: [("2025-03-31", "patients", .measured(Fraction(-1)))]], "progress.1[0].results.patients", .invalidNumber),
              ([6: [("2030-03-31", "patients", .measured(Fraction(1)))]], "progress.6", .yearOutOfContract),
          ] as [([Int: [(String, String, IndicatorResult)]], String, CPTSKitError.Kind)])
    func invalidProgress(entries: [Int: [(String, String, IndicatorResult)]], path: String, kind: CPTSKitError.Kind) throws {
        var progress: [Int: [ProgressMeasurement]] = [:]
        for (year, list) in entries {
            progress[year] = try list.map { try Self.measured($0.0, [$0.1: $0.2]) }
        }
        let error = #expect(throws: CPTSKitError.self) { try Self.contract(progress: progress) }
        #expect(error?.kind == kind)
        #expect(error?.path == path)
    }

    @Test("The year's first and last days take a measurement; a measurement after a termination does not")
    func measurementDays() throws {
        _ = try Self.contract(progress: [1: [try Self.measured("2025-01-01", [:]), try Self.measured("2025-12-31", [:])]])
        let termination = try Amendment(effectiveOn: try Self.day("2025-07-01"), change: .termination)
        _ = try Self.contract(amendments: [termination], progress: [1: [try Self.measured("2025-06-30", [:])]])
        let late = #expect(throws: CPTSKitError.self) {
            try Self.contract(amendments: [termination], progress: [1: [try Self.measured("2025-07-01", [:])]])
        }
        #expect(late?.kind == .dateOutOfContract)
        #expect(late?.path == "progress.1[0].on")
        let ended = #expect(throws: CPTSKitError.self) {
            try Self.contract(amendments: [termination], progress: [2: [try Self.measured("2026-03-01", [:])]])
        }
        #expect(ended?.kind == .afterTermination)
        #expect(ended?.path == "progress.2")
    }

    @Test("The follow-up of a year a termination removed is an error naming the year; the year it cuts short is followed")
    func terminatedYear() throws {
        let termination = try Amendment(effectiveOn: try Self.day("2025-07-01"), change: .termination)
        let contract = try Self.contract(amendments: [termination])
        let error = #expect(throws: CPTSKitError.self) { try FundingEngine().followUp(for: contract, year: 2, asOf: try Self.day("2025-06-01")) }
        #expect(error?.kind == .afterTermination)
        #expect(error?.path == "year")
        let outOfRange = #expect(throws: CPTSKitError.self) { try FundingEngine().followUp(for: contract, year: 6, asOf: try Self.day("2025-06-01")) }
        #expect(outOfRange?.kind == .yearOutOfContract)
        #expect(try FundingEngine().followUp(for: contract, year: 1, asOf: try Self.day("2025-06-01")).year.number == 1)
        // Without a year, the day of the termination is outside the contract.
        let after = #expect(throws: CPTSKitError.self) { try FundingEngine().followUp(for: contract, asOf: try Self.day("2025-07-01")) }
        #expect(after?.path == "as_of")
        #expect(try FundingEngine().followUp(for: contract, asOf: try Self.day("2025-06-30")).year.number == 1)
    }

    @Test("The coming quarter holds the payments due from the as-of date to the eve of three months later", arguments: [
        ("2025-01-01", true), ("2025-01-02", false), ("2024-10-02", true), ("2024-10-01", false),
    ])
    func comingWindow(asOf: String, includesSignaturePayment: Bool) throws {
        // Signed 2025-01-01: the year-1 advances fall due on the signature day. A window opens on
        // its first day (from 2025-01-02 the day is past); the window from 2024-10-02 ends on
        // 2025-01-01 (the eve of 2025-01-02), from 2024-10-01 on 2024-12-31.
        let contract = try Self.contract()
        let followUp = try FundingEngine().followUp(for: contract, year: 1, asOf: try Self.day(asOf))
        let signatureDay = try Self.day("2025-01-01")
        #expect(followUp.comingPayments.contains { $0.dueOn == signatureDay } == includesSignaturePayment)
        #expect(followUp.comingThrough == (try Self.day(asOf).adding(months: 3).adding(days: -1)))
        #expect(followUp.comingPayments.allSatisfy { followUp.comingFrom <= $0.dueOn && $0.dueOn <= followUp.comingThrough })
    }

    @Test("Start and deployment deadlines in the window, open or met on the as-of date")
    func comingDeadlines() throws {
        // Lorient Littoral: acces_aux_soins deploys by 18 months… under avenant 2, counted from 2025-05-12.
        let contract = try BundledExample.lorientLittoral.contract()
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-10-01"))
        let deadlines = followUp.comingDeadlines
        #expect(!deadlines.isEmpty)
        #expect(deadlines.allSatisfy { followUp.comingFrom <= $0.date && $0.date <= followUp.comingThrough })
        #expect(deadlines.contains { $0.kind == .deployment && $0.mission == .accessToCare && $0.metOn == nil })
        #expect(zip(deadlines, deadlines.dropFirst()).allSatisfy { $0.date <= $1.date })
    }

    @Test("The bundled example's year 2, by hand: 330 patients on day 184 project to 654.62, paying 4 675,85 €")
    func bundledExample() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-11-30"))
        #expect(followUp.year.number == 2)
        #expect(followUp.quarter == 3)
        let patients = try Self.row(followUp, "nouveaux-mt")
        // 2026-05-12 → 2026-11-11 is 184 days: 330 × 365/184 = 120 450/184 = 60 225/92.
        #expect(patients.projected == .measured(try Fraction(60_225, 92)))
        // 5 000 € × 330/700 = 2 357,142… → 2 357,14 €; 5 000 € × (60 225/92)/700 = 4 675,854… → 4 675,85 €.
        #expect(patients.amountAtLatest == Euros(cents: 235_714))
        #expect(patients.amountAtProjected == Euros(cents: 467_585))
        let sport = try Self.row(followUp, "sport-sante")
        // 5 workshops (below the tier of 6) project to 5 × 365/184 ≈ 9.92: the 2 000 € tier at pace only.
        #expect(sport.amountAtLatest == Euros.zero)
        #expect(sport.amountAtProjected == Euros(cents: 200_000))
        // The first measurement's value of file-attente-mt holds: it was not measured again.
        #expect(try Self.row(followUp, "file-attente-mt").latest?.on == (try Self.day("2026-08-11")))
    }

    @Test("Progress and measures survive the contract file and Codable: written, read back equal")
    func roundTrip() throws {
        for example in BundledExample.allCases {
            let contract = try example.contract()
            #expect(!contract.progress.isEmpty)
            #expect(try ACIContract(jsonText: contract.jsonText) == contract)
        }
        let contract = try BundledExample.lorientLittoral.contract()
        #expect(contract.indicator(withID: "nouveaux-mt")?.indicator.measure == .cumulative)
        #expect(contract.indicator(withID: "depistage-sein")?.indicator.measure == .level)
        // Copies keep the measurements.
        #expect(try contract.with(crisisYears: [1]).progress == contract.progress)
    }

    @Test("The coming payments are the full calendar's in the window, for every fifth day of each example's life (catch-up, amendments, termination)")
    func comingPaymentsMatchTheCalendar() throws {
        let rade = try BundledExample.radeARia.contract()
        let terminated = try rade.with(progress: [:]).with(results: rade.results.filter { $0.key < 4 })
            .adding(amendment: try Amendment(effectiveOn: try Self.day("2025-03-15"), change: .termination))
        // Signed 2021-01-10 under ACI 2019: avenant 2's start-up catch-up, a year-1 line, falls due on
        // 2022-04-01, in year 2 — a window holding that day needs year 1's lines too.
        let catchUp = try ContractFixtures.single(.accessToCare, population: 100_000, signedOn: "2021-01-10", fixed: 50_000, variable: 20_000)
        let engine = FundingEngine()
        let catchUpDay = try Self.day("2022-04-01")
        #expect(try engine.schedule(for: catchUp).payments.contains { $0.event == .catchUp && $0.dueOn == catchUpDay })
        for contract in try BundledExample.allCases.map({ try $0.contract() }) + [terminated, catchUp] {
            let schedule = try engine.schedule(for: contract)
            var asOf = try contract.signedOn.adding(days: -120)
            let last = try contract.effectiveEnd.adding(days: 120)
            var checked = 0
            while asOf <= last {
                let year = contract.activeYears.first { $0.contains(asOf) }?.number ?? 1
                let followUp = try engine.followUp(for: contract, year: year, asOf: asOf)
                let expected = schedule.payments.filter { asOf <= $0.dueOn && $0.dueOn <= followUp.comingThrough }
                #expect(followUp.comingPayments == expected, "\(contract.cpts.name) as of \(asOf)")
                asOf = try asOf.adding(days: 5)
                checked += 1
            }
            #expect(checked > 300)
        }
    }

    @Test("A start or deployment deadline in the window is met when the day is on or before the as-of date", arguments: [
        ("2025-04-30", false), ("2025-05-01", true), ("2025-05-02", true),
    ])
    func deadlineMet(asOf: String, met: Bool) throws {
        // Signed 2025-01-01, accès aux soins starts and is deployed on 2025-05-01; under avenant 2
        // its start deadline is 6 months after signature (2025-07-01), its deployment deadline 18
        // months (2026-07-01).
        let day = try Self.day("2025-05-01")
        let mission = try EngagedMission(kind: .accessToCare, startsOn: day,
                                         budget: MissionBudget(fixed: Euros(cents: 5_000_000), variable: Euros(cents: 2_000_000)),
                                         deployedOn: day)
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Échéances", population: 100_000), signedOn: try Self.day("2025-01-01"),
                                       missions: [mission])
        let start = try FundingEngine().followUp(for: contract, asOf: try Self.day(asOf)).comingDeadlines
        #expect(start.map(\.kind) == [.start])
        #expect(start.first?.date == (try Self.day("2025-07-01")))
        #expect(start.first?.metOn == (met ? day : nil))
    }

    @Test("A deployment recorded on the as-of date meets its deadline; the day after, not yet", arguments: [
        ("2026-04-30", true), ("2026-05-01", true), ("2026-05-02", false),
    ])
    func deploymentMet(deployedOn: String, met: Bool) throws {
        // The deployment deadline, 2026-07-01, seen on 2026-05-01.
        let deployed = try Self.day(deployedOn)
        let mission = try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 5_000_000), variable: Euros(cents: 2_000_000)),
                                         deployedOn: deployed)
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Échéances", population: 100_000), signedOn: try Self.day("2025-01-01"),
                                       missions: [mission])
        let deadlines = try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-05-01")).comingDeadlines
        #expect(deadlines.map(\.kind) == [.deployment])
        #expect(deadlines.first?.date == (try Self.day("2026-07-01")))
        #expect(deadlines.first?.metOn == (met ? deployed : nil))
    }

    @Test("A deadline on the contract's last day is listed; on the day a termination ends it, not", arguments: [
        ("2026-07-01", false), ("2026-07-02", true),
    ])
    func deadlineAfterTheEnd(terminatedOn: String, listed: Bool) throws {
        let mission = try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 5_000_000), variable: Euros(cents: 2_000_000)))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Échéances", population: 100_000), signedOn: try Self.day("2025-01-01"),
                                       missions: [mission],
                                       amendments: [try Amendment(effectiveOn: try Self.day(terminatedOn), change: .termination)])
        let deadlines = try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-05-01")).comingDeadlines
        #expect(deadlines.contains { $0.kind == .deployment } == listed)
    }

    @Test("A deadline on the window's last day is in it; on the day after, not", arguments: [("2026-04-02", true), ("2026-04-01", false)])
    func deadlineOnTheWindowsEdge(asOf: String, listed: Bool) throws {
        // The deployment deadline is 2026-07-01: the window from 2026-04-02 ends on it, from 2026-04-01 the day before.
        let mission = try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 5_000_000), variable: Euros(cents: 2_000_000)))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Échéances", population: 100_000), signedOn: try Self.day("2025-01-01"),
                                       missions: [mission])
        let followUp = try FundingEngine().followUp(for: contract, asOf: try Self.day(asOf))
        #expect(followUp.comingDeadlines.contains { $0.kind == .deployment } == listed)
        // Seen on its own day, the deadline opens the window.
        #expect(try FundingEngine().followUp(for: contract, asOf: try Self.day("2026-07-01")).comingDeadlines.map(\.kind) == [.deployment])
    }

    @Test("Measurements of a year that starts on the day of the termination are refused")
    func yearStartingOnTermination() throws {
        let termination = try Amendment(effectiveOn: try Self.day("2026-01-01"), change: .termination)
        let error = #expect(throws: CPTSKitError.self) {
            try Self.contract(amendments: [termination], progress: [2: [try Self.measured("2026-03-01", [:])]])
        }
        #expect(error?.kind == .afterTermination)
        #expect(error?.path == "progress.2")
    }

    @Test("A year without measurements is dropped: the contract equals one without it")
    func emptyYear() throws {
        let contract = try Self.contract()
        let withEmpty = try contract.with(progress: [2: []])
        #expect(withEmpty.progress.isEmpty)
        #expect(withEmpty == contract)
        let kept = try contract.with(progress: [1: [try Self.measured("2025-03-31", [:])], 2: []])
        #expect(Array(kept.progress.keys) == [1])
    }
}
