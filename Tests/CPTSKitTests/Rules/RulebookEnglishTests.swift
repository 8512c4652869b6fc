import Testing
@testable import CPTSKit
@testable import CPTSKitReports

/// Rulebook figures named and valued in English as well as French.
@Suite("Rulebook entries in English")
struct RulebookEnglishTests {
    @Test("Size boundaries group thousands as each language does, a four-digit threshold included")
    func sizeBoundaries() throws {
        let text = #"{"format": "cpts-rulebook/1", "id": "seuils", "title": "Seuils", "extends": "aci-2019-av2", "effective_on": "2026-07-01", "#
            + #""figures": {"size.boundaries": {"value": [{"population": 5000, "side": "upper"}, {"population": 80000, "side": "upper"}, "#
            + #"{"population": 175000, "side": "lower"}], "source": "hypothèse", "confidence": "I"}}}"#
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
        let entry = try #require(try registry.rulebook(id: "seuils").entries.first { $0.key == "size.boundaries" })
        #expect(entry.value(in: .english) == "T1: p < 5,000; T2: 5,000 ≤ p < 80,000; T3: 80,000 ≤ p ≤ 175,000; T4: 175,000 < p")
        #expect(entry.value(in: .french) == "T1 : p < 5 000 ; T2 : 5 000 ≤ p < 80 000 ; T3 : 80 000 ≤ p ≤ 175 000 ; T4 : 175 000 < p")
        #expect(entry.label(in: .english) == "Size boundaries")
    }

    @Test("Values and names in English: amounts, dates, months, yes/no, unknown")
    func values() throws {
        let entries = try RulebookRegistry.standard.rulebook(id: "aci-2019-av2").entries
        func entry(_ key: String) throws -> RulebookEntry { try #require(entries.first { $0.key == key }) }
        #expect(try entry("effective_on").value(in: .english) == "1 April 2022")
        #expect(try entry("fonctionnement.annual.T3").value(in: .english) == "€75,000.00")
        #expect(try entry("mission.acces_aux_soins.start_deadline_months").value(in: .english) == "6 months")
        #expect(try entry("mission.acces_aux_soins.fixed.T1").value(in: .english) == "unknown")
        #expect(try entry("mission.acces_aux_soins.fixed.T1").value(in: .french) == "inconnu")
        #expect(try entry("payment.advance_share").value(in: .english) == "75%")
        #expect(try entry("proration.variable_envelope").value(in: .english) == "no")
    }

    @Test("A line of exactly 100 columns is kept as it is, its double spaces too; 101 wraps")
    func wrappingLines() {
        let exact = "  a  ·  " + String(repeating: "b", count: 92)
        #expect(exact.count == 100)
        #expect(TextTable.wrappingLines(exact) == exact)
        let longer = exact + "c"
        #expect(TextTable.wrappingLines(longer) != longer)
    }
}
