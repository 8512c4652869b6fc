import Testing
@testable import CPTSKit

/// The payout kernel is shared by the reference and the compiled paths, so a test comparing the
/// two cannot see a change to it: these cases state the amount by hand and run it on each path.
@Suite("The payout kernel: every payout kind, by hand, on the reference and the compiled paths")
struct PayoutKernelTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: String
        let payout: Payout
        let result: IndicatorResult
        let rounding: RoundingRule
        let cents: Int64
        var testDescription: String { "\(kind) at \(result.rawValue), \(rounding.rawValue): \(cents) cents" }
    }

    static func tiers(_ better: Payout.Direction, _ steps: [(String, Int64)]) -> Payout {
        // The contract's order is not the ladder's: the kernel sorts, both paths alike.
        .tiers(better: better, tiers: steps.reversed().map { Tier(reach: (try? Fraction(parsing: $0.0)) ?? .zero, amount: Euros(cents: $0.1)) })
    }

    static func cases(_ kind: String, _ payout: Payout, rounding: RoundingRule = .toNearestOrAwayFromZero,
                      _ expected: [(String, Int64)]) -> [Case] {
        expected.map { text, cents in
            let result: IndicatorResult = text == "true" ? .achieved(true) : text == "false" ? .achieved(false)
                : .measured((try? Fraction(parsing: text)) ?? .zero)
            return Case(kind: kind, payout: payout, result: result, rounding: rounding, cents: cents)
        }
    }

    /// Four tiers or fewer (the four-lane column), more (the ladder column), both directions, at,
    /// just below and just above every reach; proportional payouts at, below and above the target
    /// and at the halves and thirds where the four rounding rules part.
    static let all: [Case] = {
        var all = cases("all or nothing", .allOrNothing(amount: Euros(cents: 200_000)), [("true", 200_000), ("false", 0)])
        // Odd increments (100 001, 150 001, …): a lane's mask that kept any bit back would show.
        let higher = tiers(.higher, [("70", 100_001), ("72.40", 250_002), ("80", 400_003), ("90", 550_004)])
        all += cases("tiers, higher is better", higher, [
            ("69.99", 0), ("70", 100_001), ("70.01", 100_001), ("72.39", 100_001), ("72.40", 250_002), ("72.41", 250_002),
            ("79.99", 250_002), ("80", 400_003), ("80.01", 400_003), ("89.99", 400_003), ("90", 550_004), ("90.01", 550_004),
        ])
        let lower = tiers(.lower, [("100", 100_001), ("84", 600_002)])
        all += cases("tiers, lower is better", lower, [
            ("100.01", 0), ("100", 100_001), ("99.99", 100_001), ("84.01", 100_001), ("84", 600_002), ("83.99", 600_002),
        ])
        let ladderUp = tiers(.higher, [("1", 100), ("2", 200), ("3", 300), ("5", 400), ("8", 500), ("13", 600)])
        all += cases("six tiers, higher is better", ladderUp, [
            ("0.99", 0), ("1", 100), ("1.01", 100), ("4.99", 300), ("5", 400), ("5.01", 400), ("12.99", 500), ("13", 600), ("13.01", 600),
        ])
        let ladderDown = tiers(.lower, [("13", 100), ("8", 200), ("5", 300), ("3", 400), ("2", 500), ("1", 600)])
        all += cases("six tiers, lower is better", ladderDown, [
            ("13.01", 0), ("13", 100), ("12.99", 100), ("5.01", 200), ("5", 300), ("4.99", 300), ("1.01", 500), ("1", 600), ("0.99", 600),
        ])
        let count = Payout.proportional(target: Fraction(700), amount: Euros(cents: 500_000))
        all += cases("proportional", count, [("0", 0), ("350", 250_000), ("699", 499_286), ("700", 500_000), ("701", 500_000)])
        all += cases("proportional", count, rounding: .towardZero, [("699", 499_285), ("1", 714), ("700", 500_000), ("701", 500_000)])
        // 3 cents × 1/2 = 1.5 and 1 cent × 1/2 = 0.5: the ties; 100 cents × 1/3 and × 2/3: the thirds.
        let halves = Payout.proportional(target: Fraction(2), amount: Euros(cents: 3))
        let half = Payout.proportional(target: Fraction(2), amount: Euros(cents: 1))
        let thirds = Payout.proportional(target: Fraction(3), amount: Euros(cents: 100))
        for (rule, expected) in [(RoundingRule.toNearestOrAwayFromZero, [2, 1, 33, 67]), (.toNearestOrEven, [2, 0, 33, 67]),
                                 (.towardZero, [1, 0, 33, 66]), (.awayFromZero, [2, 1, 34, 67])] {
            all += cases("proportional 3 cents ÷ 2", halves, rounding: rule, [("1", Int64(expected[0])), ("2", 3), ("3", 3)])
            all += cases("proportional 1 cent ÷ 2", half, rounding: rule, [("1", Int64(expected[1])), ("0", 0)])
            all += cases("proportional 1 € ÷ 3", thirds, rounding: rule, [("1", Int64(expected[2])), ("2", Int64(expected[3])), ("3", 100)])
        }
        return all
    }()

    @Test("The reference path: Payout.evaluation on exact fractions", arguments: all)
    func reference(_ test: Case) throws {
        #expect(try test.payout.evaluation(of: test.result, rounding: test.rounding).amount.cents == test.cents)
    }

    @Test("The compiled path: the indicator's line in the columns, not sent to the reference path", arguments: all)
    func compiled(_ test: Case) throws {
        let indicator = try Indicator(id: "k", label: "k", payout: test.payout)
        let contract = try ContractFixtures.single(indicators: [indicator],
                                                   results: [1: ["k": test.result]])
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.rounding.value = test.rounding
        let compiled = try CompiledContract(contract, rulebook: rulebook)
        #expect(!compiled.usesReferencePath)
        var buffer = StatementBuffer()
        try compiled.fillStatement(year: 1, into: &buffer)
        let line = buffer.lines.first { compiled.terms[compiled.terms.startIndex + Int($0.term)].indicator == "k" }
        #expect(line?.amountCents == test.cents)
        #expect(line?.status == .assessed)
    }
}
