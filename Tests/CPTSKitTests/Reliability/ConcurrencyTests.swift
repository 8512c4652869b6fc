import Testing
import CPTSKitTesting
@testable import CPTSKit

/// The engine is a value with no shared state: many tasks may use it at once.
@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("A portfolio computed with a task group equals the sequential computation")
    func taskGroup() async throws {
        var generator = SeededGenerator(seed: 9)
        let contracts = try (0..<200).map { _ in try RandomContracts.make(using: &generator) }
        let engine = FundingEngine()
        let sequential = try contracts.map { try engine.funding(for: $0).total }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Euros).self) { group in
            for (index, contract) in contracts.enumerated() {
                group.addTask { (index, try engine.funding(for: contract).total) }
            }
            var totals = [Euros](repeating: .zero, count: contracts.count)
            for try await (index, total) in group { totals[index] = total }
            return totals
        }
        #expect(concurrent == sequential)
        let portfolio = try CompiledPortfolio(contracts)
        let compiledTotals = try await withThrowingTaskGroup(of: (Int, Euros).self) { group in
            for index in 0..<portfolio.count {
                group.addTask { (index, try (1...5).reduce(Euros.zero) { try $0.adding(try portfolio.total(contract: index, year: $1)) }) }
            }
            var totals = [Euros](repeating: .zero, count: contracts.count)
            for try await (index, total) in group { totals[index] = total }
            return totals
        }
        #expect(compiledTotals == sequential)
    }
}
