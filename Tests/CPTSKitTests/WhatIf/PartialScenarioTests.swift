import Testing
@testable import CPTSKit
import CPTSKitExamples

/// A what-if that sets a few results of a pending year: those indicators are assessed, the others
/// stay pending at their best case, as in a statement; a contract file still gives every result
/// of an assessed year.
@Suite("What-if on a pending year with a few results")
struct PartialScenarioTests {
    @Test("One result set in pending year 2: that line is assessed, every other stays pending; totals move by it alone")
    func partialYear() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        #expect(contract.results[2] == nil)
        var scenario = Scenario()
        scenario.setResult(.measured(Fraction(75)), for: "depistage-sein", year: 2)
        let comparison = try FundingEngine().compare(contract, with: scenario)
        let year2 = comparison.scenario.years[1].lines.filter { $0.part == .variable }
        #expect(year2.filter { $0.status == .assessed }.map(\.indicator) == ["depistage-sein"])
        #expect(year2.filter { $0.status == .pending }.count == year2.count - 1)
        // 75 % reaches the last tier: 3 500 € (the line's best case), and nothing else changes.
        #expect(comparison.totalDifference == Euros(cents: 350_000))
        #expect(comparison.maxTotalDifference == .zero)
        let difference = try #require(comparison.differences.first)
        #expect(comparison.differences.count == 1)
        #expect(difference.baseStatus == .pending)
        #expect(difference.scenarioStatus == .assessed)
        // The scenario's contract is partial: the compiled columns hold it too, its other lines
        // pending in year 2 at their best case; totals, maxima and lines as the reference path's.
        let varied = try scenario.apply(to: contract)
        #expect(varied.partiallyAssessed)
        #expect(!contract.partiallyAssessed)
        let compiled = try CompiledContract(varied)
        #expect(!compiled.usesReferencePath)
        for year in 1...5 {
            #expect(try compiled.total(year: year) == comparison.scenario.years[year - 1].total)
            #expect(try compiled.maxTotal(year: year) == comparison.scenario.years[year - 1].maxTotal)
        }
        try CompiledContractTests.expectSame(varied)
        var buffer = StatementBuffer()
        try compiled.fillStatement(year: 2, into: &buffer)
        let statuses = buffer.lines.filter { $0.status != .due }.map(\.status)
        #expect(statuses.filter { $0 == .assessed }.count == 1 && statuses.filter { $0 == .pending }.count == year2.count - 1)
    }

    @Test("A contract file (or one built in code) still gives every result of an assessed year")
    func filesStayWhole() throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let error = #expect(throws: CPTSKitError.self) {
            try contract.with(results: contract.results.merging([2: ["depistage-sein": .measured(Fraction(75))]]) { $1 })
        }
        #expect(error?.kind == .missingResult)
    }
}
