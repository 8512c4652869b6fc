import Testing
import CPTSKitTesting
@testable import CPTSKit
import CPTSKitExamples

@Suite("CompiledContract: the bulk path equals the reference path to the cent")
struct CompiledContractTests {
    static func expectSame(_ contract: ACIContract, rulebook: Rulebook? = nil, engine: FundingEngine = FundingEngine(),
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let funding = try engine.funding(for: contract, rulebook: rulebook)
        let compiled = try CompiledContract(contract, engine: engine, rulebook: rulebook)
        var buffer = StatementBuffer()
        for statement in funding.years {
            let year = statement.year.number
            #expect(try compiled.total(year: year) == statement.total, sourceLocation: sourceLocation)
            #expect(try compiled.maxTotal(year: year) == statement.maxTotal, sourceLocation: sourceLocation)
            try compiled.fillStatement(year: year, into: &buffer)
            #expect(buffer.total == statement.total, sourceLocation: sourceLocation)
            #expect(buffer.maxTotal == statement.maxTotal, sourceLocation: sourceLocation)
            #expect(buffer.lines.count == statement.lines.count, sourceLocation: sourceLocation)
            for (compact, line) in zip(buffer.lines, statement.lines) {
                let term = compiled.terms[compiled.terms.startIndex + Int(compact.term)]
                #expect(compact.amountCents == line.amount.cents, sourceLocation: sourceLocation)
                #expect(compact.bestCaseCents == line.bestCase.cents, sourceLocation: sourceLocation)
                #expect(compact.status == line.status, sourceLocation: sourceLocation)
                #expect(term.volet == line.volet && term.mission == line.mission && term.part == line.part, sourceLocation: sourceLocation)
                #expect(term.indicator == line.indicator && term.rule == line.rule && term.source == line.source,
                        sourceLocation: sourceLocation)
                #expect(term.rulebook == line.rulebook && term.amendment == line.amendment, sourceLocation: sourceLocation)
            }
            #expect(try compiled.statement(year: year) == statement, sourceLocation: sourceLocation)
        }
        // The years after an early termination: nothing, on both paths.
        for year in (funding.years.count + 1)..<(ACIContract.yearCount + 1) {
            #expect(try compiled.total(year: year) == .zero, sourceLocation: sourceLocation)
            #expect(try compiled.maxTotal(year: year) == .zero, sourceLocation: sourceLocation)
            try compiled.fillStatement(year: year, into: &buffer)
            #expect(buffer.lines.isEmpty && buffer.total == .zero, sourceLocation: sourceLocation)
            #expect(throws: CPTSKitError.self, sourceLocation: sourceLocation) { try compiled.statement(year: year) }
            #expect(throws: CPTSKitError.self, sourceLocation: sourceLocation) {
                try engine.statement(for: contract, year: year, rulebook: rulebook)
            }
        }
        #expect(compiled.contractTotal == funding.total, sourceLocation: sourceLocation)
    }

    @Test("The bundled examples", arguments: BundledExample.allCases)
    func examples(_ example: BundledExample) throws {
        try Self.expectSame(try example.contract())
        // Rade à Ria lives through avenant 2 and two amendments: laid out in the columns too.
        #expect(!(try CompiledContract(try example.contract())).usesReferencePath)
    }

    @Test("The T3 example with a crisis, and the start-up supplement")
    func t3() throws {
        try Self.expectSame(try ContractFixtures.fullT3(assessed: [1: true, 2: false], crisisYears: [2]))
    }

    @Test("Random contracts, every payout kind, pending years, mid-year starts")
    func random() throws {
        var generator = SeededGenerator(seed: 4242)
        for _ in 0..<400 { try Self.expectSame(try RandomContracts.make(using: &generator)) }
    }

    @Test("Every rounding rule is laid out, and rounds as the reference path", arguments: RoundingRule.allCases)
    func roundingRules(_ rule: RoundingRule) throws {
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.rounding.value = rule
        let example = try BundledExample.lorientLittoral.contract()
        #expect(!(try CompiledContract(example, rulebook: rulebook).usesReferencePath))
        try Self.expectSame(example, rulebook: rulebook)
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<60 { try Self.expectSame(try RandomContracts.make(using: &generator), rulebook: rulebook) }
    }

    @Test("Contracts the compact layout cannot hold go through the reference path, still exact")
    func fallbacks() throws {
        let example = try BundledExample.lorientLittoral.contract()
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        #expect(try CompiledContract(example, rulebook: prorating).usesReferencePath)
        try Self.expectSame(example, rulebook: prorating)
        let thirds = try ContractFixtures.single(indicators: [
            try Indicator(id: "p", label: "p", payout: .proportional(target: Fraction(3), amount: Euros(cents: 100_000)))],
            results: [1: ["p": .measured(try Fraction(1, 3))]])
        #expect(try CompiledContract(thirds).usesReferencePath)
        try Self.expectSame(thirds)
        let manyTiers = try ContractFixtures.single(indicators: [
            try Indicator(id: "t", label: "t", payout: .tiers(better: .higher, tiers: (1...6).map {
                Tier(reach: Fraction(Int64($0)), amount: Euros(cents: Int64($0) * 100)) }))],
            results: [1: ["t": .measured(Fraction(4))]])
        #expect(try CompiledContract(manyTiers).usesReferencePath)
        try Self.expectSame(manyTiers)
        // Tier values beyond 32-bit lanes (a count of 3 billion) take the reference path too.
        let huge = try ContractFixtures.single(indicators: [
            try Indicator(id: "h", label: "h", payout: .tiers(better: .higher, tiers: [
                Tier(reach: Fraction(3_000_000_000), amount: Euros(cents: 100_000))]))],
            results: [1: ["h": .measured(Fraction(3_000_000_001))]])
        #expect(try CompiledContract(huge).usesReferencePath)
        try Self.expectSame(huge)
    }

    @Test("Years out of the contract are errors")
    func years() throws {
        let compiled = try CompiledContract(try BundledExample.ploermel.contract())
        #expect(throws: CPTSKitError.self) { try compiled.total(year: 0) }
        var buffer = StatementBuffer()
        #expect(throws: CPTSKitError.self) { try compiled.fillStatement(year: 6, into: &buffer) }
    }
}

@Suite("CompiledPortfolio: many contracts, one layout")
struct CompiledPortfolioTests {
    @Test("Portfolio totals and statements equal each contract's reference statements")
    func portfolio() throws {
        var generator = SeededGenerator(seed: 31)
        var contracts = try (0..<150).map { _ in try RandomContracts.make(using: &generator) }
        contracts += try BundledExample.allCases.map { try $0.contract() }
        let portfolio = try CompiledPortfolio(contracts)
        var totals: [Euros] = []
        portfolio.writeTotals(into: &totals)
        var buffer = StatementBuffer()
        var grand = Euros.zero
        for (index, contract) in contracts.enumerated() {
            let funding = try FundingEngine().funding(for: contract)
            grand = try grand.adding(funding.total)
            for statement in funding.years {
                let year = statement.year.number
                #expect(totals[index * 5 + year - 1] == statement.total)
                #expect(try portfolio.maxTotal(contract: index, year: year) == statement.maxTotal)
                try portfolio.fillStatement(contract: index, year: year, into: &buffer)
                #expect(buffer.lines.map(\.amountCents) == statement.lines.map(\.amount.cents))
                let terms = portfolio.terms(ofContract: index)
                #expect(buffer.lines.map { terms[terms.startIndex + Int($0.term)].rule } == statement.lines.map(\.rule))
            }
        }
        #expect(portfolio.grandTotal == grand)
    }

    @Test("A failing contract leaves the portfolio unchanged, and names its index")
    func failure() throws {
        var portfolio = try CompiledPortfolio([try BundledExample.ploermel.contract()])
        let bad = try ValidationTests.t3([try EngagedMission(kind: .accessToCare, budget: MissionBudget(fixed: Euros(cents: 9_000_001)))])
        #expect(throws: CPTSKitError.self) { try portfolio.append(bad) }
        #expect(portfolio.count == 1)
        let error = #expect(throws: CPTSKitError.self) { try CompiledPortfolio([try BundledExample.ploermel.contract(), bad]) }
        #expect(error?.path == "contracts[1].missions[0].budget.fixed")
        portfolio.removeAll()
        #expect(portfolio.count == 0)
        #expect(portfolio.grandTotal == .zero)
        #expect(throws: CPTSKitError.self) { try portfolio.total(contract: 0, year: 1) }
    }
}
