import Testing
@testable import CPTSKit
@testable import CPTSKitReports

/// `rules diff` lists a mission one rulebook declares and the other lacks, or declares otherwise.
@Suite("Mission declarations in a rulebook difference")
struct MissionDifferenceTests {
    static func resolved(_ text: String) throws -> Rulebook {
        try RulebookRegistry.standard.rulebook(resolving: try RulebookDocument(jsonText: text))
    }

    static func draft(_ id: String, label: String, kind: String = "optional", parts: String = #"["fixed"]"#) -> String {
        #"{"format": "cpts-rulebook/1", "id": "\#(id)", "title": "Projet", "extends": "aci-2019-av2", "effective_on": "2026-07-01", "#
            + #""missions": {"renfort_\#(id)": {"label": {"fr": "\#(label)", "en": "\#(label) (en)"}, "kind": "\#(kind)", "parts": \#(parts)}}, "#
            + #""figures": {"mission.renfort_\#(id).fixed.T3": {"value": "1000", "source": "h", "confidence": "I"}}}"#
    }

    @Test("Avenant 2 adds the crisis mission: listed first after the date, absent before, its declaration after")
    func avenant2() throws {
        let old = try RulebookRegistry.standard.rulebook(id: "aci-2019"), new = try RulebookRegistry.standard.rulebook(id: "aci-2019-av2")
        let differences = old.differences(to: new)
        #expect(differences.map(\.key).prefix(2) == ["effective_on", "missions.crises_sanitaires"])
        let crisis = differences[1]
        #expect(crisis.old == nil)
        #expect(crisis.new?.serialized(pretty: false)
                == #"{"label":{"fr":"Réponse aux crises sanitaires graves","en":"Réponse aux crises sanitaires graves (health crises)"},"kind":"socle","parts":["fixed","activation"]}"#)
        #expect(crisis.source == new.effectiveFrom.source)
        // The other way round, the mission is absent after.
        let back = new.differences(to: old).first { $0.key == "missions.crises_sanitaires" }
        #expect(back?.old != nil && back?.new == nil)
        #expect(back?.source == new.effectiveFrom.source)
        // A rulebook compared with itself: no mission listed.
        #expect(new.differences(to: new).isEmpty)
    }

    @Test("A mission declared by a draft; the same declaration twice is no difference, another label is")
    func declared() throws {
        let base = try RulebookRegistry.standard.rulebook(id: "aci-2019-av2")
        let draft = try Self.resolved(Self.draft("a", label: "Renfort"))
        let added = base.differences(to: draft).filter { $0.key.hasPrefix("missions.") }
        #expect(added.map(\.key) == ["missions.renfort_a"])
        #expect(added.first?.old == nil)
        #expect(added.first?.confidence == draft.effectiveFrom.confidence)
        #expect(draft.differences(to: draft).isEmpty)
        let relabelled = try Self.resolved(Self.draft("a", label: "Renfort d'été"))
        let changed = draft.differences(to: relabelled).filter { $0.key.hasPrefix("missions.") }
        #expect(changed.count == 1)
        #expect(changed.first?.old != nil && changed.first?.new != nil)
        let rekinded = try Self.resolved(Self.draft("a", label: "Renfort", kind: "socle"))
        #expect(draft.differences(to: rekinded).contains { $0.key == "missions.renfort_a" })
        let reparted = try Self.resolved(Self.draft("a", label: "Renfort", parts: #"["fixed", "variable"]"#))
        #expect(draft.differences(to: reparted).contains { $0.key == "missions.renfort_a" })
    }

    @Test("For people: the declaration in words, each language; a table too wide becomes one block per difference")
    func rendered() throws {
        let base = try RulebookRegistry.standard.rulebook(id: "aci-2019-av2")
        let draft = try Self.resolved(Self.draft("b", label: "Renfort", parts: #"["fixed", "variable", "activation"]"#))
        let differences = base.differences(to: draft)
        let french = RulebookRenderer.render(differences, from: base, to: draft, format: .table, language: .french)
        #expect(french.contains("  missions.renfort_b (b, I)\n"))
        #expect(french.contains("    après : mission optionnelle « Renfort » : part fixe, part variable, montant d'activation\n"))
        #expect(french.contains("    avant : absent\n"))
        let english = RulebookRenderer.render(differences, from: base, to: draft, format: .table, language: .english)
        #expect(english.contains("    after: optional mission “Renfort (en)”: fixed part, variable part, activation amount\n"))
        for text in [french, english] {
            for line in text.split(separator: "\n") where line.count > 100 { Issue.record("\(line.count): \(line)") }
        }
        // Narrow differences keep the one-line table.
        let narrow = RulebookRenderer.render(try RulebookRegistry.standard.rulebook(id: "aci-2019").differences(to: base)
            .filter { !$0.key.hasPrefix("missions.") }.prefix(2).map { $0 }, from: base, to: draft, format: .table, language: .english)
        #expect(narrow.contains("  Key "))
        #expect(RulebookRenderer.text(.object([("label", .object([("fr", .string("S"))])), ("kind", .string("socle")),
                                              ("parts", .array([.string("fixed")])), ("catalogue", .string("themes"))]), .french)
                == "mission socle « S » : part fixe, catalogue themes")
        let json = RulebookRenderer.render(differences, from: base, to: draft, format: .json)
        #expect(json.contains(#""key": "missions.renfort_b""#))
        #expect(json.contains(#""old_present": false"#))
    }
}
