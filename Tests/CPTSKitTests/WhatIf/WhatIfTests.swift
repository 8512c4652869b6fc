import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// The coordinators' questions answered on the seed examples, values checked by hand.
@Suite("What-if: scenarios and the coordinators' questions")
struct WhatIfTests {
    let engine = FundingEngine()

    @Test("Lorient, year 1: what is still reachable (best case minus assessed)")
    func reachable() throws {
        let outlooks = try engine.outlook(for: try BundledExample.lorientLittoral.contract(), year: 1)
        #expect(outlooks.count == 25)
        let access = outlooks.filter { $0.mission == .accessToCare }
        // 9 000 − 6 000, 5 000 − 2 500, 0, 0, 0, 3 000 − 1 500, 5 000 − 2 000, 3 000 − 0.
        #expect(access.map(\.reachable.cents) == [300_000, 250_000, 0, 0, 0, 150_000, 300_000, 300_000])
        // Year 1's variable parts: 122 500 € possible; earned 22 000 + 23 300 + 10 300 + 4 900 + 7 500 = 68 000 €.
        #expect(outlooks.reduce(0) { $0 + $1.bestCase.cents } == 12_250_000)
        #expect(outlooks.reduce(0) { $0 + ($1.earned?.cents ?? 0) } == 6_800_000)
        #expect(outlooks.reduce(0) { $0 + $1.reachable.cents } == 12_250_000 - 6_800_000)
    }

    @Test("Lorient, year 2 (pending): the next tiers and what a point of progress is worth")
    func nextTiersAndValue() throws {
        let outlooks = try engine.outlook(for: try BundledExample.lorientLittoral.contract(), year: 2)
        func find(_ id: String) throws -> IndicatorOutlook { try #require(outlooks.first { $0.indicator == id }) }
        // Screening: 72.9 reached the 72.40 tier; next is 75 → 3 500 €, 2.1 points away: 1 000 € ÷ 2.1 = 476,19 € a point.
        let screening = try find("depistage-sein")
        #expect(screening.status == .pending)
        #expect(screening.reference == (try Fraction(parsing: "72.9")))
        #expect(screening.nextStep?.reach == Fraction(75))
        #expect(screening.nextStep?.gain == Euros(cents: 100_000))
        #expect(screening.nextStep?.distance == (try Fraction(parsing: "2.1")))
        #expect(try Euros(cents: 1).multiplied(by: try #require(screening.nextStep?.centsPerPoint), rounding: .toNearestOrAwayFromZero)
            == Euros(cents: 47_619))
        // ALD without a doctor: 84 ≤ 100 pays 6 000 €; next 50 → 9 000 €, 34 patients away.
        let ald = try find("ald-sans-mt")
        #expect(ald.nextStep?.reach == Fraction(50))
        #expect(ald.nextStep?.distance == Fraction(34))
        #expect(ald.nextStep?.gain == Euros(cents: 300_000))
        // IPA: proportional, 5 000 € for 5: 1 000 € a point, the best rate of the contract.
        let ipa = try find("ipa-installees")
        #expect(ipa.nextStep?.centsPerPoint == Fraction(100_000))
        let best = outlooks.filter { $0.nextStep?.centsPerPoint != nil }.max { ($0.nextStep?.centsPerPoint ?? .zero) < ($1.nextStep?.centsPerPoint ?? .zero) }
        #expect(best?.indicator == "ipa-installees")
        // An action not carried out: the whole amount, no distance.
        let protocolStep = try find("protocole-fin-de-vie").nextStep
        #expect(protocolStep?.gain == Euros(cents: 1_400_000))
        #expect(protocolStep?.distance == nil)
        // An action carried out last year (assumed kept up): no next step.
        #expect(try find("partenariat-cpam").nextStep == nil)
    }

    @Test("Lorient: prevention three months late loses 4 410,96 € (17 500 € × (181 − 89)/365)")
    func lateStart() throws {
        let comparison = try engine.lateStart(of: .prevention, byMonths: 3, in: try BundledExample.lorientLittoral.contract())
        #expect(comparison.totalDifference == Euros(cents: -441_096))
        #expect(comparison.differences.count == 1)
        #expect(comparison.differences[0].base == Euros(cents: 867_808))
        #expect(comparison.differences[0].scenario == Euros(cents: 426_712))
        let never = #expect(throws: CPTSKitError.self) {
            try engine.lateStart(of: .crisisResponse, byMonths: 1, in: try BundledExample.ploermel.contract().withoutCrisisMission())
        }
        #expect(never?.kind == .unknownMission)
    }

    @Test("A scenario on results, crises and the proration basis, line by line")
    func scenario() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        var scenario = Scenario()
        scenario.setResult(.measured(Fraction(75)), for: "depistage-sein", year: 1)
        scenario.setResult(.achieved(true), for: "protocole-fin-de-vie", year: 1)
        scenario.crisisYears = [1]
        let comparison = try engine.compare(contract, with: scenario)
        // +1 000 € (tier 75), +14 000 € (protocol), +67 500 € (crisis activation, T3 national amount).
        #expect(comparison.totalDifference == Euros(cents: 8_250_000))
        #expect(comparison.totalDifference(year: 1) == Euros(cents: 8_250_000))
        #expect(comparison.differences.map(\.delta.cents).sorted() == [100_000, 1_400_000, 6_750_000])
        #expect(comparison.differences.contains { $0.part == .crisisActivation && $0.base == nil })
        var basis = Scenario()
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.prorationBasis.value = .thirty360
        basis.rulebook = rulebook
        #expect(try engine.compare(contract, with: basis).totalDifference == Euros(cents: 37_005))
        #expect(try engine.compare(contract, with: Scenario()).differences.isEmpty)
    }

    @Test("Boundary inclusivity as a scenario: 80 000 inhabitants is T3 by default, T2 with the lower side")
    func inclusivity() throws {
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS 80 000", population: 80_000),
                                       signedOn: try CalendarDate(parsing: "2025-01-01"), missions: [])
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.sizeBoundaries.value?.boundaries[1].side = .lower
        var scenario = Scenario()
        scenario.rulebook = rulebook
        let comparison = try engine.compare(contract, with: scenario)
        #expect(comparison.base.sizeClass == .t3)
        #expect(comparison.scenario.sizeClass == .t2)
        // Fonctionnement 75 000 € → 60 000 € a year (aci-rules.md §2), over five years.
        #expect(comparison.totalDifference == Euros(cents: -7_500_000))
    }
}

extension ACIContract {
    /// The same contract without its crisis mission (a test helper).
    func withoutCrisisMission() throws -> ACIContract {
        try ACIContract(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions.filter { $0.kind != .crisisResponse },
                        results: results, crisisYears: [])
    }
}
