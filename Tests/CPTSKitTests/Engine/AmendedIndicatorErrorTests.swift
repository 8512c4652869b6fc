import Testing
@testable import CPTSKit

/// An amendment's indicator whose result cannot be evaluated is refused like the contract's own,
/// when the contract is made: the path of its result, in the year of the amendment's indicators.
@Suite("Errors of an amendment's indicators")
struct AmendedIndicatorErrorTests {
    @Test("A negative result of an amendment's proportional indicator: refused with its path and id")
    func negativeResult() throws {
        let own = try Indicator(id: "ateliers", label: "Ateliers", payout: .proportional(target: Fraction(10), amount: Euros(cents: 100_000)))
        let replacement = try Indicator(id: "vaccination", label: "Vaccination",
                                        payout: .proportional(target: Fraction(700), amount: Euros(cents: 500_000)))
        let mission = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 1_750_000), variable: Euros(cents: 1_000_000)),
                                         indicators: [own])
        let amendment = try Amendment(effectiveOn: try CalendarDate(parsing: "2025-10-01"),
                                      change: .indicators(mission: .prevention, indicators: [replacement]))
        let results: [Int: [String: IndicatorResult]] = [1: ["ateliers": .measured(Fraction(5))], 2: ["vaccination": .measured(Fraction(-1))]]
        // Refused when the contract is made, with the path of the result, as for the contract's own indicators.
        let error = #expect(throws: CPTSKitError.self) {
            try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try CalendarDate(parsing: "2025-05-12"),
                            missions: [mission], results: results, amendments: [amendment])
        }
        #expect(error?.path == "results.2.vaccination")
        #expect(error?.kind == .invalidNumber)
    }
}
