import Testing
@testable import CPTSKit

/// The `cpts-rulebook/1` format: export, load, inherit, compare.
@Suite("Rulebook files")
struct RulebookFileTests {
    static let builtIns: [Rulebook] = RulebookRegistry.standard.rulebooks

    @Test("A built-in rulebook exported and loaded again is equal to it", arguments: builtIns)
    func roundTrip(_ rulebook: Rulebook) throws {
        let document = try RulebookDocument(jsonText: rulebook.fileText)
        let loaded = try document.resolved(extending: nil)
        #expect(loaded == rulebook)
        #expect(loaded.differences(to: rulebook).isEmpty)
        #expect(rulebook.differences(to: loaded).isEmpty)
        // Every figure of the rulebook is in the file, under its key.
        #expect(document.keys == rulebook.fileFigures.map(\.key))
        // Written twice, the text is the same.
        #expect(loaded.fileText == rulebook.fileText)
    }

    @Test("Every key reads back as itself", arguments: RulebookRegistry.standard.rulebooks.flatMap { $0.fileFigures.map(\.key) })
    func keys(_ key: RulebookFigureKey) throws {
        #expect(try RulebookFigureKey(parsing: key.description) == key)
    }

    @Test("Every key of the format, and only those: 21 per size class, 2 deadlines per mission, 6 parameters")
    func keyCount() throws {
        #expect(RulebookFigureKey.known.count == 4 * (3 + 3 * MissionKind.allCases.count) + 2 * MissionKind.allCases.count + 6)
        for key in RulebookFigureKey.known.values { #expect(try RulebookFigureKey(parsing: key.description) == key) }
        #expect(throws: CPTSKitError.self) { try RulebookFigureKey(parsing: "mission.prevention") }
        #expect(throws: CPTSKitError.self) { try RulebookFigureKey(parsing: "fonctionnement.annual.t3") }
    }

    static func draft(_ figures: String, extends: String? = "aci-2019-av2", effectiveOn: String = "\"2026-07-01\"",
                      id: String = "draft-test") -> String {
        """
        {"format": "cpts-rulebook/1", "id": "\(id)", "title": "Hypothèse de test",
         \(extends.map { "\"extends\": \"\($0)\"," } ?? "") "effective_on": \(effectiveOn),
         "figures": {\(figures)}}
        """
    }

    @Test("A file that extends a rulebook inherits every figure it does not give")
    func inheritance() throws {
        let text = Self.draft(#""fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I", "section": "§2"}"#)
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
        let draft = try registry.rulebook(id: "draft-test")
        let parent = Rulebook.aci2019Avenant2
        let differences = parent.differences(to: draft)
        #expect(differences.map(\.key) == ["effective_on", "fonctionnement.annual.T3"])
        #expect(differences[1].old == .string("75000.00"))
        #expect(differences[1].new == .string("80000.00"))
        #expect(differences[1].source == SourceReference("hypothèse"))
        #expect(draft.fonctionnement.t3.value == Euros(cents: 8_000_000))
        #expect(draft.fonctionnement.t2 == parent.fonctionnement.t2)
        #expect(draft.effectiveFrom.value == (try CalendarDate(parsing: "2026-07-01")))
        // Placed by its date: the latest rulebook, in force from 1 July 2026 and not the day before.
        #expect(registry.rulebooks.last?.id == "draft-test")
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2026-07-01")).id == "draft-test")
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2026-06-30")).id == "aci-2019-av2")
    }

    @Test("A rulebook whose date is unknown never applies by date, only by name")
    func unknownDate() throws {
        let text = Self.draft(#""fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I"}"#,
                              effectiveOn: "null")
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
        #expect(try registry.rulebook(inForceOn: CalendarDate(parsing: "2030-01-01")).id == "aci-2019-av2")
        #expect(try registry.rulebook(id: "draft-test").effectiveFrom.value == nil)
        #expect(try registry.rulebook(id: "draft-test").effectiveFrom.confidence == .notFound)
    }

    @Test("Files may extend each other in any order")
    func chain() throws {
        let second = Self.draft(#""fonctionnement.annual.T1": {"value": "55000", "source": "hypothèse", "confidence": "I"}"#,
                                extends: "draft-test", effectiveOn: "\"2027-01-01\"", id: "draft-b")
        let first = Self.draft(#""fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I"}"#)
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: second), try RulebookDocument(jsonText: first)])
        let b = try registry.rulebook(id: "draft-b")
        #expect(b.fonctionnement.t1.value == Euros(cents: 5_500_000))
        #expect(b.fonctionnement.t3.value == Euros(cents: 8_000_000))
        #expect(registry.rulebooks.map(\.id) == ["aci-2019", "aci-2019-av2", "draft-test", "draft-b"])
    }

    @Test("Files that extend each other in a circle are an error")
    func cycle() throws {
        let a = Self.draft("", extends: "draft-b", id: "draft-a")
        let b = Self.draft("", extends: "draft-a", id: "draft-b")
        #expect {
            try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: a), try RulebookDocument(jsonText: b)])
        } throws: { error in
            guard let error = error as? CPTSKitError else { return false }
            return error.kind == .rulebookCycle && error.path == "rulebooks[1].extends"
        }
    }

    @Test("A new mission in a file starts with every other figure unknown, introduced by the file")
    func newMission() throws {
        let text = Self.draft(#""mission.crises_sanitaires.fixed.T1": {"value": "10000", "source": "hypothèse", "confidence": "I"}"#,
                              extends: "aci-2019")
        let draft = try RulebookDocument(jsonText: text).resolved(extending: .aci2019)
        let crisis = try #require(draft.mission(.crisisResponse))
        #expect(crisis.introducedBy == "draft-test")
        #expect(crisis.fixed.t1.value == Euros(cents: 1_000_000))
        #expect(crisis.fixed.t2.value == nil)
        #expect(crisis.activated?.t1.value == nil)
        #expect(crisis.variable == nil)
        #expect(draft.missions.map(\.kind) == [.accessToCare, .carePathways, .prevention, .crisisResponse, .qualityAndRelevance,
                                               .professionalSupport])
    }
}
