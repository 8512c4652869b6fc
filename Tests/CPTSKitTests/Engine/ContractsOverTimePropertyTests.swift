import Testing
@testable import CPTSKit

/// Properties of contracts that live, over seeded random contracts with random amendments and
/// terminations (``RandomAmendedContracts``).
@Suite("Contracts over time: properties")
struct ContractsOverTimePropertyTests {
    let engine = FundingEngine()

    @Test("Σ payments = Σ lines to the cent, and the compiled path equals the reference path")
    func paymentsAndPaths() throws {
        var generator = SeededGenerator(seed: 2026_11_30)
        var amended = 0, terminated = 0, catchUps = 0, splits = 0, compiledTerminated = 0
        for _ in 0..<300 {
            let contract = try RandomAmendedContracts.make(using: &generator)
            let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
            #expect(schedule.total == funding.total)
            #expect(schedule.pendingTotal == (try funding.maxTotal.subtracting(funding.total)))
            for payment in schedule.payments {
                #expect(payment.amount == (try Euros.sum(payment.settles.filter { !$0.isPending }.map(\.amount))))
            }
            try CompiledContractTests.expectSame(contract)
            amended += contract.amendments.isEmpty ? 0 : 1
            terminated += contract.terminatedOn == nil ? 0 : 1
            // The termination is never why a contract leaves the columns (the built-in rulebooks never
            // prorate envelopes): it takes the path the same contract without it takes.
            if contract.terminatedOn != nil {
                let whole = try ACIContract(cpts: contract.cpts, signedOn: contract.signedOn, missions: contract.missions,
                                            results: contract.results, crisisYears: contract.crisisYears,
                                            rulebookChanges: contract.rulebookChanges,
                                            amendments: contract.amendments.filter { $0.change != .termination })
                let compiled = !(try CompiledContract(contract)).usesReferencePath
                #expect(compiled == !(try CompiledContract(whole)).usesReferencePath)
                compiledTerminated += compiled ? 1 : 0
            }
            catchUps += funding.lines.contains { $0.rule == .startUpCatchUp } ? 1 : 0
            splits += funding.years.contains { $0.rulebooks.count > 1 } ? 1 : 0
        }
        // The draw really exercises what it is for.
        #expect(amended > 150 && terminated > 50 && catchUps > 20 && splits > 5, "\(amended) \(terminated) \(catchUps) \(splits)")
        #expect(compiledTerminated > 20, "\(compiledTerminated) of \(terminated) terminated contracts compiled")
    }

    @Test("No payment carries a line whose rulebook, budget or amendment applies after the payment's date")
    func nothingFallsDueBeforeItApplies() throws {
        var generator = SeededGenerator(seed: 2026_12_06)
        var checked = 0, changes = 0
        for _ in 0..<300 {
            let contract = try RandomAmendedContracts.make(using: &generator)
            let (funding, plan) = try engine.fundingAndPlan(for: contract, rulebook: nil)
            let schedule = try PaymentSchedule(funding: funding, plan: plan)
            // The first day each rulebook applies to the contract.
            var appliesFrom: [String: CalendarDate] = [:]
            for period in plan.periods {
                let id = plan.rulebooks[period.rulebook].id
                appliesFrom[id] = min(appliesFrom[id] ?? period.from, period.from)
            }
            for payment in schedule.payments {
                changes += payment.event == .changeInForce ? 1 : 0
                for settlement in payment.settles {
                    let line = funding.years[settlement.year - 1].lines[settlement.line]
                    #expect(settlement.rulebook == line.rulebook)
                    if line.rule == .startUpCatchUp {
                        // Due on the day the rulebook granting it took effect, or the amendment naming it.
                        let book = try RulebookRegistry.standard.rulebook(id: line.rulebook)
                        #expect(payment.dueOn >= (try #require(book.effectiveFrom.value)))
                    } else if let from = appliesFrom[line.rulebook] {
                        #expect(payment.dueOn >= from, "\(line.rulebook) applies from \(from), paid on \(payment.dueOn)")
                    } else {
                        Issue.record("\(line.rulebook) does not apply to the contract")
                    }
                    // A termination cuts a line short after its advances: it is the one change that may.
                    if let index = line.amendment, contract.amendments[index].change != .termination {
                        #expect(payment.dueOn >= contract.amendments[index].effectiveOn,
                                "amendments[\(index)] takes effect on \(contract.amendments[index].effectiveOn), paid on \(payment.dueOn)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000 && changes > 20, "\(checked) \(changes)")
    }

    @Test("With a random draft (per-year amounts, advance share, rounding, basis, envelope proration): Σ payments = Σ lines, compiled = reference, each year advanced at its rulebook's share")
    func randomDrafts() throws {
        var generator = SeededGenerator(seed: 2026_12_07)
        var drafted = 0, roundedOtherwise = 0
        for round in 0..<150 {
            // A draft after avenant 2, its date next to an anniversary of the contracts drawn around it.
            let effective = try CalendarDate(dayNumber: Int.random(in: CalendarDate(unchecked: 2022, 6, 1).dayNumber...CalendarDate(unchecked: 2027, 6, 1).dayNumber,
                                                                   using: &generator))
            let shares = ["0.5", "0.6", "0.75", "1"], roundings = ["half_up", "half_even", "toward_zero", "away_from_zero"]
            func amounts() -> String {
                (0..<5).map { _ in "\"\(Int.random(in: 40_000...87_500, using: &generator))\"" }.joined(separator: ", ")
            }
            let figures = [
                #""fonctionnement.annual.T1": {"value": [\#(amounts())], "source": "h", "confidence": "I"}"#,
                #""fonctionnement.annual.T2": {"value": [\#(amounts())], "source": "h", "confidence": "I"}"#,
                #""payment.advance_share": {"value": "\#(shares.randomElement(using: &generator) ?? "0.75")", "source": "h", "confidence": "I"}"#,
                #""payment.rounding": {"value": "\#(roundings.randomElement(using: &generator) ?? "half_up")", "source": "h", "confidence": "I"}"#,
                #""proration.basis": {"value": "\#(Bool.random(using: &generator) ? "days" : "30/360")", "source": "h", "confidence": "I"}"#,
            ]
            let prorates = Bool.random(using: &generator)
            func draft(prorating: Bool, roundingAsAvenant2: Bool = false) throws -> FundingEngine {
                let envelope = #""proration.variable_envelope": {"value": \#(prorating), "source": "h", "confidence": "I"}"#
                let kept = figures.filter { !roundingAsAvenant2 || !$0.contains("payment.rounding") }
                let text = #"{"format": "cpts-rulebook/1", "id": "projet-\#(round)", "title": "Projet", "extends": "aci-2019-av2", "#
                    + #""effective_on": "\#(effective)", "figures": {\#((kept + [envelope]).joined(separator: ", "))}}"#
                return FundingEngine(registry: try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)]))
            }
            let engine = try draft(prorating: prorates)
            let contract = try RandomAmendedContracts.make(using: &generator)
            let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
            #expect(schedule.total == funding.total)
            try CompiledContractTests.expectSame(contract, engine: engine)
            // Prorated envelopes stay on the compiled path: the contract takes the path it takes under
            // the same draft not prorating envelopes (terminations: `paymentsAndPaths`).
            let onReference = try CompiledContract(contract, engine: engine).usesReferencePath
            #expect(onReference == (try CompiledContract(contract, engine: try draft(prorating: false))).usesReferencePath)
            // A draft rounding otherwise than avenant 2 keeps the contract where it is under a draft
            // rounding alike: in the columns unless its values are not finite decimals.
            let plan = try FundingPlan(contract: contract, rulebook: try engine.rulebook(for: contract), registry: engine.registry)
            if !plan.roundsAlike {
                let alike = try draft(prorating: prorates, roundingAsAvenant2: true)
                #expect(onReference == (try CompiledContract(contract, engine: alike)).usesReferencePath)
                roundedOtherwise += onReference ? 0 : 1
            }
            // Each whole fonctionnement line after year 1 is advanced at its own rulebook's share, on the year's first day.
            for statement in funding.years where statement.year.number > 1 {
                guard let index = statement.lines.firstIndex(where: { $0.part == .annual && $0.rate == .one }) else { continue }
                let line = statement.lines[index]
                let rate = try #require(try engine.registry.rulebook(id: line.rulebook).advanceRate.value)
                let advance = schedule.payments.flatMap { payment in
                    payment.settles.filter { $0.year == statement.year.number && $0.line == index && $0.share == .advance }
                        .map { (payment.dueOn, $0.amount) }
                }
                guard contract.terminatedOn.map({ $0 > statement.year.start }) ?? true, let first = advance.first else { continue }
                #expect(first.0 == statement.year.start)
                #expect(first.1 == line.amount.splitAdvance(rate: rate).advance)
                drafted += line.rulebook.hasPrefix("projet") ? 1 : 0
            }
        }
        #expect(drafted > 50, "\(drafted)")
        #expect(roundedOtherwise > 10, "\(roundedOtherwise) contracts under two rounding rules")
    }

    @Test("An amendment never changes a year before it takes effect")
    func amendmentsDoNotReachBack() throws {
        var generator = SeededGenerator(seed: 4242)
        var compared = 0
        for _ in 0..<200 {
            let contract = try RandomAmendedContracts.make(using: &generator)
            let funding = try engine.funding(for: contract)
            for (index, amendment) in contract.amendments.enumerated() where amendment.change != .termination {
                // The first year it may change: the year containing its date when it splits a year by days, else the next.
                let splits: Bool
                switch amendment.change {
                case .budget, .rulebook: splits = contract.rulebookChanges == .effectiveDate
                case .indicators, .population, .termination: splits = false
                }
                let firstChanged = splits
                    ? contract.startYearNumber(of: amendment.effectiveOn)
                    : contract.firstYear(startingOnOrAfter: amendment.effectiveOn)
                // The same contract without this amendment and those after it (the termination kept).
                var kept = Array(contract.amendments[..<index])
                if let termination = contract.amendments.last, termination.change == .termination { kept.append(termination) }
                let before = try ACIContract(
                    cpts: contract.cpts, signedOn: contract.signedOn, rulebookID: contract.rulebookID, missions: contract.missions,
                    results: contract.results.filter { $0.key < firstChanged },
                    crisisYears: contract.crisisYears.filter { $0 < firstChanged },
                    rulebookChanges: contract.rulebookChanges, amendments: kept)
                let earlier = try engine.funding(for: before)
                for year in 1..<firstChanged where year <= funding.years.count {
                    // The one exception, by design (§2): a rulebook amendment naming a rulebook with
                    // start-up amounts adds the year-1 catch-up, due when it applies. It is left
                    // out here and pinned by its own tests.
                    let lines = funding.years[year - 1].lines.filter { line in
                        !(line.rule == .startUpCatchUp && (line.amendment ?? -1) >= index)
                    }
                    let caughtUp = funding.years[year - 1].lines.count - lines.count
                    // Lines compared with the amendment they name, not its position (the list is shorter).
                    #expect(Self.lines(earlier.years[year - 1], before) == Self.lines(lines, contract),
                            "amendments[\(index)] changed year \(year)")
                    #expect(earlier.years[year - 1].total == (try Euros.sum(lines.filter { $0.status != .pending }.map(\.amount))))
                    if caughtUp == 0 { #expect(earlier.years[year - 1].total == funding.years[year - 1].total) }
                    compared += 1
                }
            }
        }
        #expect(compared > 200)
    }

    /// A statement's lines, each with the amendment it names rather than that amendment's index.
    static func lines(_ statement: FundingStatement, _ contract: ACIContract) -> [String] {
        lines(statement.lines, contract)
    }

    /// Lines, each with the amendment it names rather than that amendment's index.
    static func lines(_ lines: [FundingLine], _ contract: ACIContract) -> [String] {
        lines.map { line in
            let amendment = line.amendment.map { contract.amendments[$0] }
            return "\(line.part) \(line.mission?.key ?? "-") \(line.indicator ?? "-") \(line.amount) \(line.bestCase) \(line.status) "
                + "\(line.rule) \(line.rulebook) \(line.source) \(amendment.map { "\($0.effectiveOn) \($0.change.key)" } ?? "-")"
        }
    }

    @Test("A termination on any day of the term leaves no line and no payment after it")
    func terminationOnAnyDay() throws {
        let signedOn = try CalendarDate(parsing: "2024-02-29")
        let years = ACIContract.years(from: signedOn)
        let full = try engine.funding(for: try ContractFixtures.terminated(on: "2029-02-27", signedOn: "2024-02-29"))
        #expect(full.years.count == 5)
        var day = try signedOn.adding(days: 1)
        while day < years[4].end {
            let contract = try ContractFixtures.terminated(on: day.description, signedOn: "2024-02-29")
            let (funding, schedule) = try engine.fundingAndSchedule(for: contract)
            #expect(funding.years.count == years.filter { $0.start < day }.count)
            #expect(schedule.total == funding.total)
            #expect(schedule.payments.allSatisfy { $0.dueOn <= day })
            let last = try #require(funding.years.last)
            let share = ProrationBasis.days.share(from: last.year.start, to: day, of: last.year)
            #expect(last.lines.allSatisfy { $0.rate == share })
            day = try day.adding(days: 1)
        }
    }
}
