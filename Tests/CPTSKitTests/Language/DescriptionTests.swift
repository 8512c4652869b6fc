import Testing
import CPTSKitTesting
@testable import CPTSKit
import CPTSKitExamples

/// Every `description` is short English, as the errors are; a language is chosen with `description(in:)`.
@Suite("Descriptions: short English, and each language on request")
struct DescriptionTests {
    static let year1 = ContractYear(number: 1, start: CalendarDate(unchecked: 2025, 5, 12), end: CalendarDate(unchecked: 2026, 5, 12))
    static let year2 = ContractYear(number: 2, start: CalendarDate(unchecked: 2026, 5, 12), end: CalendarDate(unchecked: 2027, 5, 12))
    static func people(_ count: Int, _ language: Language?) -> String {
        guard let population = try? Population(count) else { return "" }
        return language.map { population.description(in: $0) } ?? population.description
    }
    static func percent(_ n: Int64, _ d: Int64, _ language: Language, _ decimals: Int) -> String {
        (try? Fraction(n, d))?.percentDescription(in: language, decimals: decimals) ?? ""
    }

    static let cases: [(String, String)] = [
        (Euros(cents: 1_750_000).description, "€17,500.00"),
        (Euros(cents: 1_750_000).description(in: .french), "17 500,00 €"),
        (Euros(cents: -5).description(in: .english), "-€0.05"),
        (CalendarDate(unchecked: 2025, 5, 12).description, "2025-05-12"),
        (CalendarDate(unchecked: 2025, 5, 12).description(in: .french), "12/05/2025"),
        (CalendarDate(unchecked: 2025, 5, 12).description(in: .english), "12 May 2025"),
        (year1.description, "year 1 (2025-05-12 → 2026-05-11)"),
        (year1.description(in: .french), "année 1 (du 12/05/2025 au 11/05/2026)"),
        (year2.description(in: .english), "year 2 (12 May 2026 to 11 May 2027)"),
        (PaymentEvent.anniversary(2).description, "2nd anniversary"),
        (PaymentEvent.anniversary(2).description(in: .french), "2e anniversaire"),
        (PaymentEvent.catchUp.description(in: .english), "start-up supplement catch-up"),
        (people(110_110, nil), "110,110 inhabitants"),
        (people(110_110, .french), "110 110 habitants"),
        (people(1, nil), "1 inhabitant"),
        (people(1, .french), "1 habitant"),
        (people(0, .french), "0 habitant"),
        (people(0, nil), "0 inhabitants"),
        (people(2, .french), "2 habitants"),
        (people(2, .english), "2 inhabitants"),
        (percent(729, 1000, .french, 1), "72,9 %"),
        (percent(729, 1000, .english, 1), "72.9%"),
        (percent(12_345, 1, .english, 0), "1,234,500%"),
    ]

    @Test("Money, dates, years, events, populations and percentages in both languages", arguments: cases)
    func values(_ actual: String, _ expected: String) {
        #expect(actual == expected)
    }

    @Test("A funding, a statement, a line, a payment, a schedule, a contract and its CPTS: one short English line each",
          arguments: BundledExample.allCases)
    func results(_ example: BundledExample) throws {
        let contract = try example.contract()
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: CalendarDate(unchecked: 2026, 11, 30))
        let texts = [funding.description, funding.years[0].description, funding.years[0].lines[0].description,
                     schedule.payments[0].description, schedule.description, contract.description, contract.cpts.description]
        for text in texts {
            #expect(text.count < 300, "\(text)")
            #expect(!text.contains("\n"))
            for french in ["année", " habitants", "versement", "anniversaire", " € ", ",00 €"] {
                #expect(!text.contains(french), "\(text)")
            }
        }
        #expect(funding.description.hasPrefix("\(contract.cpts.name), \(funding.sizeClass), \(funding.rulebook), "))
        #expect(funding.description.contains("total \(funding.total.englishDescription)"))
        #expect(contract.description.hasPrefix("\(contract.cpts.name), signed on \(contract.signedOn)"))
    }

    @Test("The descriptions' parts: singular and plural, termination, pending amounts, a CPTS without territory")
    func parts() throws {
        let lorient = try BundledExample.lorientLittoral.contract()
        let funding = try FundingEngine().funding(for: lorient)
        #expect(funding.description == "CPTS Lorient Littoral, T3, aci-2019-av2, 5 years from 2025-05-12: total \(funding.total) "
                + "(up to \(funding.maxTotal))")
        let warned = try FundingEngine().funding(for: lorient, asOf: CalendarDate(unchecked: 2026, 11, 30))
        #expect(warned.description.hasSuffix("), \(warned.allWarnings.count) warnings"))
        #expect(warned.allWarnings.count > 1)
        let line = funding.years[0].lines[0]
        #expect(line.description == "year 1, fonctionnement, yearly amount: \(line.amount), due")
        let ended = try ContractFixtures.terminated(on: "2025-03-15")
        let short = try FundingEngine().funding(for: ended)
        #expect(short.description.contains(", terminated on 2025-03-15: "))
        #expect(ended.description == "CPTS Résiliée, signed on 2024-01-10: 1 mission, 1 amendment")
        let firstYear = try FundingEngine().funding(for: try ContractFixtures.terminated(on: "2024-06-01"))
        #expect(firstYear.description.contains(", 1 year from 2024-01-10, terminated on 2024-06-01: "))
        let assessed = try TestContracts.fullT3().withResults(.best, years: 1...2)
        #expect(assessed.description.hasSuffix(": 6 missions, results for years 1, 2"))
        let one = try TestContracts.fullT3().withResults(.best, years: 1...1)
        #expect(one.description.hasSuffix(": 6 missions, results for year 1"))
        #expect(try FundingEngine().funding(for: one).years[0].description.hasSuffix(" lines, total \(try FundingEngine().funding(for: one).years[0].total)"))
        let single = try ACIContract(cpts: try CPTS(name: "X", population: 1), signedOn: CalendarDate(unchecked: 2025, 5, 12),
                                     missions: [try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: 1_000, variable: .zero))])
        #expect(single.description == "X, signed on 2025-05-12: 1 mission")
        #expect(single.cpts.description == "X (1 inhabitant, no territory)")
        let epci = try CPTS(name: "Y", population: 45_000, epcis: ["242900314"])
        #expect(epci.description == "Y (45,000 inhabitants, 1 EPCI)")
        let schedule = try FundingEngine().schedule(for: single)
        #expect(schedule.payments[0].description.hasPrefix("2025-05-12, signature (year 1): "))
        #expect(!schedule.description.contains("as of"))
    }
}
