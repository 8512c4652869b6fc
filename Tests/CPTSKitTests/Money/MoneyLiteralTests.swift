import Testing
@testable import CPTSKit

@Suite("Money that reads like money: literals and operators")
struct MoneyLiteralTests {
    @Test("An integer literal is whole euros; + and - and prefix - are exact")
    func operators() {
        let fonctionnement: Euros = 75_000
        let supplement: Euros = 17_500
        #expect(fonctionnement.cents == 7_500_000)
        #expect((fonctionnement + supplement).cents == 9_250_000)
        #expect((fonctionnement - supplement).cents == 5_750_000)
        #expect((supplement - fonctionnement).cents == -5_750_000)
        #expect((-supplement).cents == -1_750_000)
        var total: Euros = .zero
        total += fonctionnement
        total -= supplement
        #expect(total == 57_500)
        #expect([fonctionnement, supplement, Euros(cents: 1)].reduce(.zero, +).cents == 9_250_001)
        #expect(supplement < fonctionnement)
        let literalZero: Euros = 0
        #expect(literalZero == .zero)
    }

    @Test("The operators agree with the checked operations wherever those succeed")
    func agreeWithChecked() throws {
        let amounts: [Euros] = [0, 1, -1, Euros(cents: 12_345), Euros(cents: -99), 9_999_999_999, Euros(cents: Int64.max / 2)]
        for a in amounts {
            for b in amounts {
                #expect(a + b == (try a.adding(b)))
                #expect(a - b == (try a.subtracting(b)))
            }
        }
        // The checked operations still throw where the operators would stop the program.
        #expect(throws: CPTSKitError.self) { try Euros(cents: .max).adding(Euros(cents: 1)) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: .min).subtracting(Euros(cents: 1)) }
    }

    @Test("A Fraction literal is a whole number over one")
    func fraction() throws {
        let all: Fraction = 1
        let none: Fraction = 0
        #expect(all == .one)
        #expect(none == .zero)
        #expect(all.denominator == 1)
        #expect(try Euros(cents: 1_750_000).multiplied(by: 1, rounding: .toNearestOrAwayFromZero).cents == 1_750_000)
    }
}
