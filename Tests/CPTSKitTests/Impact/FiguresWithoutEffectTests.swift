import Foundation
import Testing
import CPTSKitReports
@testable import CPTSKit

/// Changed figures of a draft that change no contract's amount: listed with their reason.
@Suite("Figures a draft changes without effect")
struct FiguresWithoutEffectTests {
    /// Raises the T3 prévention fixed part (17 500 € → 30 000 €) and the T4 fonctionnement, changes
    /// the T3 envelope, the T3 maximum and a deadline; in force on 2024-06-01.
    static let draft = """
        {"format": "cpts-rulebook/1", "id": "draft-unused", "title": "Hypothèse de test", "extends": "aci-2019-av2",
         "effective_on": "2024-06-01", "figures": {
           "fonctionnement.annual.T4": {"value": "95000", "source": "hypothèse", "confidence": "I"},
           "mission.prevention.fixed.T3": {"value": "30000", "source": "hypothèse", "confidence": "I"},
           "mission.prevention.variable.T3": {"value": "30000", "source": "hypothèse", "confidence": "I"},
           "mission.prevention.start_deadline_months": {"value": 9, "source": "hypothèse", "confidence": "I"},
           "maximum.yearly.T3": {"value": "400000", "source": "hypothèse", "confidence": "I"}}}
        """

    static func impact(_ contracts: [ACIContract]) throws -> RulebookImpact {
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: draft))
        for contract in contracts { try impact.add(contract) }
        return impact
    }

    /// A T2 contract (60 382 inhabitants) engaging prévention, signed on 2024-02-29: its own fixed
    /// part (20 000 €), or the national one.
    static func t3(ownBudget: Bool) throws -> ACIContract {
        ownBudget ? try ContractFixtures.single(.prevention, population: 110_110, fixed: 15_000, variable: nil)
            : try ACIContract(cpts: try CPTS(name: "CPTS Nationale", population: 110_110), signedOn: try ContractFixtures.date("2024-02-29"),
                              missions: [try EngagedMission(kind: .prevention)])
    }

    static func reasons(_ impact: RulebookImpact) -> [String: FigureWithoutEffect.Reason] {
        Dictionary(uniqueKeysWithValues: impact.figuresWithoutEffect.map { ($0.key.description, $0.reason) })
    }

    @Test("The changed figures are those of the draft against the rulebook it follows, in listing order")
    func changed() throws {
        let impact = try Self.impact([])
        #expect(impact.changedFigures.map(\.description) == [
            "fonctionnement.annual.T4", "mission.prevention.fixed.T3", "mission.prevention.variable.T3",
            "mission.prevention.start_deadline_months", "maximum.yearly.T3",
        ].sorted { try! RulebookFigureKey(parsing: $0) < RulebookFigureKey(parsing: $1) })
        // Nothing reached: every changed figure is without effect, for that reason.
        #expect(impact.figuresWithoutEffect.count == 5)
        #expect(impact.figuresWithoutEffect.allSatisfy { $0.reason == .noContractReached })
    }

    @Test("A contract carrying its own budget: the raised fixed part is without effect, and said why")
    func ownBudget() throws {
        let impact = try Self.impact([try Self.t3(ownBudget: true)])
        #expect(impact.reached == 1)
        #expect(impact.total.difference == .zero)
        #expect(Self.reasons(impact) == [
            "fonctionnement.annual.T4": .notRead, "mission.prevention.fixed.T3": .ownBudgets,
            "mission.prevention.variable.T3": .envelopeOnly, "maximum.yearly.T3": .warningOnly,
        ])
    }

    @Test("A contract paid the national amount reads the raised figure: it is not listed")
    func nationalBudget() throws {
        let impact = try Self.impact([try Self.t3(ownBudget: false)])
        #expect(impact.total.difference.cents > 0)
        #expect(Self.reasons(impact)["mission.prevention.fixed.T3"] == nil)
        #expect(Self.reasons(impact)["fonctionnement.annual.T4"] == .notRead)
    }

    @Test("One contract paid the national amount, then its own budget by an amendment: the figure was paid, not listed")
    func amendedToOwnBudget() throws {
        let national = try Self.t3(ownBudget: false)
        let amendment = try Amendment(effectiveOn: try ContractFixtures.date("2026-03-01"),
                                      change: .budget(mission: .prevention, budget: MissionBudget(fixed: ContractFixtures.euros(15_000))))
        let amended = try national.adding(amendment: amendment)
        let impact = try Self.impact([amended])
        #expect(Self.reasons(impact)["mission.prevention.fixed.T3"] == nil)
        // Its own budget from signature, the national one by an amendment: paid too.
        let own = try Self.t3(ownBudget: true).adding(amendment:
            try Amendment(effectiveOn: try ContractFixtures.date("2026-03-01"), change: .budget(mission: .prevention, budget: .national)))
        #expect(Self.reasons(try Self.impact([own]))["mission.prevention.fixed.T3"] == nil)
    }

    @Test("Merged impacts: a figure one side pays is used, whichever side comes first", arguments: [false, true])
    func merged(_ paidFirst: Bool) throws {
        let paid = try Self.impact([try Self.t3(ownBudget: false)])
        let own = try Self.impact([try Self.t3(ownBudget: true)])
        let merged = paidFirst ? try paid.merged(with: own) : try own.merged(with: paid)
        #expect(Self.reasons(merged)["mission.prevention.fixed.T3"] == nil)
        // Two contracts carrying their own budgets stay "own budgets".
        #expect(Self.reasons(try own.merged(with: own))["mission.prevention.fixed.T3"] == .ownBudgets)
    }

    @Test("A contract finished before the draft applies is not reached: every figure is without effect")
    func notReached() throws {
        let finished = try ContractFixtures.single(.prevention, population: 110_110, signedOn: "2020-01-10", fixed: 15_000, variable: 10_000)
        let impact = try Self.impact([finished])
        #expect(impact.reached == 0)
        #expect(Set(Self.reasons(impact).values) == [.noContractReached])
    }

    @Test("The start-up amounts and the activation are recorded where they are paid")
    func otherAmounts() throws {
        // A draft raising the T3 fonctionnement and the crisis activation: a T3 contract with a recognised crisis pays both.
        let text = """
            {"format": "cpts-rulebook/1", "id": "draft-t3", "title": "Hypothèse", "extends": "aci-2019-av2", "effective_on": "2024-06-01",
             "figures": {"fonctionnement.annual.T3": {"value": "80000", "source": "h", "confidence": "I"},
                         "mission.crises_sanitaires.activated.T3": {"value": "40000", "source": "h", "confidence": "I"},
                         "mission.crises_sanitaires.activated.T2": {"value": "40000", "source": "h", "confidence": "I"}}}
            """
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: text))
        try impact.add(try ContractFixtures.fullT3(signedOn: "2024-03-01", crisisYears: [3]))
        #expect(Self.reasons(impact) == ["mission.crises_sanitaires.activated.T2": .notRead])
        #expect(impact.total.difference != .zero)
        // Without a recognised crisis, the activation is not read.
        var quiet = try RulebookImpact(draft: try RulebookDocument(jsonText: text))
        try quiet.add(try ContractFixtures.fullT3(signedOn: "2024-03-01"))
        #expect(Self.reasons(quiet)["mission.crises_sanitaires.activated.T3"] == .notRead)
    }

    @Test("Every format lists them: JSON with both languages, CSV rows, a table section, an HTML section")
    func rendered() throws {
        let impact = try Self.impact([try Self.t3(ownBudget: true)])
        let rulebook = try RulebookRegistry.standard.rulebook(resolving: try RulebookDocument(jsonText: Self.draft))
        let text = ImpactRenderer.render(impact, draft: rulebook, format: .json)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let entries = json?["figures_without_effect"] as? [[String: String]] ?? []
        #expect(entries.count == 4)
        #expect(entries.first { $0["key"] == "mission.prevention.fixed.T3" } == ["key": "mission.prevention.fixed.T3", "reason": "own_budgets",
                                  "message": "every contract concerned carries its own budget",
                                  "message_fr": "chaque contrat concerné porte son propre budget"])
        let csv = ImpactRenderer.render(impact, draft: rulebook, format: .csv, language: .english)
        #expect(csv.contains("figure_without_effect,mission.prevention.fixed.T3,own_budgets,every contract concerned carries its own budget"))
        let french = ImpactRenderer.render(impact, draft: rulebook, format: .table, language: .french)
        #expect(french.contains("Montants modifiés par le projet sans effet sur ces contrats"))
        #expect(french.contains("  mission.prevention.fixed.T3     chaque contrat concerné porte son propre budget\n"))
        let english = ImpactRenderer.render(impact, draft: rulebook, format: nil, language: .english)
        #expect(english.contains("<code>maximum.yearly.T3</code> — only a warning above the maximum"))
        // Only the T4 fonctionnement, the envelope, the maximum without effect once the fixed part is paid.
        let used = try Self.impact([try Self.t3(ownBudget: false)])
        let usedText = ImpactRenderer.render(used, draft: rulebook, format: .json)
        let usedJSON = try JSONSerialization.jsonObject(with: Data(usedText.utf8)) as? [String: Any]
        #expect((usedJSON?["figures_without_effect"] as? [Any])?.count == 3)
    }

    @Test("Nothing without effect: no section in the table or the page, an empty list in the JSON")
    func noneRendered() throws {
        let text = """
            {"format": "cpts-rulebook/1", "id": "draft-used", "title": "Hypothèse", "extends": "aci-2019-av2", "effective_on": "2024-06-01",
             "figures": {"mission.prevention.fixed.T3": {"value": "30000", "source": "h", "confidence": "I"}}}
            """
        let document = try RulebookDocument(jsonText: text)
        var impact = try RulebookImpact(draft: document)
        try impact.add(try Self.t3(ownBudget: false))
        #expect(impact.figuresWithoutEffect.isEmpty)
        let rulebook = try RulebookRegistry.standard.rulebook(resolving: document)
        #expect(!ImpactRenderer.render(impact, draft: rulebook, format: .table, language: .english).contains("change no amount"))
        #expect(!ImpactRenderer.render(impact, draft: rulebook, format: nil, language: .english).contains("change no amount"))
        #expect(!ImpactRenderer.render(impact, draft: rulebook, format: .csv).contains("figure_without_effect"))
        #expect(ImpactRenderer.render(impact, draft: rulebook, format: .json).contains("\"figures_without_effect\": []"))
    }

    @Test("An entry encodes as its key and reason, and decodes back; a bad key is refused", arguments: FigureWithoutEffect.Reason.allCases)
    func codable(_ reason: FigureWithoutEffect.Reason) throws {
        let entry = FigureWithoutEffect(key: .missionFixed(.prevention, .t2), reason: reason)
        let data = try JSONEncoder().encode(entry)
        #expect(String(decoding: data, as: UTF8.self).contains("\"mission.prevention.fixed.T2\""))
        #expect(try JSONDecoder().decode(FigureWithoutEffect.self, from: data) == entry)
        #expect(!reason.sentence(in: .french).isEmpty && reason.sentence(in: .french) != reason.sentence(in: .english))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(FigureWithoutEffect.self, from: Data(#"{"key": "mission.nope.fixed.T9", "reason": "not_read"}"#.utf8))
        }
    }

    @Test("The start-up catch-up reads the draft's start-up amount: a contract owed it is paid from it")
    func catchUp() throws {
        // The ACI of 2019 alone, then a draft bringing start-up amounts (and its window) from 2022-04-01:
        // a T3 contract signed 2021-06-01 under the ACI is owed the catch-up, from the draft's amount.
        let text = """
            {"format": "cpts-rulebook/1", "id": "draft-start-up", "title": "Hypothèse", "extends": "aci-2019", "effective_on": "2022-04-01",
             "figures": {"fonctionnement.start_up.T3": {"value": "140000", "source": "h", "confidence": "I"},
                         "fonctionnement.start_up.window_end": {"value": "2021-12-31", "source": "h", "confidence": "I"}}}
            """
        let baseline = RulebookRegistry([Rulebook.aci2019])
        let scenario = try baseline.adding([try RulebookDocument(jsonText: text)])
        var impact = RulebookImpact(draft: "draft-start-up", baseline: FundingEngine(registry: baseline),
                                    scenario: FundingEngine(registry: scenario))
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS 2021", population: 110_110), signedOn: try ContractFixtures.date("2021-06-01"),
                                       missions: [try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: 10_000, variable: .zero))])
        try impact.add(contract)
        #expect(impact.total.difference.cents > 0)
        #expect(Self.reasons(impact)["fonctionnement.start_up.T3"] == nil)
        #expect(impact.changedFigures.map(\.description).contains("fonctionnement.start_up.T3"))
    }

    @Test("A contract signed after the draft's date starts under it: its fonctionnement is paid from the draft")
    func startsUnderDraft() throws {
        let text = """
            {"format": "cpts-rulebook/1", "id": "draft-t3-only", "title": "Hypothèse", "extends": "aci-2019-av2", "effective_on": "2024-06-01",
             "figures": {"fonctionnement.annual.T3": {"value": "80000", "source": "h", "confidence": "I"}}}
            """
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: text))
        try impact.add(try ContractFixtures.fullT3(signedOn: "2024-06-01", rulebook: nil))
        #expect(impact.total.difference.cents > 0)
        #expect(impact.figuresWithoutEffect.isEmpty)
    }

    @Test("An impact between registries that differ by more than the draft computes each side whole")
    func registriesDifferBeyondTheDraft() throws {
        // The scenario also holds another rulebook, from 2024: its years before the draft are not the baseline's.
        func rulebook(_ id: String, _ day: String, _ amount: String) throws -> RulebookDocument {
            try RulebookDocument(jsonText: """
                {"format": "cpts-rulebook/1", "id": "\(id)", "title": "Hypothèse", "extends": "aci-2019-av2", "effective_on": "\(day)",
                 "figures": {"fonctionnement.annual.T3": {"value": "\(amount)", "source": "h", "confidence": "I"}}}
                """)
        }
        let scenario = FundingEngine(registry: try RulebookRegistry.standard.adding([try rulebook("other", "2024-01-01", "70000"),
                                                                                    try rulebook("draft-later", "2026-07-01", "80000")]))
        var impact = RulebookImpact(draft: "draft-later", baseline: FundingEngine(), scenario: scenario)
        let contract = try ContractFixtures.single(.accessToCare, population: 110_110, signedOn: "2023-03-01")
        try impact.add(contract)
        #expect(impact.total.scenario == (try scenario.funding(for: contract)).total)
        #expect(impact.total.baseline == (try FundingEngine().funding(for: contract)).total)
        #expect(impact.byContractYear[2]?.difference == Euros(cents: -500_000))
    }
}
