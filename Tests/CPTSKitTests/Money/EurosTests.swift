import Testing
@testable import CPTSKit

@Suite("Euros: exact cents, parsing, arithmetic, formatting")
struct EurosTests {
    struct ParseCase: Sendable, CustomTestStringConvertible {
        let text: String
        let cents: Int64
        var testDescription: String { "\"\(text)\" → \(cents) cents" }
    }

    static let parseCases: [ParseCase] = [
        .init(text: "17500.00", cents: 1_750_000), .init(text: "17500", cents: 1_750_000),
        .init(text: "90000", cents: 9_000_000), .init(text: "0.5", cents: 50), .init(text: "0.05", cents: 5),
        .init(text: "72.40", cents: 7_240), .init(text: "1.500", cents: 150), .init(text: "-3.10", cents: -310),
        .init(text: "1e3", cents: 100_000), .init(text: "0", cents: 0),
        .init(text: "92233720368547758.07", cents: Int64.max),
    ]

    @Test("Parses decimal text exactly", arguments: parseCases)
    func parses(_ c: ParseCase) throws {
        #expect(try Euros(parsing: c.text).cents == c.cents)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let text: String
        let kind: CPTSKitError.Kind
        var testDescription: String { "\"\(text)\" → \(kind)" }
    }

    static let badCases: [BadCase] = [
        .init(text: "17 500", kind: .invalidAmount), .init(text: "17,50", kind: .invalidAmount),
        .init(text: "1.234", kind: .invalidAmount), .init(text: "", kind: .invalidAmount),
        .init(text: ".5", kind: .invalidAmount), .init(text: "5.", kind: .invalidAmount),
        .init(text: "abc", kind: .invalidAmount), .init(text: "1e", kind: .invalidAmount),
        .init(text: "92233720368547758.08", kind: .overflow), .init(text: "99999999999999999999999", kind: .overflow),
        .init(text: "1e30", kind: .overflow),
    ]

    @Test("Rejects what is not an amount, naming the value", arguments: badCases)
    func rejects(_ c: BadCase) {
        let error = #expect(throws: CPTSKitError.self) { try Euros(parsing: c.text) }
        #expect(error?.kind == c.kind)
        #expect(error?.value == c.text)
    }

    @Test("Addition and subtraction are overflow-checked")
    func overflowChecked() throws {
        #expect(try Euros(cents: 150).adding(Euros(cents: 250)) == Euros(cents: 400))
        #expect(try Euros(cents: 150).subtracting(Euros(cents: 250)) == Euros(cents: -100))
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).adding(Euros(cents: 1)) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: .min).subtracting(Euros(cents: 1)) }
        #expect(throws: CPTSKitError.self) { try Euros.sum([Euros(cents: .max), Euros(cents: .max)]) }
        #expect(throws: CPTSKitError.self) { try Euros(euros: Int64.max / 10) }
        #expect(try Euros(euros: 17_500).cents == 1_750_000)
    }

    struct RoundingCase: Sendable, CustomTestStringConvertible {
        let cents: Int64
        let rate: (Int64, Int64)
        let rule: RoundingRule
        let expected: Int64
        var testDescription: String { "\(cents) × \(rate.0)/\(rate.1) \(rule) = \(expected)" }
    }

    static let roundingCases: [RoundingCase] = [
        // aci-rules.md §5: 20 000 € × 206/366 = 11 256.830… → 11 256.83 €.
        .init(cents: 2_000_000, rate: (206, 366), rule: .toNearestOrAwayFromZero, expected: 1_125_683),
        .init(cents: 5, rate: (1, 2), rule: .toNearestOrAwayFromZero, expected: 3),
        .init(cents: 5, rate: (1, 2), rule: .toNearestOrEven, expected: 2),
        .init(cents: 7, rate: (1, 2), rule: .toNearestOrEven, expected: 4),
        .init(cents: 5, rate: (1, 2), rule: .towardZero, expected: 2),
        .init(cents: 5, rate: (1, 2), rule: .awayFromZero, expected: 3),
        .init(cents: -5, rate: (1, 2), rule: .toNearestOrAwayFromZero, expected: -3),
        .init(cents: -5, rate: (1, 2), rule: .toNearestOrEven, expected: -2),
        .init(cents: 24, rate: (1, 10), rule: .toNearestOrAwayFromZero, expected: 2),
        .init(cents: 24, rate: (1, 10), rule: .awayFromZero, expected: 3),
        .init(cents: 500_000, rate: (350, 700), rule: .toNearestOrAwayFromZero, expected: 250_000),
        .init(cents: 1_750_000, rate: (198, 366), rule: .toNearestOrAwayFromZero, expected: 946_721),
        .init(cents: Int64.max, rate: (3, 4), rule: .towardZero, expected: 6_917_529_027_641_081_855),
    ]

    @Test("Multiplication by a fraction rounds once, on 128 bits", arguments: roundingCases)
    func rounding(_ c: RoundingCase) throws {
        let rate = try Fraction(c.rate.0, c.rate.1)
        #expect(try Euros(cents: c.cents).multiplied(by: rate, rounding: c.rule).cents == c.expected)
    }

    @Test("RoundingRule's documented table of examples is what the rules compute")
    func documentedRoundingTable() throws {
        let source = try RepositoryFiles.text("Sources/CPTSKit/Money/RoundingRule.swift")
        let header = "/// exact cents   toNearestOrAwayFromZero  toNearestOrEven  towardZero  awayFromZero"
        let lines = source.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: header))
        let order: [RoundingRule] = [.toNearestOrAwayFromZero, .toNearestOrEven, .towardZero, .awayFromZero]
        var rows = 0
        for line in lines[(start + 1)...] {
            let cells = line.dropFirst(3).split(separator: " ").map(String.init)
            guard cells.count == 5, let exact = try? Fraction(parsing: cells[0]) else { break }
            // `exact` cents is `10 × exact` cents × 1/10: the quotient the rule brings to a whole cent.
            let tenths = try #require(Int64(exactly: exact.numerator * 10 / exact.denominator))
            for (rule, expected) in zip(order, cells.dropFirst()) {
                let rounded = try Euros(cents: tenths).multiplied(by: Fraction(1, 10), rounding: rule)
                #expect(String(rounded.cents) == expected, "\(cells[0]) \(rule)")
            }
            rows += 1
        }
        #expect(rows == 6)
    }

    @Test("The compiled path's one-division rounding equals the rounding of a quotient and remainder",
          arguments: RoundingRule.allCases)
    func dividingMatchesRemainderRounding(_ rule: RoundingRule) {
        var generator = SeededGenerator(seed: 2_718)
        var pairs: [(UInt64, UInt64)] = [(0, 1), (1, 2), (3, 2), (5, 2), (7, 2), (2, 3), (4, 3), (99, 100), (101, 100), (150, 100),
                                         (250, 100), (1 << 61, 3), ((1 << 61) - 1, (1 << 61) - 1)]
        for _ in 0..<2_000 {
            let divisor = UInt64.random(in: 1...(1 << 40), using: &generator)
            // Remainders drawn at the boundaries on purpose: none, half, just below and above half, the last.
            let quotient = UInt64.random(in: 0...(1 << 20), using: &generator)
            let remainder = [0, divisor / 2, divisor / 2 &- 1, divisor / 2 + 1, divisor - 1,
                             UInt64.random(in: 0..<divisor, using: &generator)].randomElement(using: &generator) ?? 0
            pairs.append((quotient * divisor + min(remainder, divisor - 1), divisor))
        }
        for (numerator, divisor) in pairs {
            let expected = rule.roundMagnitude(quotient: numerator / divisor, remainder: numerator % divisor, divisor: divisor)
            #expect(rule.dividing(numerator, by: divisor) == expected, "\(numerator) ÷ \(divisor)")
        }
    }

    @Test("Multiplication that leaves 64 bits is an error, not a wrap")
    func multiplicationOverflow() throws {
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).multiplied(by: Fraction(3, 2), rounding: .towardZero) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).multiplied(by: Fraction(2), rounding: .towardZero) }
    }

    @Test("French and plain formatting")
    func formatting() {
        // `description` is short English, as every description of the package; a language is chosen.
        #expect(Euros(cents: 1_750_000).description == "€17,500.00")
        #expect(Euros(cents: 1_750_000).description(in: .french) == "17 500,00 €")
        #expect(Euros(cents: -123_456_789).description(in: .english) == "-€1,234,567.89")
        #expect(Euros(cents: 1_125_683).frenchDescription == "11 256,83 €")
        #expect(Euros(cents: 5).frenchDescription == "0,05 €")
        #expect(Euros(cents: -123_456_789).frenchDescription == "-1 234 567,89 €")
        #expect(Euros(cents: 100_000).frenchDescription == "1 000,00 €")
        #expect(Euros(cents: 1_750_000).plainDescription == "17500.00")
        #expect(Euros(cents: -7).plainDescription == "-0.07")
    }
}
