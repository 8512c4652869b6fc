import Testing
@testable import CPTSKit

/// `RulebookImpact`: only the years a draft reaches change, by exactly the figures it changes.
@Suite("The impact of a draft rulebook")
struct RulebookImpactTests {
    /// +5 000 € of T3 fonctionnement, −2 500 € of T3 prévention fixed part: +2 500 € a full T3 year.
    static let draftText = """
        {"format": "cpts-rulebook/1", "id": "draft-test", "title": "Hypothèse de test", "extends": "aci-2019-av2",
         "effective_on": "2026-07-01", "figures": {
           "fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I"},
           "mission.prevention.fixed.T3": {"value": "15000", "source": "hypothèse", "confidence": "I"}}}
        """
    static let perYear = Euros(cents: 250_000)

    /// A full T3 contract that names avenant 2 only when signed before it applied (from 1 April
    /// 2022 the rulebook in force at signature is taken: a contract that names its rulebook keeps it).
    static func contract(_ signedOn: String) throws -> ACIContract {
        try ContractFixtures.fullT3(signedOn: signedOn, rulebook: signedOn < "2022-04-01" ? "aci-2019-av2" : nil)
    }

    /// The same contract with another timing for later rulebooks.
    static func contract(_ contract: ACIContract, changes: RulebookChanges) throws -> ACIContract {
        try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: contract.rulebookID, missions: contract.missions,
                        results: contract.results, crisisYears: contract.crisisYears, rulebookChanges: changes,
                        amendments: contract.amendments)
    }

    static func impact(_ contracts: [ACIContract]) throws -> RulebookImpact {
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: draftText))
        for contract in contracts { try impact.add(contract) }
        return impact
    }

    /// Signature → the years the draft reaches (by the default timing: the next anniversary on or after 1 July 2026).
    static let cases: [(signedOn: String, reached: [Int])] = [
        ("2020-01-15", []),                 // ended on 2025-01-14
        ("2021-07-01", []),                 // year 5 ends on 2026-06-30, the day before
        ("2021-07-02", []),                 // in year 5 on 2026-07-01; its next anniversary is the end of the term
        ("2023-03-01", [5]),                // year 5 starts on 2027-03-01
        ("2026-06-30", [2, 3, 4, 5]),       // the day before: its next anniversary
        ("2026-07-01", [1, 2, 3, 4, 5]),    // signed on the day: starts under the draft
        ("2026-07-02", [1, 2, 3, 4, 5]),
    ]

    @Test("Only the years the draft reaches change, by exactly the changed figures",
          arguments: zip(cases.map(\.signedOn), cases.map(\.reached)))
    func reachedYears(_ signedOn: String, _ expected: [Int]) throws {
        let contract = try Self.contract(signedOn)
        let impact = try Self.impact([contract])
        let row = try #require(impact.contracts.first)
        let reached = expected
        for year in row.years {
            let isReached = reached.contains(year.year)
            #expect(year.total.difference == (isReached ? Self.perYear : .zero), "year \(year.year)")
            #expect((year.scenarioRulebook == "draft-test") == isReached, "year \(year.year)")
        }
        #expect(row.total.difference.cents == Self.perYear.cents * Int64(reached.count))
        #expect(row.isReached == !reached.isEmpty)
        #expect(impact.reached == (reached.isEmpty ? 0 : 1))
        #expect(impact.gaining == (reached.isEmpty ? 0 : 1))
        #expect(impact.unchanged == (reached.isEmpty ? 1 : 0))
        // Volet 1 gains 5 000 € and prévention loses 2 500 € in each reached year.
        #expect(impact.fonctionnement.difference.cents == 500_000 * Int64(reached.count))
        #expect(impact.byMission[.prevention]?.difference.cents == -250_000 * Int64(reached.count))
        #expect(impact.byMission[.accessToCare]?.difference == .zero)
    }

    @Test("A contract that refuses later rulebooks is not reached")
    func refusing() throws {
        var contract = try ContractFixtures.fullT3(signedOn: "2024-03-01")
        contract = try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: nil, missions: contract.missions,
                                   results: contract.results, crisisYears: contract.crisisYears, rulebookChanges: .never)
        let impact = try Self.impact([contract])
        #expect(impact.total.difference == .zero)
        #expect(impact.reached == 0)
    }

    @Test("Totals are the sums of the rows, by every grouping, and payments follow the lines")
    func totals() throws {
        let contracts = try ["2020-01-15", "2023-03-01", "2026-07-01"].map { try Self.contract($0) }
            + [try ContractFixtures.single(population: 30_000, signedOn: "2025-02-01")]
        let impact = try Self.impact(contracts)
        #expect(impact.contractCount == 4)
        #expect(impact.contracts.count == 4)
        let rows = impact.contracts.map(\.total)
        #expect(impact.total.baseline.cents == rows.map(\.baseline.cents).reduce(0, +))
        #expect(impact.total.scenario.cents == rows.map(\.scenario.cents).reduce(0, +))
        #expect(impact.total.difference.cents == 250_000 * 6)
        for grouping in [Array(impact.bySizeClass.values), Array(impact.byDepartment.values), Array(impact.byContractYear.values),
                         Array(impact.byPaymentYear.values), Array(impact.byMission.values) + [impact.fonctionnement]] {
            #expect(grouping.map(\.baseline.cents).reduce(0, +) == impact.total.baseline.cents)
            #expect(grouping.map(\.scenario.cents).reduce(0, +) == impact.total.scenario.cents)
        }
        #expect(impact.bySizeClass[.t3]?.difference == Euros(cents: 1_500_000))
        #expect(impact.bySizeClass[.t1]?.difference == .zero)
        // The T1 contract is reached too (from its next anniversary), but the draft changes no T1 figure.
        #expect(impact.gaining == 2 && impact.losing == 0 && impact.unchanged == 2 && impact.reached == 3)
        // Streaming without rows gives the same totals.
        var streamed = try RulebookImpact(draft: try RulebookDocument(jsonText: Self.draftText), keepingContracts: false)
        for contract in contracts { try streamed.add(contract) }
        #expect(streamed.contracts.isEmpty)
        #expect(streamed.total == impact.total && streamed.byPaymentYear == impact.byPaymentYear)
    }

    @Test("A draft that changes only the date changes no amount, over random contracts")
    func neutralDraft() throws {
        let neutral = try RulebookDocument(jsonText: """
            {"format": "cpts-rulebook/1", "id": "same-figures", "title": "Mêmes chiffres", "extends": "aci-2019-av2",
             "effective_on": "2025-03-01", "figures": {}}
            """)
        var impact = try RulebookImpact(draft: neutral, keepingContracts: false)
        var generator = SeededGenerator(seed: 2026)
        var added = 0
        for _ in 0..<150 {
            var contract = try RandomAmendedContracts.make(using: &generator)
            // A rulebook that applies from its own date splits the year in two lines, each rounded
            // once: a neutral draft may then move a cent (see `splitYear` below). Anniversaries only here.
            if contract.rulebookChanges == .effectiveDate { contract = try Self.contract(contract, changes: .nextAnniversary) }
            do throws(CPTSKitError) {
                try impact.add(contract)
                added += 1
            } catch {
                // A contract the baseline refuses is refused by the scenario too: nothing is added.
                #expect(throws: CPTSKitError.self) { try FundingEngine().funding(for: contract) }
            }
        }
        #expect(added > 100)
        #expect(impact.total.difference == .zero)
        #expect(impact.bestCase.difference == .zero)
        #expect(impact.byPaymentYear.values.allSatisfy { $0.difference == .zero })
        #expect(impact.reached > 0)
    }

    @Test("An error of the scenario names it; the impact is unchanged")
    func scenarioError() throws {
        // The draft lowers the national T3 prévention fixed part below a contract's own budget.
        let contract = try ContractFixtures.single(population: 100_000, signedOn: "2026-09-01", fixed: 17_500, variable: 17_500)
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonText: Self.draftText))
        #expect {
            try impact.add(contract)
        } throws: { error in
            guard let error = error as? CPTSKitError else { return false }
            return error.kind == .budgetAboveNational && error.path.hasPrefix("scenario.")
        }
        #expect(impact.contractCount == 0 && impact.total == ImpactAmount())
    }

    @Test("A draft that applies mid-year splits the year: each part is rounded once, the sum within a cent per line")
    func splitYear() throws {
        let neutral = try RulebookDocument(jsonText: """
            {"format": "cpts-rulebook/1", "id": "same-figures", "title": "Mêmes chiffres", "extends": "aci-2019-av2",
             "effective_on": "2026-07-01", "figures": {}}
            """)
        let contract = try Self.contract(try Self.contract("2024-03-01"), changes: .effectiveDate)
        var impact = try RulebookImpact(draft: neutral)
        try impact.add(contract)
        let year = try #require(impact.contracts.first?.years[2])
        // Year 3 (2026-03-01 … 2027-02-28) is split on 1 July 2026: 122 and 243 days of 365.
        #expect(year.scenarioRulebook == "aci-2019-av2")
        let funding = try impact.scenarioEngine.funding(for: contract)
        let lines = funding.years[2].lines
        #expect(lines.contains { $0.rulebook == "same-figures" })
        let split = lines.filter { $0.status == .due }.count - (try FundingEngine().funding(for: contract)).years[2].lines.filter { $0.status == .due }.count
        #expect(split > 0)
        #expect(abs(year.total.difference.cents) <= Int64(split))
    }
}

@Suite("Impacts merge as if computed in one")
struct RulebookImpactMergingTests {
    @Test("Two halves merged equal the whole, rows in order; another draft does not merge")
    func halves() throws {
        let document = try RulebookDocument(jsonText: RulebookImpactTests.draftText)
        let contracts = try ["2020-01-15", "2023-03-01", "2026-06-30", "2026-07-01"].map { try RulebookImpactTests.contract($0) }
            + [try ContractFixtures.single(population: 30_000, signedOn: "2025-02-01")]
        var whole = try RulebookImpact(draft: document)
        for contract in contracts { try whole.add(contract) }
        var first = try RulebookImpact(draft: document), second = try RulebookImpact(draft: document)
        for contract in contracts.prefix(2) { try first.add(contract) }
        for contract in contracts.dropFirst(2) { try second.add(contract) }
        #expect(try first.merged(with: second) == whole)
        let other = try RulebookImpact(draft: try RulebookDocument(jsonText: """
            {"format": "cpts-rulebook/1", "id": "draft-other", "title": "Autre", "extends": "aci-2019-av2",
             "effective_on": "2026-07-01", "figures": {}}
            """))
        #expect(throws: CPTSKitError.self) { try first.merged(with: other) }
    }
}
