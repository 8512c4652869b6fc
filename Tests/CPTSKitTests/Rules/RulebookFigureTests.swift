import Testing
@testable import CPTSKit

/// Every rulebook figure pinned to `aci-rules.md`: change a figure and one of these fails.
@Suite("Rulebook figures (aci-rules.md)")
struct RulebookFigureTests {
    struct AmountCase: Sendable, CustomTestStringConvertible {
        let rulebook: String
        let key: String
        let euros: Int64?
        let source: String
        let confidence: Confidence
        let section: String
        var testDescription: String { "\(rulebook) \(key) = \(euros.map(String.init) ?? "unknown") (\(section))" }
    }

    static func row(_ rulebook: String, _ key: String, _ values: [Int64?], _ source: String, _ confidence: Confidence,
                    _ section: String) -> [AmountCase] {
        zip(SizeClass.allCases, values).map { size, value in
            AmountCase(rulebook: rulebook, key: "\(key).\(size)", euros: value, source: value == nil ? "—" : source,
                       confidence: value == nil ? .notFound : confidence, section: section)
        }
    }

    static let amountCases: [AmountCase] = {
        var cases: [AmountCase] = []
        for id in ["aci-2019", "aci-2019-av2"] {
            // §2: fonctionnement 50 / 60 / 75 / 90 k€ (S).
            cases += row(id, "fonctionnement.annual", [50_000, 60_000, 75_000, 90_000], "PRESS-2020 montants actuels", .secondary, "§2")
        }
        // §2: AV2 start-up amounts (+75 %).
        cases += row("aci-2019-av2", "fonctionnement.start_up", [87_500, 105_000, 131_250, 157_500],
                     "PRESS-2020 projets d'avenant 2, +75 %", .secondary, "§2")
        // §3: the T3 column of the real contracts (C); other sizes unknown.
        let t3: [(String, Int64)] = [
            ("mission.acces_aux_soins.fixed", 90_000), ("mission.acces_aux_soins.variable", 35_000),
            ("mission.parcours.fixed", 45_000), ("mission.parcours.variable", 45_000),
            ("mission.prevention.fixed", 17_500), ("mission.prevention.variable", 17_500),
            ("mission.crises_sanitaires.fixed", 22_500), ("mission.crises_sanitaires.activated", 67_500),
            ("mission.qualite_pertinence.fixed", 15_000), ("mission.qualite_pertinence.variable", 15_000),
            ("mission.accompagnement_ps.fixed", 10_000), ("mission.accompagnement_ps.variable", 10_000),
        ]
        for (key, amount) in t3 { cases += row("aci-2019-av2", key, [nil, nil, amount, nil], "CONTRACT-T3", .contract, "§3") }
        // §3: 2019 per-mission amounts not found for any size.
        for mission in ["acces_aux_soins", "parcours", "prevention", "qualite_pertinence", "accompagnement_ps"] {
            for part in ["fixed", "variable"] { cases += row("aci-2019", "mission.\(mission).\(part)", [nil, nil, nil, nil], "", .notFound, "§3") }
        }
        // §3: yearly maxima.
        cases += row("aci-2019", "maximum.yearly", [220_000, 287_000, 370_000, 450_000], "PRESS-2019 y compris SNP", .secondary, "§3")
        cases += row("aci-2019-av2", "maximum.yearly", [nil, nil, nil, 580_000], "PRESS-2022 toutes missions déployées", .secondary, "§3")
        return cases
    }()

    static func entry(_ rulebook: String, _ key: String) throws -> RulebookEntry {
        let book = try RulebookRegistry.standard.rulebook(id: rulebook)
        return try #require(book.entries.first { $0.key == key }, "no entry \(key) in \(rulebook)")
    }

    @Test("Amounts by size class, with source and confidence", arguments: amountCases)
    func amounts(_ c: AmountCase) throws {
        let entry = try Self.entry(c.rulebook, c.key)
        #expect(entry.value == (c.euros.map { Euros(cents: $0 * 100).description(in: .french) } ?? "inconnu"))
        #expect(entry.source == c.source)
        #expect(entry.confidence == c.confidence)
        #expect(entry.section == c.section)
    }

    struct DeadlineCase: Sendable, CustomTestStringConvertible {
        let mission: MissionKind
        let start: Int?
        let deployment: Int?
        let category: MissionCategory
        let introducedBy: String
        var testDescription: String { "\(mission.key): \(start.map(String.init) ?? "free") / \(deployment.map(String.init) ?? "free") months" }
    }

    // §3: deadlines in months after signature (S, PAPS-HDF).
    static let deadlineCases: [DeadlineCase] = [
        .init(mission: .accessToCare, start: 6, deployment: 18, category: .socle, introducedBy: "aci-2019"),
        .init(mission: .carePathways, start: 12, deployment: 24, category: .socle, introducedBy: "aci-2019"),
        .init(mission: .prevention, start: 12, deployment: 24, category: .socle, introducedBy: "aci-2019"),
        .init(mission: .crisisResponse, start: 6, deployment: 18, category: .socle, introducedBy: "aci-2019-av2"),
        .init(mission: .qualityAndRelevance, start: nil, deployment: nil, category: .optional, introducedBy: "aci-2019"),
        .init(mission: .professionalSupport, start: nil, deployment: nil, category: .optional, introducedBy: "aci-2019"),
    ]

    @Test("Mission deadlines and kinds (aci-rules.md §3)", arguments: deadlineCases)
    func deadlines(_ c: DeadlineCase) throws {
        let rule = try #require(Rulebook.aci2019Avenant2.mission(c.mission))
        #expect(rule.startDeadlineMonths?.value == c.start)
        #expect(rule.deploymentDeadlineMonths?.value == c.deployment)
        #expect(rule.startDeadlineMonths?.source.id ?? "PAPS-HDF" == "PAPS-HDF")
        #expect(c.mission.category == c.category)
        #expect(rule.introducedBy == c.introducedBy)
        if c.mission == .crisisResponse {
            #expect(Rulebook.aci2019.mission(c.mission) == nil)
        } else {
            #expect(Rulebook.aci2019.mission(c.mission)?.startDeadlineMonths?.value == c.start)
        }
    }

    @Test("Calendar and rounding parameters (aci-rules.md §5, §6)", arguments: [Rulebook.aci2019, Rulebook.aci2019Avenant2])
    func parameters(_ rulebook: Rulebook) {
        #expect(rulebook.advanceRate.value == (try? Fraction(3, 4)))
        #expect(rulebook.advanceRate.source.description == "ACI-2019 art. 9.1")
        #expect(rulebook.advanceRate.confidence == .legal)
        #expect(rulebook.prorationBasis.value == .days)
        #expect(rulebook.prorationBasis.confidence == .inferred)
        #expect(rulebook.prorateVariableEnvelope.value == false)
        #expect(rulebook.rounding.value == .toNearestOrAwayFromZero)
        #expect(rulebook.sizeBoundaries.value == .standard)
        #expect(SizeBoundaries.standard.boundaries.map(\.value) == [40_000, 80_000, 175_000])
    }

    @Test("Effective dates and the registry (ACI-2019 in force 25/08/2019; AV2 default 01/04/2022, §9)")
    func registry() throws {
        #expect(Rulebook.aci2019.effectiveFrom.value?.description == "2019-08-25")
        #expect(Rulebook.aci2019.effectiveFrom.confidence == .legal)
        #expect(Rulebook.aci2019Avenant2.effectiveFrom.value?.description == "2022-04-01")
        #expect(Rulebook.aci2019Avenant2.effectiveFrom.confidence == .inferred)
        #expect(Rulebook.aci2019Avenant2.startUpWindowEnd?.value?.description == "2021-12-31")
        let registry = RulebookRegistry.standard
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2019-08-25")).id == "aci-2019")
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2022-03-31")).id == "aci-2019")
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2022-04-01")).id == "aci-2019-av2")
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2025-05-12")).id == "aci-2019-av2")
        let early = #expect(throws: CPTSKitError.self) { try registry.rulebook(inForceOn: CalendarDate(parsing: "2019-08-24")) }
        #expect(early?.kind == .unknownRulebook)
        let unknown = #expect(throws: CPTSKitError.self) { try registry.rulebook(id: "aci-2026") }
        #expect(unknown?.path == "rulebook")
        #expect(unknown?.value == "aci-2026")
    }

    @Test("Every listed entry carries a section and a source or is unknown")
    func entriesWellFormed() {
        for rulebook in RulebookRegistry.standard.rulebooks {
            for entry in rulebook.entries {
                #expect(entry.section.hasPrefix("§") || entry.section == "Sources")
                #expect((entry.value == "inconnu") == (entry.confidence == .notFound))
            }
        }
    }
}
