import Testing
import CPTSKitTesting
@testable import CPTSKit

/// `CompiledImpact` and `RulebookImpact.totals(of:…)`: the compiled path's totals equal the reference path's.
@Suite("The impact of a draft by the compiled path")
struct CompiledImpactTests {
    /// Changes the fonctionnement of every size and the T4 maximum; dated inside the random contracts' terms.
    static let draft = """
        {"format": "cpts-rulebook/1", "id": "draft-bulk", "title": "Hypothèse de test", "extends": "aci-2019-av2",
         "effective_on": "2023-06-01", "figures": {
           "fonctionnement.annual.T1": {"value": "52500.50", "source": "hypothèse", "confidence": "I"},
           "fonctionnement.annual.T2": {"value": "58000", "source": "hypothèse", "confidence": "I"},
           "fonctionnement.annual.T4": {"value": "95000.01", "source": "hypothèse", "confidence": "I"},
           "maximum.yearly.T4": {"value": "600000", "source": "hypothèse", "confidence": "I"}}}
        """

    static func engines() throws -> (FundingEngine, FundingEngine) {
        let registry = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: draft)])
        return (FundingEngine(), FundingEngine(registry: registry))
    }

    /// Random living contracts (both generators), with boundary dates drawn on purpose, that both sides accept.
    static func contracts(_ count: Int, seed: UInt64) throws -> [ACIContract] {
        let (baseline, scenario) = try engines()
        var generator = SeededGenerator(seed: seed)
        var out: [ACIContract] = []
        while out.count < count {
            let contract = out.count % 2 == 0 ? try RandomAmendedContracts.make(using: &generator) : try RandomContracts.make(using: &generator)
            guard (try? baseline.funding(for: contract)) != nil, (try? scenario.funding(for: contract)) != nil else { continue }
            out.append(contract)
        }
        // Signed the day before, on and after the draft's date.
        for day in ["2023-05-31", "2023-06-01", "2023-06-02"] {
            out.append(try ContractFixtures.single(.prevention, population: 60_000, signedOn: day))
        }
        return out
    }

    @Test("Totals equal the reference impact's: total, by size class, département and contract year, gains and losses")
    func equalsReference() throws {
        let (baseline, scenario) = try Self.engines()
        let contracts = try Self.contracts(240, seed: 61)
        var reference = RulebookImpact(draft: "draft-bulk", baseline: baseline, scenario: scenario, keepingContracts: false)
        var compiled = CompiledImpact(baseline: baseline, scenario: scenario)
        for contract in contracts {
            try reference.add(contract)
            try compiled.append(contract)
        }
        let totals = try compiled.totals()
        #expect(totals.contractCount == contracts.count)
        #expect(totals.total == reference.total)
        #expect(totals.bySizeClass == reference.bySizeClass)
        #expect(totals.byDepartment == reference.byDepartment)
        #expect(totals.byContractYear == reference.byContractYear)
        #expect(totals.gaining == reference.gaining && totals.losing == reference.losing && totals.unchanged == reference.unchanged)
        // The draft moves money both ways on this portfolio: the test can fail.
        #expect(reference.gaining > 0 && reference.losing > 0 && reference.unchanged > 0)
    }

    @Test("Streaming in chunks gives the same totals whatever the chunk size", arguments: [1, 7, 4_096])
    func chunks(_ size: Int) throws {
        let (baseline, scenario) = try Self.engines()
        let contracts = try Self.contracts(60, seed: 62)
        var compiled = CompiledImpact(baseline: baseline, scenario: scenario)
        for contract in contracts { try compiled.append(contract) }
        let streamed = try RulebookImpact.totals(of: contracts, baseline: baseline, scenario: scenario, chunkSize: size)
        #expect(streamed == (try compiled.totals()))
    }

    @Test("A contract the scenario refuses leaves both sides as they were")
    func rollBack() throws {
        let (baseline, _) = try Self.engines()
        let strict = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: RulebookImpactTests.draftText)])
        let scenario = FundingEngine(registry: strict)
        var compiled = CompiledImpact(baseline: baseline, scenario: scenario)
        let good = try ContractFixtures.fullT3(signedOn: "2024-03-01")
        try compiled.append(good)
        let before = compiled
        // Above the draft's national T3 prévention fixed part (15 000 €), signed after its date.
        let refused = try ContractFixtures.single(population: 100_000, signedOn: "2026-09-01", fixed: 17_500, variable: 17_500)
        #expect {
            try compiled.append(refused)
        } throws: { error in
            (error as? CPTSKitError)?.path.hasPrefix("scenario.") == true
        }
        #expect(compiled == before)
        // A contract on the reference path (an early termination) rolls back too.
        var withExact = CompiledImpact(baseline: baseline, scenario: scenario)
        try withExact.append(try ContractFixtures.terminated(on: "2025-07-10"))
        let exactBefore = withExact
        #expect(throws: CPTSKitError.self) { try withExact.append(refused) }
        #expect(withExact == exactBefore)
        #expect(withExact.count == 1)
    }

    @Test("An empty impact has zero totals, and the size class of each contract is its first year's")
    func emptyAndSizes() throws {
        let (baseline, scenario) = try Self.engines()
        let empty = try CompiledImpact(baseline: baseline, scenario: scenario).totals()
        #expect(empty == ImpactTotals())
        var portfolio = CompiledPortfolio()
        try portfolio.append(try ContractFixtures.fullT3())
        try portfolio.append(try ContractFixtures.terminated(on: "2025-07-10"))
        #expect(try portfolio.sizeClass(contract: 0) == .t3)
        #expect(try portfolio.sizeClass(contract: 1) == (try FundingEngine().funding(for: try ContractFixtures.terminated(on: "2025-07-10"))).sizeClass)
        #expect(throws: CPTSKitError.self) { try portfolio.sizeClass(contract: 2) }
    }
}
