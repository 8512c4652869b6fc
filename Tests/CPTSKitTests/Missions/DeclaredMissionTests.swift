import Foundation
import Testing
@testable import CPTSKit
@testable import CPTSKitReports

/// A mission a rulebook file declares (a draft avenant's new mission) goes wherever the six ACI
/// missions go: funding, schedule, explanations, review, what-if, portfolio, impact, rules.
@Suite("Missions declared by rulebooks")
struct DeclaredMissionTests {
    static let draftPath = "Examples/rulebooks/draft-france-sante-hypothese.json"
    static let contractPath = "Examples/france-sante/lorient-littoral-france-sante.json"

    static func engine() throws -> FundingEngine {
        FundingEngine(registry: try RulebookRegistry.standard.adding(jsonBytes: try RepositoryFiles.bytes(draftPath)).registry)
    }

    static func contract() throws -> ACIContract { try ACIContract(jsonBytes: try RepositoryFiles.bytes(contractPath)) }

    static let france = try? MissionKind(key: "soutien_france_sante")

    /// A draft extending avenant 2 from 2026-07-01 that declares `missions` and gives `figures`.
    static func draft(id: String = "projet-mission", missions: String, figures: String) -> String {
        #"{"format": "cpts-rulebook/1", "id": "\#(id)", "title": "Projet", "extends": "aci-2019-av2", "effective_on": "2026-07-01", "#
            + #""missions": {\#(missions)}, "figures": {\#(figures)}}"#
    }

    static func figure(_ key: String, _ value: String) -> String {
        #""\#(key)": {"value": "\#(value)", "source": "hypothèse", "confidence": "I"}"#
    }

    static func t3(_ missions: [EngagedMission], signedOn: String = "2025-05-12", activations: [MissionKind: Set<Int>] = [:])
        throws -> ACIContract
    {
        try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try CalendarDate(parsing: signedOn),
                        missions: missions, activations: activations)
    }

    @Test("The example: the new mission is paid from year 3, when the draft reaches the contract, with its declared names")
    func example() throws {
        let engine = try Self.engine(), contract = try Self.contract()
        let funding = try engine.funding(for: contract)
        let kind = try #require(Self.france)
        let fixed = funding.years.map { $0.lines.first { $0.mission == kind && $0.part == .fixed }?.amount.cents }
        #expect(fixed == [nil, nil, 1_200_000, 1_200_000, 1_200_000])
        let line = try #require(funding.years[2].lines.first { $0.mission == kind })
        #expect(line.mission?.label(in: .french) == "Soutien aux structures France santé")
        #expect(line.mission?.label(in: .english) == "Support to France santé structures")
        #expect(line.mission?.category == .optional)
        #expect(line.rulebook == "draft-france-sante-hypothese")
        // The prevention fixed part reads the draft's values 3 to 5; years 1 and 2 avenant 2's.
        let prevention = funding.years.map { $0.lines.first { $0.mission == .prevention && $0.part == .fixed }?.amount.cents }
        #expect(prevention == [prevention[0], 1_750_000, 1_500_000, 1_250_000, 1_000_000])
        // Its variable lines are pending at their best case, against a yearly envelope 8 000, 10 000, 12 000.
        let best = funding.years.map { $0.lines.filter { $0.mission == kind && $0.part == .variable }.map(\.bestCase.cents) }
        #expect(best[2] == [300_000, 100_000])
        let envelopes = try engine.validate(contract).filter { $0.path == "missions[6].indicators" }.map(\.message)
        #expect(envelopes.count == 3)
        // Same totals on the compiled path, which does not fall back to the reference one.
        try CompiledContractTests.expectSame(contract, engine: engine)
        #expect(!(try CompiledContract(contract, engine: engine)).usesReferencePath)
        // The schedule settles it under its declared names.
        let schedule = try engine.schedule(for: contract)
        #expect(schedule.total == funding.total)
        let settled = schedule.payments.flatMap(\.settles).filter { $0.mission == kind }
        #expect(settled.count == 12)  // years 3 to 5: the fixed part's advance and balance, two pending indicators
        #expect(settled.allSatisfy { $0.mission?.label(in: .english) == "Support to France santé structures" })
        #expect(try Euros.sum(settled.filter { !$0.isPending }.map(\.amount)) == Euros(cents: 3_600_000))
    }

    @Test("Review, what-if, portfolio and impact show the new mission")
    func everyOutput() throws {
        let engine = try Self.engine(), contract = try Self.contract()
        let kind = try #require(Self.france)
        let review = try engine.review(for: contract, year: 3)
        let section = try #require(review.missions.first { $0.mission == kind })
        #expect(section.fixed == Euros(cents: 1_200_000))
        #expect(section.mission.label(in: .english) == "Support to France santé structures")
        let reviewText = ReviewRenderer.markdown(review, language: .english)
        #expect(reviewText.contains("Support to France santé structures"))
        var portfolio = PortfolioSummary(engine: engine)
        try portfolio.add(contract)
        #expect(portfolio.byMission[kind] != nil)
        // The impact of a second draft that raises the new mission's fixed part, against the first one.
        let raise = #"{"format": "cpts-rulebook/1", "id": "raise-france-sante", "title": "R", "extends": "draft-france-sante-hypothese", "#
            + #""effective_on": "2027-07-01", "figures": {\#(Self.figure("mission.soutien_france_sante.fixed.T3", "13000"))}}"#
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: raise), registry: engine.registry)
        try impact.add(contract)
        #expect(impact.byMission[kind]?.baseline == Euros(cents: 3_600_000))
        #expect(impact.byMission[kind]?.scenario == Euros(cents: 3_800_000))  // years 4 and 5 under the second draft
        let groups = ImpactRenderer.groups(impact)
        #expect(groups.first { $0.key == "by_mission" }?.rows.last?.key == "soutien_france_sante")
    }

    @Test("Without the rulebook that declares it, the contract is refused: an unknown mission, the known ones listed")
    func withoutItsRulebook() throws {
        let contract = try Self.contract()
        let error = #expect(throws: CPTSKitError.self) { try FundingEngine().funding(for: contract) }
        #expect(error?.kind == .unknownMission)
        #expect(error?.path == "missions[6].mission")
        #expect(error?.value == "soutien_france_sante")
        #expect(error?.message.contains("acces_aux_soins, parcours, prevention, crises_sanitaires, qualite_pertinence, accompagnement_ps") == true)
    }

    @Test("Not before the rulebook that introduces it applies: on that day it starts, the day before it is refused",
          arguments: [("2027-05-11", false), ("2027-05-12", true), ("2027-05-13", true)])
    func startBoundary(_ startsOn: String, _ accepted: Bool) throws {
        let engine = try Self.engine()
        let kind = try #require(Self.france)
        let contract = try Self.t3([try EngagedMission(kind: .accessToCare),
                                    try EngagedMission(kind: kind, startsOn: try CalendarDate(parsing: startsOn))])
        if accepted {
            let funding = try engine.funding(for: contract)
            #expect(funding.years[2].lines.contains { $0.mission == kind && $0.part == .fixed && $0.amount > .zero })
        } else {
            let error = #expect(throws: CPTSKitError.self) { try engine.funding(for: contract) }
            #expect(error?.kind == .missionBeforeRulebook)
            #expect(error?.path == "missions[1].starts_on")
        }
    }

    @Test("A mission declared with an activation amount is paid in the years the contract records its activation")
    func activation() throws {
        let text = Self.draft(id: "projet-activation",
                              missions: #""renfort_estival": {"label": {"fr": "Renfort estival", "en": "Summer reinforcement"}, "kind": "optional", "parts": ["fixed", "activation"]}"#,
                              figures: Self.figure("mission.renfort_estival.fixed.T3", "2000") + ", "
                                  + Self.figure("mission.renfort_estival.activated.T3", "9000"))
        let engine = FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]))
        let kind = try MissionKind(key: "renfort_estival")
        let start = try CalendarDate(parsing: "2027-05-12")
        let contract = try Self.t3([try EngagedMission(kind: kind, startsOn: start)], activations: [kind: [4]])
        let funding = try engine.funding(for: contract)
        let activated = funding.years.map { $0.lines.first { $0.part == .crisisActivation }?.amount.cents }
        #expect(activated == [nil, nil, nil, 900_000, nil])
        #expect(try engine.schedule(for: contract).total == funding.total)
        try CompiledContractTests.expectSame(contract, engine: engine)
        // Written in the contract file as `activations`, read back the same.
        #expect(contract.jsonText.contains(#""activations""#))
        #expect(try ACIContract(jsonText: contract.jsonText) == contract)
        // Before the mission's start year, or for a mission the contract does not engage: refused with the path.
        let early = try Self.t3([try EngagedMission(kind: kind, startsOn: start)], activations: [kind: [2]])
        let error = #expect(throws: CPTSKitError.self) { try engine.funding(for: early) }
        #expect(error?.path == "activations.renfort_estival.2")
        let absent = try Self.t3([try EngagedMission(kind: .accessToCare)], activations: [kind: [4]])
        let notEngaged = #expect(throws: CPTSKitError.self) { try engine.funding(for: absent) }
        #expect(notEngaged?.path == "activations.renfort_estival.4")
        // A mission that pays no activation amount cannot record one.
        let france = try #require(Self.france)
        let other = try Self.t3([try EngagedMission(kind: france, startsOn: start)], activations: [france: [4]])
        let refused = #expect(throws: CPTSKitError.self) { try Self.engine().funding(for: other) }
        #expect(refused?.kind == .crisisWithoutMission)
        #expect(refused?.path == "activations.soutien_france_sante.4")
    }

    @Test("The contract's own budget of a declared mission is checked against its declaration")
    func budgetAgainstDeclaration() throws {
        let kind = try #require(Self.france)
        let start = try CalendarDate(parsing: "2027-05-12")
        let budget = MissionBudget(fixed: Euros(cents: 100_000), variable: nil, activated: Euros(cents: 100_000))
        let contract = try Self.t3([try EngagedMission(kind: kind, startsOn: start, budget: budget)])
        let error = #expect(throws: CPTSKitError.self) { try Self.engine().funding(for: contract) }
        #expect(error?.path == "missions[0].budget.activated")
        let themed = try Self.t3([try EngagedMission(kind: kind, startsOn: start, themes: [try PreventionTheme(key: "vaccination")])])
        let themeError = #expect(throws: CPTSKitError.self) { try Self.engine().funding(for: themed) }
        #expect(themeError?.path == "missions[0].themes")
    }

    @Test("Bad declarations are refused with their path", arguments: [
        (#""m1": {"kind": "optional"}"#, "", "missions.m1.label", "missing_field"),
        (#""m2": {"label": {"fr": "M", "en": "M"}, "kind": "obligatoire"}"#, "", "missions.m2.kind", "invalid_rulebook"),
        (#""m3": {"label": {"fr": "M", "en": "M"}}"#, "", "missions.m3.kind", "missing_field"),
        (#""m4": {"label": {"fr": "M"}, "kind": "socle"}"#, "", "missions.m4.label.en", "missing_field"),
        (#""m5": {"label": {"fr": "", "en": "M"}, "kind": "socle"}"#, "", "missions.m5.label.fr", "invalid_rulebook"),
        (#""m6": {"label": {"fr": "M", "en": "M"}, "kind": "socle", "parts": ["fixed", "bonus"]}"#, "", "missions.m6.parts[1]", "invalid_rulebook"),
        (#""m7": {"label": {"fr": "M", "en": "M"}, "kind": "socle", "parts": ["variable"]}"#, "", "missions.m7.parts", "invalid_rulebook"),
        (#""m8": {"label": {"fr": "M", "en": "M"}, "kind": "socle", "catalogue": "themes"}"#, "", "missions.m8.catalogue", "invalid_rulebook"),
        (#""prevention": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}"#, "", "missions.prevention.label", "invalid_rulebook"),
        (#""m9": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}"#, #""mission.m9.activated.T3": {"value": "1", "source": "s", "confidence": "I"}"#,
         "figures.mission.m9.activated.T3", "unknown_field"),
        (#""m10": {"label": {"fr": "M", "en": "M"}, "kind": "socle", "parts": ["fixed", "activation"]}"#,
         #""mission.m10.variable.T3": {"value": "1", "source": "s", "confidence": "I"}"#, "figures.mission.m10.variable.T3", "unknown_field"),
        (#""m11": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}"#, #""mission.m12.fixed.T3": {"value": "1", "source": "s", "confidence": "I"}"#,
         "figures.mission.m12.fixed.T3", "unknown_mission"),
        (#""m13": {"label": {"fr": "M", "en": "M"}, "kind": "socle", "surprise": 1}"#, "", "missions.m13.surprise", "unknown_field"),
    ])
    func badDeclaration(_ missions: String, _ figures: String, _ path: String, _ kind: String) {
        let text = Self.draft(missions: missions, figures: figures)
        let error = #expect(throws: CPTSKitError.self) {
            _ = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
        }
        #expect(error?.path == path, "\(error.map { "\($0)" } ?? "")")
        #expect(error?.kind.rawValue == kind)
    }

    @Test("An unknown mission lists the ACI's and the declared ones")
    func unknownListsDeclared() throws {
        let text = Self.draft(missions: #""m20": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}"#,
                              figures: Self.figure("mission.m21.fixed.T3", "1"))
        let error = #expect(throws: CPTSKitError.self) { _ = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]) }
        #expect(error?.message.hasSuffix("qualite_pertinence, accompagnement_ps, m20") == true)
    }

    @Test("A rulebook extending one that declares the mission cannot declare it again, and inherits it")
    func inheritedDeclaration() throws {
        let base = Self.draft(id: "base-m30", missions: #""m30": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}"#,
                              figures: Self.figure("mission.m30.fixed.T3", "1000"))
        let child = #"{"format": "cpts-rulebook/1", "id": "child-m30", "title": "C", "extends": "base-m30", "effective_on": "2026-08-01", "#
            + #""figures": {\#(Self.figure("mission.m30.fixed.T3", "2000"))}}"#
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: base), try RulebookDocument(jsonText: child)])
        let kind = try MissionKind(key: "m30")
        #expect(try registry.rulebook(id: "child-m30").mission(kind)?.fixed.t3.value == Euros(cents: 200_000))
        #expect(try registry.rulebook(id: "child-m30").mission(kind)?.kind.category == .socle)
        let again = #"{"format": "cpts-rulebook/1", "id": "again-m30", "title": "C", "extends": "base-m30", "effective_on": "2026-08-01", "#
            + #""missions": {"m30": {"label": {"fr": "M", "en": "M"}, "kind": "socle"}}, "figures": {}}"#
        let error = #expect(throws: CPTSKitError.self) {
            _ = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: base), try RulebookDocument(jsonText: again)])
        }
        #expect(error?.path == "rulebooks[1].missions.m30.label")
        // A socle mission a later rulebook declares is warned about when a contract it reaches does not engage it.
        let contract = try Self.t3([try EngagedMission(kind: .accessToCare)], signedOn: "2026-09-01")
        let warnings = try FundingEngine(registry: registry).validate(contract)
        #expect(warnings.contains { $0.kind == .socleMissionNotEngaged && $0.value == "m30" })
    }

    @Test("A socle mission a rulebook declares during the contract is warned about once, after the ACI's, in order")
    func socleAcrossPeriods() throws {
        let text = Self.draft(id: "projet-socle", missions: #""m50_socle": {"label": {"fr": "Socle nouveau", "en": "New core"}, "kind": "socle"}"#,
                              figures: Self.figure("mission.m50_socle.fixed.T3", "1000"))
        let engine = FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]))
        // Signed under avenant 2, reached by the draft at its second anniversary: two periods.
        let contract = try Self.t3([try EngagedMission(kind: .accessToCare)])
        #expect(try engine.funding(for: contract).years.map(\.rulebook).last == "projet-socle")
        let warned = try engine.validate(contract).filter { $0.kind == .socleMissionNotEngaged }.compactMap(\.value)
        #expect(warned == ["parcours", "prevention", "crises_sanitaires", "m50_socle"])
        // Under avenant 2 alone, the three ACI socle missions only.
        let alone = try FundingEngine().validate(contract).filter { $0.kind == .socleMissionNotEngaged }.compactMap(\.value)
        #expect(alone == ["parcours", "prevention", "crises_sanitaires"])
    }

    @Test("A declared socle mission's deadlines are figures under its key, counted from the day its rulebook applies")
    func deadlines() throws {
        let months = #""mission.m60_socle.start_deadline_months": {"value": 6, "source": "hypothèse", "confidence": "I"}, "#
            + #""mission.m60_socle.deployment_deadline_months": {"value": 12, "source": "hypothèse", "confidence": "I"}, "#
        let text = Self.draft(id: "projet-delais", missions: #""m60_socle": {"label": {"fr": "Délais", "en": "Deadlines"}, "kind": "socle", "parts": ["fixed"]}"#,
                              figures: months + Self.figure("mission.m60_socle.fixed.T3", "1000"))
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
        let kind = try MissionKind(key: "m60_socle")
        let rule = try #require(try registry.rulebook(id: "projet-delais").mission(kind))
        #expect(rule.startDeadlineMonths?.value == 6)
        #expect(rule.deploymentDeadlineMonths?.value == 12)
        // Signed under the draft on 2026-08-01, started 2027-03-01: later than six months.
        let contract = try Self.t3([try EngagedMission(kind: kind, startsOn: try CalendarDate(parsing: "2027-03-01"))], signedOn: "2026-08-01")
        let warnings = try FundingEngine(registry: registry).validate(contract)
        #expect(warnings.contains { $0.kind == .startDeadlineMissed && $0.value == "2027-03-01" })
        #expect(rule.variable == nil)
        // Keys of a declared mission that are not keys.
        for bad in ["mission.m60_socle.start_deadline", "mission.m60_socle.fixed.T5", "mission.m60_socle.bonus.T3", "mission.m60_socle.fixed.T3.x"] {
            let error = #expect(throws: CPTSKitError.self) {
                _ = try RulebookDocument(jsonText: Self.draft(id: "bad-key", missions: "", figures: Self.figure(bad, "1")))
            }
            #expect(error?.kind == .unknownField, "\(bad)")
            #expect(error?.path == "figures.\(bad)")
        }
    }

    @Test("Exported and loaded again, a rulebook keeps its declared missions")
    func exportRoundTrip() throws {
        let (_, draft) = try RulebookRegistry.standard.adding(jsonBytes: try RepositoryFiles.bytes(Self.draftPath))
        let again = try RulebookDocument(jsonText: draft.fileText).resolved(extending: nil)
        #expect(again == draft)
        let kind = try #require(Self.france)
        #expect(again.mission(kind)?.kind.declaration == draft.mission(kind)?.kind.declaration)
        #expect(draft.fileText.contains(#""Support to France santé structures""#))
    }

    @Test("The table of missions holds a bounded number of keys and of declarations, then refuses more")
    func tableLimit() throws {
        let table = MissionTable(limit: 8)  // the six ACI missions, then two more
        #expect(try table.id(of: "acces_aux_soins") == 0)
        #expect(try table.id(of: "t1") == 6)
        #expect(try table.id(of: "t2") == 7)
        #expect(try table.id(of: "t1") == 6)  // known: no new entry
        let error = #expect(throws: CPTSKitError.self) { try table.id(of: "t3") }
        #expect(error?.value == "t3")
        #expect(error?.message.contains("8") == true)
        func declaration(_ key: String) throws -> MissionDeclaration {
            try MissionDeclaration(key: key, label: BilingualText(fr: key, en: key), category: .optional)
        }
        #expect(try table.id(of: declaration("t1")) == 6)
        #expect(try table.id(of: declaration("t2")) == 7)
        #expect(try table.id(of: declaration("t1")) == 6)
        #expect(throws: CPTSKitError.self) { try table.id(of: try declaration("t4")) }
        #expect(table.key(7) == "t2")
        #expect(table.key(8) == "")
        #expect(table.declaration(7)?.key == "t2")
        #expect(table.declaration(8) == nil)
        #expect(table.latestDeclaration(ofKey: 6) == 6)
        #expect(table.latestDeclaration(ofKey: 0) == MissionTable.undeclared)
    }

    @Test("A mission key: equal by key whatever the declaration, ordered the ACI's first, Codable as its key")
    func missionKind() throws {
        let a = try MissionKind(declaration: MissionDeclaration(key: "m40", label: BilingualText(fr: "A", en: "A"), category: .socle))
        let b = try MissionKind(declaration: MissionDeclaration(key: "m40", label: BilingualText(fr: "B", en: "B"), category: .optional))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.label == "A")
        #expect(b.label == "B")
        #expect(try MissionKind(key: "m40").label == "B")  // the last declaration made of the key
        #expect(try MissionKind(key: "m41_never_declared").label == "m41_never_declared")
        #expect(try MissionKind(key: "m41_never_declared").declaration == nil)
        #expect(MissionKind.allCases.sorted() == MissionKind.allCases)
        #expect(MissionKind.professionalSupport < a)
        #expect(!(a < MissionKind.accessToCare))
        #expect(try MissionKind(key: "m40") < MissionKind(key: "m41_never_declared"))
        #expect(MissionKind.allCases.filter { !$0.isACIMission }.isEmpty)
        #expect(!a.isACIMission)
        let data = try JSONEncoder().encode([a])
        #expect(String(decoding: data, as: UTF8.self) == #"["m40"]"#)
        #expect(try JSONDecoder().decode([MissionKind].self, from: data) == [a])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([MissionKind].self, from: Data(#"["M 40"]"#.utf8)) }
        #expect(MissionKind(rawValue: "m40") == a)
        #expect(MissionKind(rawValue: "no way") == nil)
        #expect(a.rawValue == "m40")
        #expect(a.description == "m40")
        let declaration = try #require(MissionKind.prevention.declaration)
        #expect(declaration.parts == [.fixed, .variable])
        #expect(declaration.catalogue == .preventionThemes)
        #expect(MissionKind.crisisResponse.declaration?.parts == [.fixed, .activation])
        #expect(MissionKind.carePathways.declaration?.catalogue == .carePathways)
        // The category read without the declaration is the declaration's, for each ACI mission.
        #expect(MissionKind.allCases.map(\.category) == MissionKind.builtInDeclarations.map(\.category))
        #expect(MissionKind.allCases.map(\.category) == [.socle, .socle, .socle, .socle, .optional, .optional])
        #expect(a.category == .socle)
        #expect(b.category == .optional)
    }
}
