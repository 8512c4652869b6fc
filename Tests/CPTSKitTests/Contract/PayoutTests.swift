import Testing
@testable import CPTSKit

@Suite("Indicator payouts: the four shapes of aci-rules.md §4")
struct PayoutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let result: String
        let expectedCents: Int64
        var testDescription: String { "\(name) at \(result) pays \(expectedCents) cents" }
    }

    static func breastScreening() throws -> Indicator {
        try Indicator(id: "depistage-sein", label: "Dépistage du cancer du sein", payout: .tiers(better: .higher, tiers: [
            Tier(reach: try Fraction(parsing: "69.70"), amount: ContractFixtures.euros(1_000)),
            Tier(reach: try Fraction(parsing: "72.40"), amount: ContractFixtures.euros(2_500)),
            Tier(reach: try Fraction(parsing: "75"), amount: ContractFixtures.euros(3_500)),
        ]))
    }

    static func patientsWithoutDoctor() throws -> Indicator {
        try Indicator(id: "ald-sans-mt", label: "ALD sans médecin traitant", payout: .tiers(better: .lower, tiers: [
            Tier(reach: Fraction(219), amount: ContractFixtures.euros(3_000)),
            Tier(reach: Fraction(100), amount: ContractFixtures.euros(6_000)),
            Tier(reach: Fraction(50), amount: ContractFixtures.euros(9_000)),
        ]))
    }

    static func newPatients() throws -> Indicator {
        try Indicator(id: "nouveaux-mt", label: "+700 patients", payout: .proportional(target: Fraction(700), amount: ContractFixtures.euros(5_000)))
    }

    // The contract examples of aci-rules.md §4, at, just below and just above every tier.
    static let higherCases: [Case] = [
        .init(name: "dépistage", result: "60", expectedCents: 0), .init(name: "dépistage", result: "69.69", expectedCents: 0),
        .init(name: "dépistage", result: "69.70", expectedCents: 100_000), .init(name: "dépistage", result: "69.71", expectedCents: 100_000),
        .init(name: "dépistage", result: "72.39", expectedCents: 100_000), .init(name: "dépistage", result: "72.40", expectedCents: 250_000),
        .init(name: "dépistage", result: "72.9", expectedCents: 250_000), .init(name: "dépistage", result: "74.99", expectedCents: 250_000),
        .init(name: "dépistage", result: "75", expectedCents: 350_000), .init(name: "dépistage", result: "75.01", expectedCents: 350_000),
    ]
    static let lowerCases: [Case] = [
        .init(name: "ALD", result: "220", expectedCents: 0), .init(name: "ALD", result: "219", expectedCents: 300_000),
        .init(name: "ALD", result: "218", expectedCents: 300_000), .init(name: "ALD", result: "101", expectedCents: 300_000),
        .init(name: "ALD", result: "100", expectedCents: 600_000), .init(name: "ALD", result: "84", expectedCents: 600_000),
        .init(name: "ALD", result: "51", expectedCents: 600_000), .init(name: "ALD", result: "50", expectedCents: 900_000),
        .init(name: "ALD", result: "49", expectedCents: 900_000), .init(name: "ALD", result: "0", expectedCents: 900_000),
    ]
    static let proportionalCases: [Case] = [
        .init(name: "+700", result: "0", expectedCents: 0), .init(name: "+700", result: "1", expectedCents: 714),
        .init(name: "+700", result: "350", expectedCents: 250_000), .init(name: "+700", result: "699", expectedCents: 499_286),
        .init(name: "+700", result: "700", expectedCents: 500_000), .init(name: "+700", result: "701", expectedCents: 500_000),
        .init(name: "+700", result: "10000", expectedCents: 500_000), .init(name: "+700", result: "0.7", expectedCents: 500),
    ]

    @Test("Tiers, higher is better", arguments: higherCases)
    func higher(_ c: Case) throws {
        let payment = try Self.breastScreening().payment(for: .measured(try Fraction(parsing: c.result)), rounding: .toNearestOrAwayFromZero)
        #expect(payment.amount.cents == c.expectedCents)
    }

    @Test("Tiers, lower is better", arguments: lowerCases)
    func lower(_ c: Case) throws {
        let payment = try Self.patientsWithoutDoctor().payment(for: .measured(try Fraction(parsing: c.result)), rounding: .toNearestOrAwayFromZero)
        #expect(payment.amount.cents == c.expectedCents)
    }

    @Test("Proportional with target, rounded once half-up", arguments: proportionalCases)
    func proportional(_ c: Case) throws {
        let payment = try Self.newPatients().payment(for: .measured(try Fraction(parsing: c.result)), rounding: .toNearestOrAwayFromZero)
        #expect(payment.amount.cents == c.expectedCents)
    }

    @Test("Proportional rounding of thirds: 1 000 € × 1/3 and × 2/3")
    func proportionalThirds() throws {
        let indicator = try Indicator(id: "x", label: "x", payout: .proportional(target: Fraction(3), amount: ContractFixtures.euros(1_000)))
        #expect(try indicator.payment(for: .measured(Fraction(1)), rounding: .toNearestOrAwayFromZero).amount == Euros(cents: 33_333))
        #expect(try indicator.payment(for: .measured(Fraction(2)), rounding: .toNearestOrAwayFromZero).amount == Euros(cents: 66_667))
        #expect(try indicator.payment(for: .measured(Fraction(2)), rounding: .towardZero).amount == Euros(cents: 66_666))
    }

    @Test("All or nothing")
    func allOrNothing() throws {
        let indicator = try ContractFixtures.allOrNothing("partenariat-cpam", 2_000)
        #expect(try indicator.payment(for: .achieved(true), rounding: .toNearestOrAwayFromZero).amount == ContractFixtures.euros(2_000))
        #expect(try indicator.payment(for: .achieved(false), rounding: .toNearestOrAwayFromZero).amount == .zero)
        let wrong = #expect(throws: CPTSKitError.self) { try indicator.payment(for: .measured(Fraction(1)), rounding: .towardZero) }
        #expect(wrong?.kind == .wrongResultKind)
        #expect(throws: CPTSKitError.self) { try Self.newPatients().payment(for: .achieved(true), rounding: .towardZero) }
        #expect(throws: CPTSKitError.self) { try Self.newPatients().payment(for: .measured(Fraction(-1)), rounding: .towardZero) }
    }

    @Test("Best cases")
    func bestCases() throws {
        #expect(try Self.breastScreening().payout.bestCase == ContractFixtures.euros(3_500))
        #expect(try Self.patientsWithoutDoctor().payout.bestCase == ContractFixtures.euros(9_000))
        #expect(try Self.newPatients().payout.bestCase == ContractFixtures.euros(5_000))
    }

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let name: String
        let payout: Payout
        let kind: CPTSKitError.Kind
        let path: String
        var testDescription: String { name }
    }

    static let invalidCases: [InvalidCase] = [
        .init(name: "no tier", payout: .tiers(better: .higher, tiers: []), kind: .invalidTiers, path: "payout.tiers"),
        .init(name: "same reach twice", payout: .tiers(better: .higher, tiers: [
            Tier(reach: Fraction(1), amount: Euros(cents: 100)), Tier(reach: Fraction(1), amount: Euros(cents: 200))]),
              kind: .invalidTiers, path: "payout.tiers[1].reach"),
        .init(name: "harder tier pays less", payout: .tiers(better: .higher, tiers: [
            Tier(reach: Fraction(1), amount: Euros(cents: 300)), Tier(reach: Fraction(2), amount: Euros(cents: 200))]),
              kind: .invalidTiers, path: "payout.tiers[1].amount"),
        .init(name: "lower is better, harder tier pays less", payout: .tiers(better: .lower, tiers: [
            Tier(reach: Fraction(219), amount: Euros(cents: 900)), Tier(reach: Fraction(50), amount: Euros(cents: 300))]),
              kind: .invalidTiers, path: "payout.tiers[1].amount"),
        .init(name: "negative tier", payout: .tiers(better: .higher, tiers: [Tier(reach: Fraction(1), amount: Euros(cents: -1))]),
              kind: .negativeAmount, path: "payout.tiers[0].amount"),
        .init(name: "zero target", payout: .proportional(target: .zero, amount: Euros(cents: 100)), kind: .invalidTarget, path: "payout.target"),
        .init(name: "negative amount", payout: .allOrNothing(amount: Euros(cents: -100)), kind: .negativeAmount, path: "payout.amount"),
    ]

    @Test("Invalid payouts are refused with their path", arguments: invalidCases)
    func invalid(_ c: InvalidCase) {
        let error = #expect(throws: CPTSKitError.self) { try Indicator(id: "x", label: "x", payout: c.payout) }
        #expect(error?.kind == c.kind)
        #expect(error?.path == c.path)
    }
}
