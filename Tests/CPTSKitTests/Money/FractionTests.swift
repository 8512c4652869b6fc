import Testing
@testable import CPTSKit
@testable import CPTSKitReports

@Suite("Fraction: exact rates and results")
struct FractionTests {
    @Test("Equality and order by value, terms kept for display")
    func valueSemantics() throws {
        let half = try Fraction(1, 2)
        let twoQuarters = try Fraction(2, 4)
        #expect(half == twoQuarters)
        #expect(half.hashValue == twoQuarters.hashValue)
        #expect(twoQuarters.description == "2/4")
        #expect(try Fraction(1, -2) == Fraction(-1, 2))
        #expect(try Fraction(6970, 100) < Fraction(7240, 100))
        #expect(try Fraction(729, 10) > Fraction(724, 10))
        #expect(try Fraction(Int64.max, 1) > Fraction(Int64.max - 1, 1))
        #expect(throws: CPTSKitError.self) { try Fraction(1, 0) }
    }

    struct ParseCase: Sendable, CustomTestStringConvertible {
        let text: String
        let numerator: Int64
        let denominator: Int64
        let decimal: String
        var testDescription: String { text }
    }

    static let parseCases: [ParseCase] = [
        .init(text: "72.40", numerator: 724, denominator: 10, decimal: "72.4"),
        .init(text: "69.70", numerator: 697, denominator: 10, decimal: "69.7"),
        .init(text: "75", numerator: 75, denominator: 1, decimal: "75"),
        .init(text: "0.001", numerator: 1, denominator: 1000, decimal: "0.001"),
        .init(text: "-3.5", numerator: -35, denominator: 10, decimal: "-3.5"),
        .init(text: "2.5e2", numerator: 250, denominator: 1, decimal: "250"),
        .init(text: "2/3", numerator: 2, denominator: 3, decimal: "2/3"),
        .init(text: "3/8", numerator: 3, denominator: 8, decimal: "0.375"),
    ]

    @Test("Parses decimals and ratios exactly; writes them back", arguments: parseCases)
    func parses(_ c: ParseCase) throws {
        let value = try Fraction(parsing: c.text)
        #expect(value == (try Fraction(c.numerator, c.denominator)))
        #expect(value.decimalDescription == c.decimal)
        #expect(try Fraction(parsing: value.decimalDescription) == value)
    }

    @Test("Rejects malformed numbers", arguments: ["", "1,5", "abc", "1/0", "1.5/2", "--1", "0x10"])
    func rejects(_ text: String) {
        #expect(throws: CPTSKitError.self) { try Fraction(parsing: text) }
    }

    @Test("Division reduces crosswise and caps at one")
    func division() throws {
        let ratio = try Fraction(350).divided(by: Fraction(700))
        #expect(ratio == (try Fraction(1, 2)))
        #expect(try Fraction(900).divided(by: Fraction(700)).cappedAtOne == .one)
        #expect(throws: CPTSKitError.self) { try Fraction(1).divided(by: .zero) }
    }

    @Test("French percentages")
    func percent() throws {
        #expect(FrenchNumber.percent(try Fraction(7946, 10000)) == "79,46 %")
        #expect(FrenchNumber.percent(try Fraction(3, 4), decimals: 0) == "75 %")
        #expect(FrenchNumber.percent(try Fraction(109_422, 764_161)) == "14,32 %")
        #expect(FrenchNumber.grouped(764_161) == "764 161")
    }
}
