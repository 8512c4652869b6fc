import Testing
@testable import CPTSKit
@testable import CPTSKitReports
import CPTSKitExamples

/// Warnings are sentences for people: the mission's name, what happened, what to do; the field's
/// path stays beside them (`path`, `cpts validate`).
@Suite("Warnings written for people")
struct WarningSentenceTests {
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    @Test("A deployment deadline passed: the mission's name, the day, and what to add, in both languages")
    func deployment() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let warnings = try FundingEngine().validate(contract, asOf: try Self.day("2026-11-30"))
        let warning = try #require(warnings.first { $0.kind == .deadlinePassed && $0.path == "missions[0].deployed_on" })
        #expect(warning.message(in: .french)
            == "Accès aux soins : date de déploiement non renseignée, échéance de déploiement dépassée le 12/11/2026 — ajoutez `deployed_on`")
        #expect(warning.message(in: .english).hasPrefix("Accès aux soins"))
        #expect(warning.message(in: .english).hasSuffix("no deployment date recorded, deployment deadline passed on 12 November 2026 — add `deployed_on`"))
    }

    @Test("A start deadline passed without a start: what to correct; a socle mission not engaged: what to add")
    func startAndSocle() throws {
        let late = try EngagedMission(kind: .accessToCare, startsOn: try Self.day("2026-03-01"))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Test", population: 110_110), signedOn: try Self.day("2025-05-12"),
                                       rulebookID: "aci-2019-av2", missions: [late])
        let warnings = try FundingEngine().validate(contract, asOf: try Self.day("2026-01-15"))
        let passed = try #require(warnings.first { $0.kind == .deadlinePassed })
        #expect(passed.message(in: .french).contains("pas encore démarrée au 15/01/2026, échéance de démarrage dépassée le 12/11/2025 — si elle a démarré, corrigez `starts_on`"))
        let socle = try #require(warnings.first { $0.kind == .socleMissionNotEngaged })
        #expect(socle.message(in: .french).contains(": mission socle non engagée — ajoutez-la à `missions`"))
        #expect(socle.message(in: .english).contains(": socle mission not engaged — add it to `missions`"))
    }

    @Test("The review and the follow-up show the sentence, not the field's path")
    func noPathInTexts() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let asOf = try Self.day("2026-11-30")
        let review = try FundingEngine().review(for: contract, year: 1, asOf: asOf)
        let markdown = ReviewRenderer.markdown(review, language: .french)
        #expect(markdown.contains("- Accès aux soins : date de déploiement non renseignée"))
        #expect(!markdown.contains("missions[0].deployed_on"))
        let warnings = try FundingEngine().validate(contract, asOf: asOf)
        let followUp = try FundingEngine().followUp(for: contract, asOf: asOf)
        let table = FollowUpRenderer.table(followUp, warnings: warnings, language: .french)
        #expect(table.contains("- Accès aux soins : date de déploiement non renseignée"))
        #expect(!table.contains("missions[0]"))
        #expect(FollowUpRenderer.json(followUp, warnings: warnings).serialized().contains("\"path\": \"missions[0].deployed_on\""))
    }

    @Test("A budget below the national amount and an envelope not fully allocated name their mission and what follows")
    func budgetAndEnvelope() throws {
        // T3 under avenant 2: prévention's national fixed part is 17 500 €; a contract budget of
        // 10 000 € is below it, and one indicator of 1 000 € leaves most of the envelope unpaid.
        let indicator = try Indicator(id: "action", label: "Action", payout: .allOrNothing(amount: Euros(cents: 100_000)))
        let mission = try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 1_000_000)), indicators: [indicator])
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS Test", population: 110_110), signedOn: try Self.day("2025-05-12"),
                                       rulebookID: "aci-2019-av2", missions: [mission])
        let warnings = try FundingEngine().validate(contract)
        let below = try #require(warnings.first { $0.kind == .budgetBelowNational })
        #expect(below.path == "missions[0].budget.fixed")
        #expect(below.message(in: .french).hasPrefix("Prévention : le budget du contrat, 10 000,00 €, est inférieur au montant national de 17 500,00 €"))
        #expect(below.message(in: .english).hasSuffix("— without it, the contract would receive the national amount"))
        let envelope = try #require(warnings.first { $0.kind == .envelopeNotFullyAllocated })
        #expect(envelope.message(in: .french).hasPrefix("Prévention : les indicateurs peuvent rapporter au plus 1 000,00 €"))
        #expect(envelope.message(in: .english).hasSuffix("— the rest cannot be paid"))
    }
}
