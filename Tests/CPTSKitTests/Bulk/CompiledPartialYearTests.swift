import Testing
import CPTSKitTesting
@testable import CPTSKit

/// A what-if scenario may set a few results of a pending year; the compiled columns hold such a
/// contract: the lines without result stay pending at their best case, out of the total.
@Suite("The compiled path and years assessed for some indicators only")
struct CompiledPartialYearTests {
    /// A result at, just below or just above one of the payout's boundaries.
    static func boundaryResult(of payout: Payout, using generator: inout SeededGenerator) -> IndicatorResult {
        let step = (try? Fraction(1, 100)) ?? .one
        func near(_ value: Fraction) -> Fraction {
            let moved = [value, (try? value.subtracting(step)) ?? value, (try? value.subtracting(try Fraction(-1, 100))) ?? value]
                .randomElement(using: &generator) ?? value
            return moved.isNegative ? value : moved
        }
        switch payout {
        case .allOrNothing: return .achieved(Bool.random(using: &generator))
        case .tiers(_, let tiers): return .measured(near(tiers.randomElement(using: &generator)?.reach ?? .zero))
        case .proportional(let target, _): return .measured(near(target))
        }
    }

    @Test("Random contracts, a few results set in a pending year, every rounding rule, envelopes prorated or not: compiled = reference, in the columns")
    func random() throws {
        var generator = SeededGenerator(seed: 2026)
        var partial = 0
        for round in 0..<240 {
            let contract = try RandomContracts.make(using: &generator)
            var rulebook = Rulebook.aci2019Avenant2
            rulebook.rounding.value = RoundingRule.allCases[round % RoundingRule.allCases.count]
            rulebook.prorateVariableEnvelope.value = round % 2 == 0
            let pendingYears = contract.activeYears.map(\.number).filter { contract.results[$0] == nil }
            let indicators = contract.missions.flatMap(\.indicators)
            guard let year = pendingYears.randomElement(using: &generator), indicators.count > 1 else { continue }
            var scenario = Scenario()
            for indicator in indicators.shuffled(using: &generator).prefix(Int.random(in: 1..<indicators.count, using: &generator)) {
                scenario.setResult(Self.boundaryResult(of: indicator.payout, using: &generator), for: indicator.id, year: year)
            }
            let varied = try scenario.apply(to: contract)
            guard varied.partiallyAssessed else { continue }
            partial += 1
            try CompiledContractTests.expectSame(varied, rulebook: rulebook)
            // The path the contract takes with every result of its assessed years: no other reason.
            #expect(try CompiledContract(varied, rulebook: rulebook).usesReferencePath
                == CompiledContract(contract, rulebook: rulebook).usesReferencePath)
        }
        #expect(partial > 100, "\(partial) partially assessed contracts")
    }
}

@Suite("The compiled header's rounding rule per year")
struct CompiledRoundingPerYearTests {
    @Test("Every rule, in every year, reads back as it was packed", arguments: RoundingRule.allCases)
    func roundTrip(_ rule: RoundingRule) {
        let others = RoundingRule.allCases.filter { $0 != rule }
        for year in 0..<ACIContract.yearCount {
            var header = CompiledPortfolio.Header(allOrNothing: 0..<0, tiers: 0..<0, proportional: 0..<0, templates: 0..<0, terms: 0..<0,
                                                  assessed: 0, exact: -1, rounding: rule)
            for index in 0..<ACIContract.yearCount {
                let code = CompiledPortfolio.Header.code(of: index == year ? rule : others[index % others.count])
                header.yearRoundings |= code << UInt16(2 * index)
            }
            #expect(header.rounding(inYear: year) == rule)
            #expect((0..<ACIContract.yearCount).filter { header.rounding(inYear: $0) == rule } == [year])
        }
    }
}
