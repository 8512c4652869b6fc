import Testing
@testable import CPTSKit

@Suite("Validation: typed errors with the field path, and warnings")
struct ValidationTests {
    let engine = FundingEngine()

    func expectError(_ kind: CPTSKitError.Kind, at path: String, message fragment: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("expected \(kind) at \(path)", sourceLocation: sourceLocation)
        } catch let error as CPTSKitError {
            #expect(error.kind == kind, sourceLocation: sourceLocation)
            #expect(error.path == path, sourceLocation: sourceLocation)
            if let fragment { #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation) }
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    static func t3(_ missions: [EngagedMission], results: [Int: [String: IndicatorResult]] = [:], crisis: Set<Int> = [],
                   rulebook: String? = nil, signedOn: String = "2025-05-12", population: Int = 110_110) throws -> ACIContract {
        try ACIContract(cpts: try CPTS(name: "CPTS", population: population), signedOn: try ContractFixtures.date(signedOn),
                        rulebookID: rulebook, missions: missions, results: results, crisisYears: crisis)
    }

    @Test("A budget above the national amount is an error")
    func budgetAboveNational() throws {
        let contract = try Self.t3([try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 9_000_001)))])
        expectError(.budgetAboveNational, at: "missions[0].budget.fixed", message: "€90,000.00") { _ = try engine.funding(for: contract) }
    }

    @Test("A budget below the national amount is reported")
    func budgetBelowNational() throws {
        let contract = try Self.t3([try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: ContractFixtures.euros(80_000)))])
        let warnings = try engine.validate(contract)
        #expect(warnings.contains { $0.kind == .budgetBelowNational && $0.path == "missions[0].budget.fixed" })
        #expect(try engine.funding(for: contract).years[0].lines[1].amount == ContractFixtures.euros(80_000))
        #expect(try engine.funding(for: contract).years[0].lines[1].source == .contract)
    }

    @Test("Σ best-case indicator amounts above the variable envelope is an error")
    func envelopeExceeded() throws {
        let indicators = [try ContractFixtures.allOrNothing("a", 17_000), try ContractFixtures.allOrNothing("b", 501)]
        let contract = try Self.t3([try EngagedMission(kind: .prevention, indicators: indicators)])
        expectError(.variableEnvelopeExceeded, at: "missions[0].indicators", message: "€17,500.00") { _ = try engine.funding(for: contract) }
    }

    @Test("Indicators on the crisis mission have no envelope to draw on")
    func crisisIndicators() throws {
        let contract = try Self.t3([try EngagedMission(kind: .crisisResponse, indicators: [try ContractFixtures.allOrNothing("a", 1)])])
        expectError(.variableEnvelopeExceeded, at: "missions[0].indicators") { _ = try engine.funding(for: contract) }
    }

    @Test("An unknown national amount with no contract budget names the mission and the size")
    func unknownNational() throws {
        let contract = try Self.t3([try EngagedMission(kind: .prevention)], population: 72_520)
        expectError(.unknownNationalAmount, at: "missions[0].budget.fixed", message: "prevention for size T2") {
            _ = try engine.funding(for: contract)
        }
        let partial = try Self.t3([try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: ContractFixtures.euros(14_000)))],
                                  population: 72_520)
        expectError(.unknownNationalAmount, at: "missions[0].budget.variable") { _ = try engine.funding(for: partial) }
        let crisis = try Self.t3([try EngagedMission(kind: .crisisResponse, budget: MissionBudget(fixed: ContractFixtures.euros(18_000)))],
                                 population: 72_520)
        expectError(.unknownNationalAmount, at: "missions[0].budget.activated") { _ = try engine.funding(for: crisis) }
    }

    @Test("Missing results of an assessed year")
    func missingResult() throws {
        let indicators = [try ContractFixtures.allOrNothing("a", 1_000), try ContractFixtures.allOrNothing("b", 1_000)]
        expectError(.missingResult, at: "results.1.b") {
            _ = try Self.t3([try EngagedMission(kind: .prevention, indicators: indicators)], results: [1: ["a": .achieved(true)]])
        }
    }

    @Test("A mission that starts later needs no result before its start year")
    func resultsBeforeStart() throws {
        let mission = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date("2026-06-01"),
                                         indicators: [try ContractFixtures.allOrNothing("a", 1_000)])
        let contract = try Self.t3([mission], results: [1: [:]])
        let funding = try engine.funding(for: contract)
        #expect(funding.years[0].lines.count == 1)
        #expect(funding.years[1].lines.contains { $0.indicator == "a" && $0.status == .pending })
    }

    @Test("Results of the wrong kind, for unknown indicators, or out of the contract years")
    func resultErrors() throws {
        let mission = try EngagedMission(kind: .prevention, indicators: [try ContractFixtures.allOrNothing("a", 1_000)])
        expectError(.wrongResultKind, at: "results.1.a") { _ = try Self.t3([mission], results: [1: ["a": .measured(Fraction(3))]]) }
        expectError(.unknownIndicator, at: "results.1.zz") {
            _ = try Self.t3([mission], results: [1: ["a": .achieved(true), "zz": .achieved(true)]])
        }
        expectError(.yearOutOfContract, at: "results.6") { _ = try Self.t3([mission], results: [6: ["a": .achieved(true)]]) }
        let measured = try EngagedMission(kind: .prevention, indicators: [
            try Indicator(id: "m", label: "m", payout: .proportional(target: Fraction(10), amount: Euros(cents: 100)))])
        expectError(.wrongResultKind, at: "results.1.m") { _ = try Self.t3([measured], results: [1: ["m": .achieved(true)]]) }
        expectError(.invalidNumber, at: "results.1.m") { _ = try Self.t3([measured], results: [1: ["m": .measured(Fraction(-1))]]) }
    }

    @Test("Dates out of the contract")
    func datesOutOfContract() throws {
        let early = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date("2025-05-11"))
        expectError(.dateOutOfContract, at: "missions[0].starts_on", message: "before the signature") { _ = try Self.t3([early]) }
        let late = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date("2030-05-12"))
        expectError(.dateOutOfContract, at: "missions[0].starts_on", message: "before the contract ends") { _ = try Self.t3([late]) }
        let lastDay = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date("2030-05-11"))
        #expect(try engine.funding(for: try Self.t3([lastDay])).years[4].lines[1].rate.description == "1/365")
    }

    @Test("Duplicates, missions outside the rulebook, crises without the crisis mission")
    func structuralErrors() throws {
        let prevention = try EngagedMission(kind: .prevention)
        expectError(.duplicateMission, at: "missions[1].mission") { _ = try Self.t3([prevention, prevention]) }
        let a = try EngagedMission(kind: .prevention, indicators: [try ContractFixtures.allOrNothing("x", 1)])
        let b = try EngagedMission(kind: .carePathways, indicators: [try ContractFixtures.allOrNothing("x", 1)])
        expectError(.duplicateIndicator, at: "missions[1].indicators[0].id") { _ = try Self.t3([a, b]) }
        expectError(.duplicateIndicator, at: "indicators[1].id") {
            _ = try EngagedMission(kind: .prevention, indicators: [try ContractFixtures.allOrNothing("x", 1), try ContractFixtures.allOrNothing("x", 2)])
        }
        let crisis = try EngagedMission(kind: .crisisResponse, budget: MissionBudget(fixed: ContractFixtures.euros(20_000), activated: ContractFixtures.euros(60_000)))
        let under2019 = try Self.t3([crisis], rulebook: "aci-2019")
        expectError(.missionNotInRulebook, at: "missions[0].mission") { _ = try engine.funding(for: under2019) }
        expectError(.crisisWithoutMission, at: "crisis_recognised.2") { _ = try engine.funding(for: try Self.t3([prevention], crisis: [2])) }
        let lateCrisis = try EngagedMission(kind: .crisisResponse, startsOn: try ContractFixtures.date("2026-06-01"))
        expectError(.crisisWithoutMission, at: "crisis_recognised.1") { _ = try engine.funding(for: try Self.t3([lateCrisis], crisis: [1])) }
        expectError(.yearOutOfContract, at: "crisis_recognised.7") { _ = try Self.t3([crisis], crisis: [7]) }
        expectError(.unknownRulebook, at: "rulebook") { _ = try engine.funding(for: try Self.t3([prevention], rulebook: "aci-2030")) }
        expectError(.unknownRulebook, at: "signed_on") { _ = try engine.funding(for: try Self.t3([prevention], signedOn: "2019-01-01")) }
        expectError(.yearOutOfContract, at: "year") { _ = try engine.statement(for: try Self.t3([prevention]), year: 6) }
    }

    @Test("Mission-specific fields stay on their mission")
    func missionFields() throws {
        expectError(.unknownField, at: "budget.activated") {
            _ = try EngagedMission(kind: .prevention, budget: MissionBudget(activated: Euros(cents: 1)))
        }
        expectError(.unknownField, at: "budget.variable") {
            _ = try EngagedMission(kind: .crisisResponse, budget: MissionBudget(variable: Euros(cents: 1)))
        }
        expectError(.unknownField, at: "themes") { _ = try EngagedMission(kind: .carePathways, themes: [try PreventionTheme(key: "vaccination")]) }
        expectError(.unknownField, at: "pathways") { _ = try EngagedMission(kind: .prevention, pathways: [try CarePathway(key: "elderly")]) }
        expectError(.negativeAmount, at: "budget.fixed") { _ = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: -1))) }
    }

    @Test("Warnings: a missed start deadline, socle missions not engaged, a total above a known maximum")
    func warnings() throws {
        let late = try EngagedMission(kind: .accessToCare, startsOn: try ContractFixtures.date("2025-11-13"))
        let warnings = try engine.validate(try Self.t3([late]))
        #expect(warnings.contains { $0.kind == .startDeadlineMissed && $0.path == "missions[0].starts_on" && $0.message.contains("12 November 2025") && $0.frenchMessage.contains("12/11/2025") })
        #expect(warnings.filter { $0.kind == .socleMissionNotEngaged }.count == 3)
        let onTime = try EngagedMission(kind: .accessToCare, startsOn: try ContractFixtures.date("2025-11-12"))
        #expect(!(try engine.validate(try Self.t3([onTime]))).contains { $0.kind == .startDeadlineMissed })

        // Under ACI 2019 the T3 maximum is 370 000 € (PRESS-2019); the post-avenant amounts exceed it.
        var missions: [EngagedMission] = []
        for rule in Rulebook.aci2019Avenant2.missions where rule.kind != .crisisResponse {
            missions.append(try EngagedMission(kind: rule.kind, budget: MissionBudget(fixed: rule.fixed.t3.value, variable: rule.variable?.t3.value),
                                               indicators: try ContractFixtures.invariantIndicators(rule.kind)))
        }
        let funding = try engine.funding(for: try Self.t3(missions, rulebook: "aci-2019"))
        #expect(funding.years[0].maxTotal == ContractFixtures.euros(375_000))
        let above = try #require(funding.years[0].warnings.first { $0.kind == .aboveYearlyMaximum })
        #expect(above.message.contains("€375,000.00") && above.message.contains("€370,000.00"))
        #expect(above.message(in: .french).contains("375 000,00 €") && above.message(in: .french).contains("370 000,00 €"))
    }

    @Test("Unknown theme and pathway keys list the known ones; custom keys are admitted")
    func catalogues() throws {
        let theme = #expect(throws: CPTSKitError.self) { try PreventionTheme(key: "yoga") }
        #expect(theme?.kind == .unknownTheme)
        #expect(theme?.message.contains("cancer_screening") == true)
        #expect(throws: CPTSKitError.self) { try CarePathway(key: "nope") }
        #expect(throws: CPTSKitError.self) { try PreventionTheme(key: "custom:") }
        #expect(try PreventionTheme(key: "custom:ateliers-memoire").label == "ateliers-memoire")
        #expect(try CarePathway(key: "end_of_life_home").label == "Fin de vie à domicile")
        #expect(PreventionTheme.all.count == 19)
        #expect(CarePathway.all.count == 19)
        // Any well-formed mission key is read; whether a rulebook declares it is decided when computing.
        #expect(try MissionKind(key: "urgences").key == "urgences")
        for malformed in ["", "Urgences", "urgences!", "soins-urgents", String(repeating: "a", count: 65)] {
            let error = #expect(throws: CPTSKitError.self) { try MissionKind(key: malformed) }
            #expect(error?.kind == .unknownMission)
            #expect(error?.value == malformed)
        }
        #expect(try MissionKind(key: String(repeating: "a", count: 64)).key.count == 64)
        #expect(try MissionKind(key: "a").key == "a")
    }
}
