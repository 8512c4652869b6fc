import CPTSKitTesting
import Testing
@testable import CPTSKit

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
        #expect(difference.description.contains("year 1, prevention variable prevention-0: 3 500,00 € (assessed, indicateur-tout-ou-rien) ≠ 0,00 € (assessed, indicateur-tout-ou-rien)"))
        #expect(difference.description.contains("year 1, total: "))
        let statement = FundingDifference(best.years[0], worst.years[1])
        #expect(!statement.isEmpty)
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
