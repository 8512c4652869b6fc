import Foundation
import Testing
import CPTSKit
import CPTSKitExamples

/// The Swift code of `Documentation/GettingStarted.md`, compiled and run here; the document's
/// blocks must equal the code between the `snippet:` markers (checked by `DocumentationTests`).
@Suite("Getting started: the guide's code runs and prints what the guide says")
struct GettingStartedSnippets {
    @Test("A contract built in code")
    func inCode() throws {
        // snippet: in-code
        let lorient = try CPTS(name: "CPTS Lorient Littoral", population: 110_110,
                               communes: ["56121", "56098", "56107", "56162", "56069"].map { try INSEECode($0) })
        let breastScreening = try Indicator(
            id: "depistage-sein", label: "Dépistage du cancer du sein",
            payout: .tiers(better: .higher, tiers: [
                Tier(reach: Fraction(parsing: "69.70"), amount: 1000),
                Tier(reach: Fraction(parsing: "72.40"), amount: 2500),
                Tier(reach: 75, amount: 3500),
            ]))
        let contract = try ACIContract(
            cpts: lorient,
            signedOn: CalendarDate(parsing: "2025-05-12"),
            missions: [
                EngagedMission(kind: .accessToCare),
                EngagedMission(kind: .prevention, startsOn: CalendarDate(parsing: "2025-11-12"),
                               indicators: [breastScreening], themes: [PreventionTheme(key: "womens_health")]),
            ],
            results: [1: ["depistage-sein": .measured(Fraction(parsing: "72.9"))]])
        // end snippet
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.years[0].total.description == "€176,178.08")
        #expect(funding.sizeClass == .t3)
    }

    @Test("Typed throws in closures, and today's date from Foundation")
    func typedThrows() throws {
        // snippet: typed-throws
        // In a function that throws only CPTSKitError, a closure that throws says so too:
        func communes(_ codes: [String]) throws(CPTSKitError) -> [INSEECode] {
            try codes.map { (code) throws(CPTSKitError) in try INSEECode(code) }
        }
        let territory = try communes(["56121", "56098"])
        // Today where the code runs, as the day to read a contract on (import Foundation):
        let asOf = try CalendarDate(Date())
        // end snippet
        #expect(territory.map(\.rawValue) == ["56121", "56098"])
        #expect(asOf.year >= 2026)
        let error = #expect(throws: CPTSKitError.self) { try communes(["5612"]) }
        #expect(error?.kind == .invalidINSEECode)
    }

    @Test("A contract read from a file, its statement and its schedule")
    func fromJSON() throws {
        #expect(FileManager.default.currentDirectoryPath == RepositoryFiles.root.path, "swift test runs from the package root")
        // snippet: from-json
        // With import Foundation (Data, URL, JSONEncoder), from the repository's root:
        let data = try Data(contentsOf: URL(fileURLWithPath: "Examples/lorient-littoral-2025.json"))
        let contract = try ACIContract(jsonBytes: data)
        let engine = FundingEngine()
        let funding = try engine.funding(for: contract)
        let year1 = funding.years[0]
        print(year1.total)                               // €298,643.84
        print(year1.total.description(in: .french))     // 298 643,84 €
        print(year1.total(of: .prevention))              // €18,978.08
        for line in year1.lines where line.mission == .prevention {
            print(line.part, line.indicator ?? "—", line.amount, line.rule, line.source)
        }
        let schedule = try engine.schedule(for: contract)
        for payment in schedule.payments.prefix(2) {
            print(payment.dueOn, payment.event, payment.amount)   // 2025-05-12 signature €140,625.00 …
        }
        let json = try JSONEncoder().encode(funding)     // the cpts-funding/1 document, amounts in cents
        // end snippet
        #expect(try JSONDecoder().decode(ContractFunding.self, from: json) == funding)
        #expect(year1.total.description == "€298,643.84")
        #expect(year1.total.description(in: .french) == "298 643,84 €")
        #expect(year1.total(of: .prevention).description == "€18,978.08")
        #expect(schedule.payments[0].amount.description == "€140,625.00")
        #expect(schedule.total == funding.total)
    }

    @Test("Errors name the field and the value")
    func errors() throws {
        // snippet: errors
        do {
            _ = try ACIContract(jsonText: #"{"format": "cpts-contract/1", "cpts": {"name": "X", "population": 1}, "signed_on": "2025-02-29", "missions": []}"#)
        } catch {
            print(error)          // signed_on: is not a real calendar date (2025-02-29)
            print(error.kind)     // invalidDate
        }
        // end snippet
        let error = #expect(throws: CPTSKitError.self) {
            try ACIContract(jsonText: #"{"format": "cpts-contract/1", "cpts": {"name": "X", "population": 1}, "signed_on": "2025-02-29", "missions": []}"#)
        }
        #expect(error?.description == "signed_on: is not a real calendar date (2025-02-29)")
    }

    @Test("What-if on a rulebook parameter")
    func parameters() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        // snippet: parameters
        var rulebook = try RulebookRegistry.standard.rulebook(id: "aci-2019-av2")
        rulebook.prorationBasis.value = .thirty360          // months of 30 days instead of real days
        let byMonths = try FundingEngine().funding(for: contract, rulebook: rulebook)
        print(byMonths.years[0].total)                      // €299,013.89
        // end snippet
        #expect(byMonths.years[0].total.description == "€299,013.89")
    }

    @Test("A contract that changes: avenant 2 reaches it, an amendment revises a budget, a termination ends it")
    func overTime() throws {
        // snippet: over-time
        let rade = try CPTS(name: "CPTS Rade à Ria", population: 31_530)
        let access = try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: 50_000, variable: .zero))
        let contract = try ACIContract(
            cpts: rade, signedOn: CalendarDate(parsing: "2021-09-15"), missions: [access],
            rulebookChanges: .nextAnniversary,                       // the default: avenant 2 from year 2
            amendments: [
                Amendment(effectiveOn: CalendarDate(parsing: "2023-09-01"),
                          change: .budget(mission: .accessToCare, budget: MissionBudget(fixed: 55_000, variable: .zero)),
                          note: "révision à deux ans"),
                Amendment(effectiveOn: CalendarDate(parsing: "2025-03-15"), change: .termination),
            ])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        print(funding.years.map(\.rulebook))       // ["aci-2019", "aci-2019-av2", "aci-2019-av2", "aci-2019-av2"]
        for line in funding.years[0].lines { print(line.rule, line.amount, line.rulebook) }
        // fonctionnementAnnual €50,000.00 aci-2019
        // startUpCatchUp €37,500.00 aci-2019-av2       (the +75 % difference, paid later)
        // fixedPart €50,000.00 aci-2019
        print(funding.years[2].lines[1].amount, funding.years[2].lines[1].amendment ?? -1)   // €55,000.00 0
        for payment in schedule.payments where payment.event == .catchUp || payment.event == .termination {
            print(payment.dueOn, payment.event, payment.amount)
        }
        // 2022-04-01 start-up supplement catch-up €37,500.00
        // 2025-03-15 termination -€26,681.51              (advances of year 4 above what it owes)
        // end snippet
        #expect(funding.years.map(\.rulebook) == ["aci-2019", "aci-2019-av2", "aci-2019-av2", "aci-2019-av2"])
        #expect(funding.years[0].lines.map(\.amount.description) == ["€50,000.00", "€37,500.00", "€50,000.00"])
        #expect(funding.years[2].lines[1].amount.description == "€55,000.00")
        #expect(funding.years[2].lines[1].amendment == 0)
        let special = schedule.payments.filter { $0.event == .catchUp || $0.event == .termination }
        #expect(special.map(\.dueOn.description) == ["2022-04-01", "2025-03-15"])
        #expect(special.map(\.amount.description) == ["€37,500.00", "-€26,681.51"])
        #expect(special.map(\.event.description) == ["start-up supplement catch-up", "termination"])
        #expect(schedule.total == funding.total)
    }
}
