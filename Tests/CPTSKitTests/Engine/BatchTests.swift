import Testing
import CPTSKitTesting
@testable import CPTSKit

/// Many contracts at once: fundings and schedules in parallel and in order; aggregates that record
/// the contracts they cannot compute when asked to, and say so.
@Suite("Batches and refused contracts")
struct BatchTests {
    static func contracts(_ count: Int, seed: UInt64) throws -> [ACIContract] {
        var generator = SeededGenerator(seed: seed)
        return try (0..<count).map { _ in try RandomContracts.make(using: &generator) }
    }

    @Test("fundings(for:) and schedules(for:) give, in order, what each contract gives alone", arguments: [0, 1, 2, 7, 40])
    func inOrder(_ count: Int) async throws {
        let engine = FundingEngine()
        let contracts = try Self.contracts(count, seed: UInt64(100 + count))
        let fundings = try await engine.fundings(for: contracts)
        #expect(fundings == (try contracts.map { (contract) throws(CPTSKitError) in try engine.funding(for: contract) }))
        let schedules = try await engine.schedules(for: contracts)
        #expect(schedules == (try contracts.map { (contract) throws(CPTSKitError) in try engine.schedule(for: contract) }))
        let asOf = try CalendarDate(parsing: "2026-06-01")
        let dated = try await engine.fundings(for: contracts, asOf: asOf)
        #expect(dated == (try contracts.map { (contract) throws(CPTSKitError) in try engine.funding(for: contract, asOf: asOf) }))
    }

    /// A contract the standard rulebooks refuse: it engages a mission no rulebook declares.
    static func refusable() throws -> ACIContract {
        try ACIContract(cpts: try CPTS(name: "CPTS refusée", population: 100_000), signedOn: try CalendarDate(parsing: "2025-05-12"),
                        missions: [try EngagedMission(kind: try MissionKind(key: "batch_never_declared"))])
    }

    @Test("The first refused contract in input order is thrown, its path under contracts[i]")
    func firstErrorInOrder() async throws {
        var contracts = try Self.contracts(20, seed: 7)
        contracts[13] = try Self.refusable()
        contracts[17] = try Self.refusable()
        do {
            _ = try await FundingEngine().fundings(for: contracts)
            Issue.record("a refused contract was accepted")
        } catch {
            #expect(error.path == "contracts[13].missions[0].mission")
            #expect(error.kind == .unknownMission)
        }
        await #expect(throws: CPTSKitError.self) { try await FundingEngine().schedules(for: contracts) }
    }

    @Test("An impact and a portfolio record refused contracts when asked, and stop when asked")
    func refusals() throws {
        let contracts = try Self.contracts(6, seed: 11)
        let refused = try Self.refusable()
        let draft = try RulebookDocument(jsonText: try RepositoryFiles.text("Examples/rulebooks/draft-2026-hypothese.json"))
        var impact = try RulebookImpact(draft: draft)
        var portfolio = PortfolioSummary()
        var reference = PortfolioSummary()
        for (index, contract) in contracts.enumerated() {
            try impact.add(contract, label: "c\(index)", ifRefused: .record)
            try portfolio.add(contract, label: "c\(index)", ifRefused: .record)
            try reference.add(contract)
            if index == 2 {
                try impact.add(refused, label: "broken.json", ifRefused: .record)
                try portfolio.add(refused, ifRefused: .record)
            }
        }
        #expect(impact.contractCount == 6)
        #expect(impact.refused.map(\.index) == [3])
        #expect(impact.refused.first?.label == "broken.json")
        #expect(impact.refused.first?.error.kind == .unknownMission)
        #expect(portfolio.refused.map(\.index) == [3])
        #expect(portfolio.refused.first?.label == "CPTS refusée")
        #expect(portfolio.total == reference.total)
        #expect(portfolio.contractCount == reference.contractCount)
        // With .stop, the error is thrown and nothing changes.
        let before = impact
        #expect(throws: CPTSKitError.self) { try impact.add(refused, ifRefused: .stop) }
        #expect(impact.refused == before.refused)
        #expect(impact.contractCount == before.contractCount)
        #expect(throws: CPTSKitError.self) { try portfolio.add(refused, ifRefused: .stop) }
        // Merged, the other's refusals are numbered after every contract offered to the first.
        var second = try RulebookImpact(draft: draft)
        try second.add(contracts[0], ifRefused: .record)
        try second.add(refused, ifRefused: .record)
        let merged = try impact.merged(with: second)
        #expect(merged.refused.map(\.index) == [3, 8])
        #expect(merged.contractCount == 7)
    }
}
