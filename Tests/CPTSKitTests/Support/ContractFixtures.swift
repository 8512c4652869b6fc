import CPTSKitTesting
@testable import CPTSKit

/// Contracts built in code for the engine and schedule tests.
enum ContractFixtures {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }
    static func euros(_ whole: Int64) -> Euros { Euros(cents: whole * 100) }

    static func allOrNothing(_ id: String, _ amount: Int64) throws -> Indicator {
        try Indicator(id: id, label: id, payout: .allOrNothing(amount: euros(amount)))
    }

    /// The indicator amounts of the real T3 contracts: Σ best case = envelope (the test-support
    /// product's, which the package's tests use as an integrator would).
    static let invariantAmounts = TestContracts.fullT3IndicatorAmounts

    static func invariantIndicators(_ kind: MissionKind) throws -> [Indicator] {
        try (invariantAmounts[kind] ?? []).enumerated().map { try allOrNothing("\(kind.key)-\($0.offset)", $0.element) }
    }

    /// A T3 contract engaging all six missions at signature with the national amounts.
    static func fullT3(signedOn: String = "2025-05-12", population: Int = 110_110, rulebook: String? = "aci-2019-av2",
                       assessed: [Int: Bool] = [:], crisisYears: Set<Int> = []) throws -> ACIContract {
        try TestContracts.fullT3(signedOn: try date(signedOn), population: population, rulebook: rulebook, assessed: assessed,
                                 crisisYears: crisisYears)
    }

    /// A one-mission contract with a contract budget.
    static func single(_ kind: MissionKind = .prevention, population: Int = 60_382, signedOn: String = "2024-02-29",
                       startsOn: String? = nil, fixed: Int64 = 20_000, variable: Int64? = 10_000,
                       indicators: [Indicator] = [], results: [Int: [String: IndicatorResult]] = [:]) throws -> ACIContract {
        let mission = try EngagedMission(kind: kind, startsOn: try startsOn.map(date),
                                         budget: MissionBudget(fixed: euros(fixed), variable: variable.map(euros)),
                                         indicators: indicators)
        return try ACIContract(cpts: try CPTS(name: "CPTS Test", population: population), signedOn: try date(signedOn),
                               missions: [mission], results: results)
    }

    /// The third worked figure of contracts over time: a T3 CPTS signed on 2024-01-10 engaging prévention
    /// at the national amounts, terminated early.
    static func terminated(on day: String, signedOn: String = "2024-01-10", population: Int = 100_000) throws -> ACIContract {
        let mission = try EngagedMission(kind: .prevention)
        return try ACIContract(cpts: try CPTS(name: "CPTS Résiliée", population: population), signedOn: try date(signedOn),
                               missions: [mission],
                               amendments: [try Amendment(effectiveOn: try date(day), change: .termination)])
    }
}
