import Testing
@testable import CPTSKit
@testable import CPTSKitReports

/// A rulebook figure with one value per contract year: year n of a contract reads the n-th value
/// of the rulebook that applies to that year, on every path.
@Suite("Figures by contract year")
struct FiguresByYearTests {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    /// A draft extending avenant 2, from 2026-07-01, with the given figures.
    static func text(_ figures: String) -> String {
        #"{"format": "cpts-rulebook/1", "id": "projet", "title": "Projet", "extends": "aci-2019-av2", "effective_on": "2026-07-01", "#
            + #""figures": {\#(figures)}}"#
    }

    static let decreasing = #""mission.prevention.fixed.T3": {"value": ["17500", "17500", "15000", "12500", "10000"], "#
        + #""source": "hypothèse", "confidence": "I"}"#

    static func engine(_ figures: String = decreasing) throws -> FundingEngine {
        FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text(figures))]))
    }

    static func t3(signedOn: String, changes: RulebookChanges = .nextAnniversary, rulebook: String? = nil) throws -> ACIContract {
        try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try date(signedOn), rulebookID: rulebook,
                        missions: [try EngagedMission(kind: .prevention)], rulebookChanges: changes)
    }

    static func fixed(_ funding: ContractFunding) -> [[Int64]] {
        funding.years.map { $0.lines.filter { $0.part == .fixed }.map(\.amount.cents) }
    }

    @Test("A draft reaching a contract in year 3 gives it values 3 to 5; years 1 and 2 keep avenant 2's amount")
    func reachingInYear3() throws {
        let engine = try Self.engine()
        let contract = try Self.t3(signedOn: "2025-05-12")
        let funding = try engine.funding(for: contract)
        #expect(funding.years.map(\.rulebook) == ["aci-2019-av2", "aci-2019-av2", "projet", "projet", "projet"])
        #expect(Self.fixed(funding) == [[1_750_000], [1_750_000], [1_500_000], [1_250_000], [1_000_000]])
        #expect(funding.years[2].lines.first { $0.part == .fixed }?.source.id == "hypothèse")
        try CompiledContractTests.expectSame(contract, engine: engine)
        #expect(!(try CompiledContract(contract, engine: engine)).usesReferencePath)
    }

    @Test("Signed under the draft (named, or in force on the signature): years 1 to 5 read values 1 to 5",
          arguments: [("2026-08-01", nil as String?), ("2026-06-30", "projet"), ("2026-07-01", nil)])
    func signedUnderTheDraft(_ signedOn: String, _ rulebook: String?) throws {
        let engine = try Self.engine()
        let contract = try Self.t3(signedOn: signedOn, rulebook: rulebook)
        let funding = try engine.funding(for: contract)
        #expect(funding.years.allSatisfy { $0.rulebook == "projet" })
        #expect(Self.fixed(funding) == [[1_750_000], [1_750_000], [1_500_000], [1_250_000], [1_000_000]])
        try CompiledContractTests.expectSame(contract, engine: engine)
        let schedule = try engine.schedule(for: contract)
        #expect(schedule.total == funding.total)
    }

    @Test("Split by effective_date, the part from the draft's date reads the value of the year it falls in")
    func splitYear() throws {
        let engine = try Self.engine()
        let contract = try Self.t3(signedOn: "2025-05-12", changes: .effectiveDate)
        let funding = try engine.funding(for: contract)
        // Year 2, 2026-05-12 → 2027-05-12 (365 days): 50 days under avenant 2, 315 under the draft's
        // year-2 value: 17 500 × 50/365 = 2 397,26 and 17 500 × 315/365 = 15 102,74.
        #expect(Self.fixed(funding) == [[1_750_000], [239_726, 1_510_274], [1_500_000], [1_250_000], [1_000_000]])
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("Fonctionnement and the yearly maximum by year: the maximum warns in the year its value is exceeded")
    func fonctionnementAndMaximum() throws {
        let figures = #""fonctionnement.annual.T3": {"value": ["75000", "76000", "77000", "78000", "79000"], "source": "h", "confidence": "I"}, "#
            + #""maximum.yearly.T3": {"value": ["80000", "80000", "80000", "77999.99", "80000"], "source": "h", "confidence": "I"}"#
        let engine = try Self.engine(figures)
        let contract = try ACIContract(cpts: try CPTS(name: "CPTS T3", population: 100_000), signedOn: try Self.date("2026-08-01"),
                                       missions: [])
        let funding = try engine.funding(for: contract)
        #expect(funding.years.map { $0.lines[0].amount.cents } == [7_500_000, 7_600_000, 7_700_000, 7_800_000, 7_900_000])
        // 78 000 > 77 999,99 in year 4 only; 79 000 ≤ 80 000 in year 5.
        #expect(funding.years.map { !$0.warnings.isEmpty } == [false, false, false, true, false])
        try CompiledContractTests.expectSame(contract, engine: engine)
    }

    @Test("A list that is not five values, or on a figure that cannot vary, is refused with its path",
          arguments: [
              (#""mission.prevention.fixed.T3": {"value": ["1", "2", "3", "4"], "source": "h", "confidence": "I"}"#,
               "figures.mission.prevention.fixed.T3.value", CPTSKitError.Kind.invalidRulebook),
              (#""mission.prevention.fixed.T3": {"value": ["1", "2", "3", "4", "5", "6"], "source": "h", "confidence": "I"}"#,
               "figures.mission.prevention.fixed.T3.value", .invalidRulebook),
              (#""mission.prevention.fixed.T3": {"value": ["1", "2", "x", "4", "5"], "source": "h", "confidence": "I"}"#,
               "figures.mission.prevention.fixed.T3.value[2]", .invalidAmount),
              (#""fonctionnement.start_up.T3": {"value": ["131250", "0", "0", "0", "0"], "source": "h", "confidence": "I"}"#,
               "figures.fonctionnement.start_up.T3.value", .wrongType),
              (#""payment.advance_share": {"value": ["0.75", "0.75", "0.75", "0.75", "0.75"], "source": "h", "confidence": "I"}"#,
               "figures.payment.advance_share.value", .wrongType),
          ])
    func refused(_ figures: String, _ path: String, _ kind: CPTSKitError.Kind) throws {
        let error = try #require(throws: CPTSKitError.self) { try Self.engine(figures) }
        #expect(error.path == path)
        #expect(error.kind == kind)
    }

    @Test("Export, rules and diff show the five values; an exported rulebook reads back equal")
    func listings() throws {
        let engine = try Self.engine()
        let draft = try engine.registry.rulebook(id: "projet")
        let entry = try #require(draft.entries.first { $0.key == "mission.prevention.fixed.T3" })
        #expect(entry.value == "17 500,00 € / 17 500,00 € / 15 000,00 € / 12 500,00 € / 10 000,00 € (années 1 à 5)")
        let difference = try #require(try engine.registry.rulebook(id: "aci-2019-av2").differences(to: draft).first {
            $0.key == "mission.prevention.fixed.T3"
        })
        #expect(difference.new == .array(["17500.00", "17500.00", "15000.00", "12500.00", "10000.00"].map(JSONValue.string)))
        #expect(difference.old == .string("17500.00"))
        #expect(RulebookRenderer.text(difference.new) == "17500.00 / 17500.00 / 15000.00 / 12500.00 / 10000.00")
        let table = RulebookRenderer.render([difference], from: try engine.registry.rulebook(id: "aci-2019-av2"), to: draft,
                                            format: .table)
        #expect(table.contains("17500.00 / 17500.00 / 15000.00 / 12500.00 / 10000.00"))
        let again = try RulebookRegistry.standard.adding([try RulebookDocument(json: draft.fileJSON)])
        #expect(try again.rulebook(id: "projet") == draft)
    }
}
