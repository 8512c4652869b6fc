import Foundation
import CPTSKitTesting
import Testing
@testable import CPTSKit
import CPTSKitExamples

@Suite("CPTSKitTesting: fixtures, attainments, random contracts, differences")
struct TestSupportTests {
    @Test("Best and worst attainment of the full T3: every variable line at its best case, or at zero")
    func bestAndWorst() throws {
        let contract = try TestContracts.fullT3()
        let best = try FundingEngine().funding(for: try contract.withResults(.best))
        let worst = try FundingEngine().funding(for: try contract.withResults(.worst))
        for statement in best.years {
            for line in statement.lines where line.part == .variable { #expect(line.amount == line.bestCase) }
        }
        for statement in worst.years {
            for line in statement.lines where line.part == .variable { #expect(line.amount == .zero) }
        }
        #expect(best.years.allSatisfy { !$0.hasPendingLines })
        #expect(try contract.withResults(.best) == (try TestContracts.fullT3(assessed: [1: true, 2: true, 3: true, 4: true, 5: true])))
        let twoYears = try contract.withResults(.best, years: 1...2)
        #expect(twoYears.results.keys.sorted() == [1, 2])
    }

    struct ShareCase: Sendable, CustomTestStringConvertible {
        let payout: Payout
        let share: Fraction
        let expected: IndicatorResult
        var testDescription: String { "\(payout) at \(share)" }
    }

    static func cases() throws -> [ShareCase] {
        let amount: Euros = 1_000
        let tiers = [Tier(reach: 60, amount: 500), Tier(reach: 80, amount: 1_000)]
        let lowerTiers = [Tier(reach: 80, amount: 500), Tier(reach: 60, amount: 1_000)]
        return [
            ShareCase(payout: .allOrNothing(amount: amount), share: 1, expected: .achieved(true)),
            ShareCase(payout: .allOrNothing(amount: amount), share: try Fraction(99, 100), expected: .achieved(false)),
            ShareCase(payout: .proportional(target: 200, amount: amount), share: try Fraction(1, 2), expected: .measured(100)),
            ShareCase(payout: .tiers(better: .higher, tiers: tiers), share: try Fraction(3, 4), expected: .measured(60)),
            ShareCase(payout: .tiers(better: .lower, tiers: lowerTiers), share: try Fraction(1, 2), expected: .measured(120)),
            ShareCase(payout: .tiers(better: .lower, tiers: lowerTiers), share: 0, expected: .measured(81)),
        ]
    }

    @Test("A share of the best result, payout by payout")
    func shares() throws {
        for c in try Self.cases() {
            let indicator = try Indicator(id: "x", label: "x", payout: c.payout)
            #expect(try Attainment.share(c.share).result(for: indicator) == c.expected, "\(c.testDescription)")
        }
    }

    @Test("Random contracts: valid, and the same for the same seed")
    func random() throws {
        var first = SeededRandomGenerator(seed: 11)
        var second = SeededRandomGenerator(seed: 11)
        for _ in 0..<100 {
            let contract = try RandomContracts.make(using: &first)
            #expect(contract == (try RandomContracts.make(using: &second)))
            _ = try FundingEngine().funding(for: contract)
        }
    }

    @Test("A difference reads line by line; none between equal fundings")
    func difference() throws {
        let contract = try TestContracts.fullT3()
        let best = try FundingEngine().funding(for: try contract.withResults(.best, years: 1...1))
        let worst = try FundingEngine().funding(for: try contract.withResults(.worst, years: 1...1))
        #expect(FundingDifference(best, best).isEmpty)
        #expect(FundingDifference(best, best).description == "no difference")
        let difference = FundingDifference(best, worst)
        #expect(difference.entries.count == 29 + 1)  // 29 indicators, and the total
        #expect(difference.description.contains("year 1, prevention variable prevention-0: €3,500.00 (assessed, indicator_all_or_nothing) ≠ €0.00 (assessed, indicator_all_or_nothing)"))
        #expect(difference.description.contains("year 1, total: "))
        let statement = FundingDifference(best.years[0], worst.years[1])
        #expect(!statement.isEmpty)
    }

    @Test("Differences of size, years, lines and warnings are each named")
    func differenceKinds() throws {
        let engine = FundingEngine()
        let t3 = try engine.funding(for: try TestContracts.fullT3())
        let first = t3.years[0]
        let renamed = try FundingStatement(cpts: first.cpts, sizeClass: first.sizeClass, rulebook: "aci-2019", year: first.year,
                                           lines: first.lines, warnings: first.warnings)
        #expect(FundingDifference(first, renamed).description == "year 1, rulebook: aci-2019-av2 ≠ aci-2019")
        let t2 = try engine.funding(for: try ContractFixtures.single(population: 60_382))
        let t1 = try engine.funding(for: try ContractFixtures.single(population: 30_000))
        #expect(FundingDifference(t2, t1).description.contains("size class: T2 ≠ T1"))
        let ended = try engine.funding(for: try TestContracts.fullT3().adding(
            amendment: try Amendment(effectiveOn: try CalendarDate(parsing: "2026-06-01"), change: .termination)))
        let years = FundingDifference(t3, ended)
        #expect(years.description.contains("year 3: "))
        #expect(years.description.contains(" ≠ absent"))
        let prevention = try engine.funding(for: try ContractFixtures.single(.prevention))
        let pathways = try engine.funding(for: try ContractFixtures.single(.carePathways))
        let lines = FundingDifference(prevention, pathways).description
        #expect(lines.contains("year 1, prevention fixed: "))
        #expect(lines.contains("≠ absent"))
        #expect(lines.contains("absent ≠ "))
        let warned = try FundingStatement(cpts: first.cpts, sizeClass: first.sizeClass, rulebook: first.rulebook, year: first.year,
                                          lines: first.lines, warnings: first.warnings + [FundingWarning(.aboveYearlyMaximum, path: "years[0]", message: "test")])
        #expect(FundingDifference(first, warned).description == "year 1, warnings:  ≠ above_yearly_maximum")
    }

    @Test("A share whose result leaves 64-bit terms is an overflow error")
    func overflow() throws {
        let indicator = try Indicator(id: "x", label: "x", payout: .proportional(target: Fraction(Int64.max), amount: 100))
        let error = #expect(throws: CPTSKitError.self) { try Attainment.share(3).result(for: indicator) }
        #expect(error?.kind == .overflow)
    }

    @Test("Copies of a contract are checked like new ones")
    func copies() throws {
        let contract = try TestContracts.fullT3()
        #expect(try contract.with(crisisYears: [2]).crisisYears == [2])
        #expect(throws: CPTSKitError.self) { try contract.with(crisisYears: [6]) }
        #expect(throws: CPTSKitError.self) { try contract.with(results: [1: ["nope": .achieved(true)]]) }
        let ended = try contract.adding(amendment: try Amendment(effectiveOn: try CalendarDate(parsing: "2027-01-01"), change: .termination))
        #expect(ended.terminatedOn?.description == "2027-01-01")
        #expect(try TestContracts.bundled(.lorientLittoral) == (try BundledExample.lorientLittoral.contract()))
    }
}

@Suite("CPTSKitTesting: what a failed expectation prints")
struct TestDescriptionTests {
    @Test("A funding, a statement and a schedule print as one short line each")
    func shortLines() throws {
        let contract = try TestContracts.bundled(.lorientLittoral)
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: CalendarDate(unchecked: 2026, 11, 30))
        let line = funding.testDescription
        // One short English line, the result's own description: name, size, rulebook, years, total, warnings.
        #expect(line == funding.description)
        #expect(line == "CPTS Lorient Littoral, T3, aci-2019-av2, 5 years from 2025-05-12: total €1,398,643.84 "
                + "(up to \(funding.maxTotal)), \(funding.allWarnings.count) warnings")
        #expect(line.count < 300)
        #expect(funding.years[0].testDescription == "CPTS Lorient Littoral, year 1 (2025-05-12 → 2026-05-11), T3, aci-2019-av2: "
                + "\(funding.years[0].lines.count) lines, total €298,643.84")
        #expect(funding.years[4].testDescription.hasSuffix("(up to \(funding.years[4].maxTotal))"))
        #expect(schedule.testDescription.hasPrefix("CPTS Lorient Littoral: \(schedule.payments.count) payments from 2025-05-12 to "))
        #expect(schedule.testDescription.hasSuffix("total \(schedule.total) (\(schedule.pendingTotal) pending), as of 2026-11-30"))
        let settled = try FundingEngine().fundingAndSchedule(for: try contract.withResults(.best), asOf: CalendarDate(unchecked: 2031, 1, 1))
        #expect(!settled.0.testDescription.contains("up to"))
        #expect(settled.1.testDescription.hasSuffix("total \(settled.1.total), as of 2031-01-01"))
        let empty = try JSONDecoder().decode(PaymentSchedule.self, from: Data(#"{"cpts": "X", "payments": [], "total_cents": 0, "pending_total_cents": 0}"#.utf8))
        #expect(empty.testDescription == "X: 0 payments, total €0.00")
    }
}
