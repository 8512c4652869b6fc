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

    @Test("Multiplication that leaves 64 bits is an error, not a wrap")
    func multiplicationOverflow() throws {
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).multiplied(by: Fraction(3, 2), rounding: .towardZero) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).multiplied(by: Fraction(2), rounding: .towardZero) }
    }

    @Test("French and plain formatting")
    func formatting() {
        #expect(Euros(cents: 1_750_000).description == "17 500,00 €")
        #expect(Euros(cents: 1_125_683).frenchDescription == "11 256,83 €")
        #expect(Euros(cents: 5).frenchDescription == "0,05 €")
        #expect(Euros(cents: -123_456_789).frenchDescription == "-1 234 567,89 €")
        #expect(Euros(cents: 100_000).frenchDescription == "1 000,00 €")
        #expect(Euros(cents: 1_750_000).plainDescription == "17500.00")
        #expect(Euros(cents: -7).plainDescription == "-0.07")
    }
}
