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

    @Test("Only a contract with a prorated line, a year rounding otherwise or a line pending in an assessed year mends its statements")
    func mendsOnlyWhereNeeded() throws {
        func mends(_ contract: ACIContract, rulebook: Rulebook? = nil) throws -> Bool {
            try CompiledContract(contract, rulebook: rulebook).portfolio.headers[0].mendsLines
        }
        // The bundled examples, and the Lorient example under each rounding rule: no line to mend.
        for example in BundledExample.allCases { #expect(!(try mends(try example.contract()))) }
        let example = try BundledExample.lorientLittoral.contract()
        for rule in RoundingRule.allCases {
            var rulebook = Rulebook.aci2019Avenant2
            rulebook.rounding.value = rule
            #expect(!(try mends(example, rulebook: rulebook)))
        }
        // A prorated envelope (prévention starts inside year 1 under a prorating rulebook).
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        #expect(try mends(try CompiledPortfolioTests.ladderContract(result: Fraction(5), start: "2025-06-01"), rulebook: prorating))
        #expect(!(try mends(try CompiledPortfolioTests.ladderContract(result: Fraction(5)), rulebook: prorating)))
        // A line pending in an assessed year (a what-if scenario setting one result of year 2).
        var scenario = Scenario()
        scenario.setResult(.measured(Fraction(75)), for: "depistage-sein", year: 2)
        #expect(try mends(try scenario.apply(to: example)))
    }

    @Test("Contracts the compact layout cannot hold go through the reference path, still exact; the others no longer do")
    func fallbacks() throws {
        let example = try BundledExample.lorientLittoral.contract()
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        // A prorated variable envelope is laid out in the columns (it took the reference path before).
        #expect(!(try CompiledContract(example, rulebook: prorating).usesReferencePath))
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
        // More tiers than the tier column's four lanes: a ladder column (the reference path before).
        #expect(!(try CompiledContract(manyTiers)).usesReferencePath)
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

    /// A T3 contract engaging prévention from `start` with one indicator of each payout kind, under
    /// a rulebook that prorates variable envelopes, assessed every year on `results`.
    static func proratedContract(start: String, terminatedOn: String? = nil, result: Fraction,
                                 achieved: Bool = true) throws -> ACIContract {
        let indicators = [
            try Indicator(id: "aon", label: "aon", payout: .allOrNothing(amount: Euros(cents: 100_001))),
            try Indicator(id: "tiers", label: "tiers", payout: .tiers(better: .higher, tiers: [
                Tier(reach: Fraction(2), amount: Euros(cents: 50_001)), Tier(reach: Fraction(4), amount: Euros(cents: 120_003))])),
            try Indicator(id: "low", label: "low", payout: .tiers(better: .lower, tiers: [
                Tier(reach: Fraction(4), amount: Euros(cents: 30_001)), Tier(reach: Fraction(2), amount: Euros(cents: 70_001))])),
            try Indicator(id: "prop", label: "prop", payout: .proportional(target: Fraction(4), amount: Euros(cents: 99_999))),
        ]
        let mission = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date(start),
                                         budget: MissionBudget(fixed: Euros(cents: 1_000_000), variable: Euros(cents: 1_750_000)),
                                         indicators: indicators)
        let results = Dictionary(uniqueKeysWithValues: (1...5).map { year in
            (year, ["aon": IndicatorResult.achieved(achieved), "tiers": .measured(result), "low": .measured(result), "prop": .measured(result)])
        })
        var contract = try ACIContract(cpts: try CPTS(name: "CPTS Prorata", population: 100_000),
                                       signedOn: try ContractFixtures.date("2025-01-10"), missions: [mission])
        if let terminatedOn {
            contract = try contract.adding(amendment: try Amendment(effectiveOn: try ContractFixtures.date(terminatedOn), change: .termination))
        }
        let years = contract.activeYears.count
        return try contract.with(results: results.filter { $0.key <= years })
    }

    @Test("Prorated envelopes on the compiled path: starts inside a year, terminations, each rounding, results around each tier",
          arguments: [
        ("2025-01-10", nil), ("2025-03-11", nil), ("2025-12-31", nil), ("2025-01-11", "2027-08-31"), ("2025-06-30", "2026-01-11"),
    ] as [(String, String?)])
    func proratedEnvelopes(_ start: String, _ terminatedOn: String?) throws {
        for rule in RoundingRule.allCases {
            var rulebook = Rulebook.aci2019Avenant2
            rulebook.prorateVariableEnvelope.value = true
            rulebook.rounding.value = rule
            for (result, achieved) in [(Fraction(2), true), (try Fraction(199, 100), false), (try Fraction(201, 100), true),
                                       (Fraction(4), true), (try Fraction(399, 100), true), (try Fraction(401, 100), false),
                                       (Fraction(0), true)] {
                let contract = try Self.proratedContract(start: start, terminatedOn: terminatedOn, result: result, achieved: achieved)
                let compiled = try CompiledContract(contract, rulebook: rulebook)
                #expect(!compiled.usesReferencePath)
                try CompiledContractTests.expectSame(contract, rulebook: rulebook)
            }
        }
        // Figures by hand: start on 2025-03-11, 305 days of the 365 of year 1 (2025-01-10 → 2026-01-09).
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.prorateVariableEnvelope.value = true
        let contract = try Self.proratedContract(start: "2025-03-11", result: Fraction(4))
        let year1 = try FundingEngine().statement(for: contract, year: 1, rulebook: rulebook)
        // 1 000,01 € × 305/365 = 835,624… → 835,62 €; 1 200,03 € × 305/365 = 1 002,764… → 1 002,76 €;
        // lower is better, 4 reaches 300,01 € → 250,693… → 250,69 €; 999,99 € × 4/4 × 305/365 = 835,608… → 835,61 €.
        #expect(year1.lines.filter { $0.part == .variable }.map(\.amount.cents) == [83_562, 100_276, 25_069, 83_561])
        var buffer = StatementBuffer()
        try CompiledContract(contract, rulebook: rulebook).fillStatement(year: 1, into: &buffer)
        #expect(buffer.lines.suffix(4).map(\.amountCents) == [83_562, 100_276, 25_069, 83_561])
        #expect(try CompiledContract(contract, rulebook: rulebook).total(year: 1) == year1.total)
    }

    @Test("A portfolio with prorated and whole contracts: totals, rollback and removal keep the prorated lines apart")
    func proratedPortfolio() throws {
        var rulebook = Rulebook.aci2019Avenant2
        rulebook.prorateVariableEnvelope.value = true
        let prorated = try Self.proratedContract(start: "2025-03-11", result: Fraction(3))
        let whole = try Self.proratedContract(start: "2025-01-10", result: Fraction(3))
        var portfolio = CompiledPortfolio(rulebook: rulebook)
        for contract in [prorated, whole, prorated] { try portfolio.append(contract) }
        let engine = FundingEngine()
        for (index, contract) in [prorated, whole, prorated].enumerated() {
            let funding = try engine.funding(for: contract, rulebook: rulebook)
            for statement in funding.years {
                #expect(try portfolio.total(contract: index, year: statement.year.number) == statement.total)
            }
        }
        #expect(portfolio.proratedLines.count == 8)
        portfolio.removeLast()
        #expect(portfolio.proratedLines.count == 4)
        #expect(try portfolio.total(contract: 0, year: 1) == (try engine.statement(for: prorated, year: 1, rulebook: rulebook)).total)
        portfolio.removeAll()
        #expect(portfolio.proratedLines.isEmpty)
    }

    @Test("Random contracts under a rulebook prorating envelopes: compiled = reference, proration never sends one to the reference path")
    func randomProrated() throws {
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        var generator = SeededGenerator(seed: 2026_12_08)
        var prorated = 0
        for index in 0..<300 {
            let contract = index % 2 == 0 ? try RandomAmendedContracts.make(using: &generator) : try RandomContracts.make(using: &generator)
            try CompiledContractTests.expectSame(contract, rulebook: prorating)
            let compiled = try CompiledContract(contract, rulebook: prorating)
            #expect(compiled.usesReferencePath == (try CompiledContract(contract, rulebook: .aci2019Avenant2)).usesReferencePath)
            let (_, plan) = try FundingEngine().fundingAndPlan(for: contract, rulebook: prorating)
            if !compiled.usesReferencePath, plan.recipe.templates.contains(where: { $0.kind == .indicator && $0.firstShare != .one }) {
                prorated += 1
            }
        }
        #expect(prorated > 50, "\(prorated) contracts with a prorated envelope on the compiled path")
    }

    /// A T3 contract with two ladders of six tiers (higher and lower is better) and a four-tier
    /// indicator, assessed in years 1 and 2 on `result`, the others pending.
    static func ladderContract(result: Fraction, start: String = "2025-01-10") throws -> ACIContract {
        let reaches = [Fraction(1), Fraction(2), Fraction(3), Fraction(5), Fraction(8), Fraction(13)]
        let higher = try Indicator(id: "up", label: "up", payout: .tiers(better: .higher, tiers: reaches.enumerated().map {
            Tier(reach: $0.element, amount: Euros(cents: Int64($0.offset + 1) * 10_001)) }.shuffled()))
        let lower = try Indicator(id: "down", label: "down", payout: .tiers(better: .lower, tiers: reaches.enumerated().map {
            Tier(reach: $0.element, amount: Euros(cents: Int64(6 - $0.offset) * 7_003)) }))
        let four = try Indicator(id: "four", label: "four", payout: .tiers(better: .higher, tiers: reaches.prefix(4).enumerated().map {
            Tier(reach: $0.element, amount: Euros(cents: Int64($0.offset + 1) * 5_000)) }))
        let mission = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date(start),
                                         budget: MissionBudget(fixed: Euros(cents: 1_000_000), variable: Euros(cents: 1_750_000)),
                                         indicators: [higher, lower, four])
        let year: [String: IndicatorResult] = ["up": .measured(result), "down": .measured(result), "four": .measured(result)]
        return try ACIContract(cpts: try CPTS(name: "CPTS Paliers", population: 100_000), signedOn: try ContractFixtures.date("2025-01-10"),
                               missions: [mission], results: [1: year, 2: year])
    }

    @Test("Six tiers on the compiled path, higher and lower is better: results at, just below and just above every reach",
          arguments: [0, 1, 2, 3, 5, 8, 13, 14])
    func ladders(_ reach: Int) throws {
        let hundredth = try Fraction(1, 100)
        for result in [Fraction(Int64(reach)), try Fraction(Int64(reach)).subtracting(hundredth), try Fraction(Int64(reach)).subtracting(try Fraction(-1, 100))]
        where !result.isNegative {
            let contract = try Self.ladderContract(result: result)
            #expect(!(try CompiledContract(contract)).usesReferencePath)
            try CompiledContractTests.expectSame(contract)
            // Under a rulebook prorating envelopes, a mission starting inside year 1: ladders prorated too.
            var prorating = Rulebook.aci2019Avenant2
            prorating.prorateVariableEnvelope.value = true
            let late = try Self.ladderContract(result: result, start: "2025-06-01")
            #expect(!(try CompiledContract(late, rulebook: prorating)).usesReferencePath)
            try CompiledContractTests.expectSame(late, rulebook: prorating)
        }
        // By hand: 5 reaches the fourth tier up (40 004 cents) and, lower being better, the third from
        // the hardest down (tiers 5, 8, 13 reached: 3 × 7 003 = 21 009 cents).
        let five = try FundingEngine().statement(for: try Self.ladderContract(result: Fraction(5)), year: 1)
        #expect(five.lines.filter { $0.part == .variable }.map(\.amount.cents).prefix(2) == [40_004, 21_009])
    }

    @Test("A portfolio mixing ladders, prorated lines and plain contracts: totals, removal and rollback keep each column apart")
    func laddersInPortfolio() throws {
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        let ladder = try Self.ladderContract(result: Fraction(5), start: "2025-06-01")
        let plain = try Self.proratedContract(start: "2025-01-10", result: Fraction(3))
        let contracts = [ladder, plain, ladder, plain]
        var portfolio = CompiledPortfolio(rulebook: prorating)
        for contract in contracts { try portfolio.append(contract) }
        #expect(portfolio.ladderBounds.count == 4)
        let engine = FundingEngine()
        func check(_ count: Int) throws {
            for index in 0..<count {
                for year in 1...5 {
                    let statement = try engine.statement(for: contracts[index], year: year, rulebook: prorating)
                    #expect(try portfolio.total(contract: index, year: year) == statement.total)
                    #expect(try portfolio.maxTotal(contract: index, year: year) == statement.maxTotal)
                }
            }
        }
        try check(4)
        portfolio.removeLast()
        portfolio.removeLast()
        #expect(portfolio.ladderBounds.count == 2 && portfolio.ladderResult.count == 10)
        #expect(portfolio.ladderReach.count == 12 && portfolio.proratedLines.count == 3)
        try check(2)
        // A contract refused on append leaves every column as it was.
        let before = portfolio
        let refused = try ACIContract(cpts: try CPTS(name: "Trop", population: 100_000), signedOn: try ContractFixtures.date("2025-01-10"),
                                      missions: [try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: Euros(cents: 900_000_000)))])
        #expect(throws: CPTSKitError.self) { try portfolio.append(refused) }
        #expect(portfolio == before)
    }

    @Test("A ladder's reaches and results keep below 2^30 in the columns: at the bound, the reference path", arguments: [
        (Int64(1) << 30 - 1, false), (Int64(1) << 30, true), (Int64(1) << 30 + 1, true),
    ])
    func ladderBounds(_ value: Int64, _ reference: Bool) throws {
        // Six tiers, the hardest reaching `value`; the result is small.
        let tiers = [Fraction(1), Fraction(2), Fraction(3), Fraction(4), Fraction(5), Fraction(value)].enumerated().map {
            Tier(reach: $0.element, amount: Euros(cents: Int64($0.offset + 1) * 100)) }
        let reach = try ContractFixtures.single(indicators: [try Indicator(id: "t", label: "t", payout: .tiers(better: .higher, tiers: tiers))],
                                               results: [1: ["t": .measured(Fraction(3))]])
        #expect(try CompiledContract(reach).usesReferencePath == reference)
        try CompiledContractTests.expectSame(reach)
        // The same bound on a result.
        let small = (1...6).map { Tier(reach: Fraction(Int64($0)), amount: Euros(cents: Int64($0) * 100)) }
        let result = try ContractFixtures.single(indicators: [try Indicator(id: "t", label: "t", payout: .tiers(better: .higher, tiers: small))],
                                                results: [1: ["t": .measured(Fraction(value))]])
        #expect(try CompiledContract(result).usesReferencePath == reference)
        try CompiledContractTests.expectSame(result)
    }

    @Test("A contract that leaves the columns half laid out takes back its prorated lines only")
    func proratedRollback() throws {
        var prorating = Rulebook.aci2019Avenant2
        prorating.prorateVariableEnvelope.value = true
        let prorated = try Self.proratedContract(start: "2025-03-11", result: Fraction(3))
        // Its prorated lines are laid out, then a result of 1/3 (not a finite decimal) sends it to the reference path.
        let thirds = try Indicator(id: "tiers-3", label: "t", payout: .tiers(better: .higher, tiers: [Tier(reach: Fraction(1), amount: 100)]))
        let mission = try EngagedMission(kind: .prevention, startsOn: try ContractFixtures.date("2025-03-11"),
                                         budget: MissionBudget(fixed: Euros(cents: 1_000_000), variable: Euros(cents: 1_750_000)),
                                         indicators: prorated.missions[0].indicators + [thirds])
        var results = prorated.results
        for year in results.keys { results[year]?["tiers-3"] = .measured(try Fraction(1, 3)) }
        let mixed = try ACIContract(cpts: prorated.cpts, signedOn: prorated.signedOn, missions: [mission], results: results)
        var portfolio = CompiledPortfolio(rulebook: prorating)
        try portfolio.append(prorated)
        let lines = portfolio.proratedLines
        try portfolio.append(mixed)
        #expect(portfolio.usesReferencePath(contract: 1))
        #expect(portfolio.proratedLines == lines)
        var buffer = StatementBuffer()
        let reference = try FundingEngine().statement(for: prorated, year: 1, rulebook: prorating)
        try portfolio.fillStatement(contract: 0, year: 1, into: &buffer)
        #expect(buffer.lines.map(\.amountCents) == reference.lines.map(\.amount.cents))
        #expect(try portfolio.total(contract: 1, year: 1) == (try FundingEngine().statement(for: mixed, year: 1, rulebook: prorating)).total)
    }

    @Test("A ladder's amounts keep to 32 bits in the columns: one cent more, the reference path", arguments: [
        (Int64(Int32.max) - 1, false), (Int64(Int32.max), false), (Int64(Int32.max) + 1, true),
    ])
    func ladderAmounts(_ cents: Int64, _ reference: Bool) throws {
        // Prévention has no national T2 amount: the contract's own envelope bounds its indicators.
        let tiers = (1...6).map { Tier(reach: Fraction(Int64($0)), amount: Euros(cents: $0 == 6 ? cents : Int64($0) * 100)) }
        let contract = try ContractFixtures.single(.prevention, population: 60_382, variable: 30_000_000,
                                                   indicators: [try Indicator(id: "t", label: "t", payout: .tiers(better: .higher, tiers: tiers))],
                                                   results: [1: ["t": .measured(Fraction(6))]])
        #expect(try CompiledContract(contract).usesReferencePath == reference)
        try CompiledContractTests.expectSame(contract)
    }
}
