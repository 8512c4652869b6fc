import Foundation
import Testing
import CPTSKit

/// The Swift code of `Documentation/GettingStarted.md`, compiled and run here; the document's
/// blocks must equal the code between the `snippet:` markers (checked by `DocumentationTests`).
@Suite("Getting started: the guide's code runs and prints what the guide says")
struct GettingStartedSnippets {
    @Test("A contract built in code")
    func inCode() throws {
        // snippet: in-code
        let lorient = try CPTS(name: "CPTS Lorient Littoral", population: 110_110,
                               communes: try ["56121", "56098", "56107", "56162", "56069"].map { try INSEECode($0) })
        let breastScreening = try Indicator(
            id: "depistage-sein", label: "Dépistage du cancer du sein",
            payout: .tiers(better: .higher, tiers: [
                Tier(reach: try Fraction(parsing: "69.70"), amount: try Euros(parsing: "1000")),
                Tier(reach: try Fraction(parsing: "72.40"), amount: try Euros(parsing: "2500")),
                Tier(reach: try Fraction(parsing: "75"), amount: try Euros(parsing: "3500")),
            ]))
        let contract = try ACIContract(
            cpts: lorient,
            signedOn: try CalendarDate(parsing: "2025-05-12"),
            missions: [
                try EngagedMission(kind: .accessToCare),
                try EngagedMission(kind: .prevention, startsOn: try CalendarDate(parsing: "2025-11-12"),
                                   indicators: [breastScreening], themes: [try PreventionTheme(key: "womens_health")]),
            ],
            results: [1: ["depistage-sein": .measured(try Fraction(parsing: "72.9"))]])
        // end snippet
        let funding = try FundingEngine().funding(for: contract)
        #expect(funding.years[0].total.description == "176 178,08 €")
        #expect(funding.sizeClass == .t3)
    }

    @Test("A contract read from a file, its statement and its schedule")
    func fromJSON() throws {
        let path = RepositoryFiles.url("Examples/lorient-littoral-2025.json").path
        // snippet: from-json
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let contract = try ACIContract(jsonBytes: data)
        let engine = FundingEngine()
        let funding = try engine.funding(for: contract)
        let year1 = funding.years[0]
        print(year1.total)                               // 298 643,84 €
        print(year1.total(of: .prevention))              // 18 978,08 €
        for line in year1.lines where line.mission == .prevention {
            print(line.part, line.indicator ?? "—", line.amount, line.rule, line.source)
        }
        let schedule = try engine.schedule(for: contract)
        for payment in schedule.payments.prefix(2) {
            print(payment.dueOn, payment.event, payment.amount)   // 2025-05-12 signature 140 625,00 € …
        }
        // end snippet
        #expect(year1.total.description == "298 643,84 €")
        #expect(year1.total(of: .prevention).description == "18 978,08 €")
        #expect(schedule.payments[0].amount.description == "140 625,00 €")
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
        print(byMonths.years[0].total)                      // 299 013,89 €
        // end snippet
        #expect(byMonths.years[0].total.description == "299 013,89 €")
    }
}
