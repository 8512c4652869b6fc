import Testing
import CPTSKitTesting
@testable import CPTSKit
import CPTSKitExamples

@Suite("PaymentSchedule: advances, balances, Σ payments = Σ lines")
struct PaymentScheduleTests {
    let engine = FundingEngine()

    @Test("A funding whose year holds one line fewer or one more than the contract gives is refused, naming the year",
          arguments: [-1, 0, 1])
    func fundingWithOtherLines(_ delta: Int) throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let funding = try engine.funding(for: contract)
        var years = funding.years
        let year = years[1]
        var lines = year.lines
        if delta < 0 { lines.removeLast() }
        if delta > 0, let last = lines.last { lines.append(last) }
        years[1] = try FundingStatement(cpts: year.cpts, sizeClass: year.sizeClass, rulebook: year.rulebook, year: year.year,
                                        lines: lines, warnings: year.warnings)
        let changed = try ContractFunding(cpts: funding.cpts, sizeClass: funding.sizeClass, rulebook: funding.rulebook,
                                          signedOn: funding.signedOn, years: years, warnings: funding.warnings,
                                          terminatedOn: funding.terminatedOn)
        if delta == 0 {
            #expect(try engine.schedule(for: contract, funding: changed) == (try engine.schedule(for: contract)))
        } else {
            let error = try #require(throws: CPTSKitError.self) { try engine.schedule(for: contract, funding: changed) }
            #expect(error.kind == .invalidArgument && error.path == "funding.years[1].lines")
            #expect(error.value == "\(funding.years[1].lines.count + delta)")
        }
    }

    @Test("The seed CPTS: payments add up to their statements, to the cent", arguments: BundledExample.allCases)
    func seeds(_ example: BundledExample) throws {
        let contract = try example.contract()
        let funding = try engine.funding(for: contract)
        let schedule = try engine.schedule(for: contract)
        #expect(try engine.schedule(for: contract, funding: funding) == schedule)
        #expect(schedule.total == funding.total)
        #expect(try schedule.total.adding(schedule.pendingTotal) == funding.maxTotal)
        let other = try engine.funding(for: try (example == .ploermel ? BundledExample.lorientLittoral : .ploermel).contract())
        #expect(throws: CPTSKitError.self) { try engine.schedule(for: contract, funding: other) }
        #expect(try Euros.sum(schedule.payments.flatMap(\.settles).filter { !$0.isPending }.map(\.amount)) == funding.total)
        #expect(schedule.payments.map(\.dueOn) == schedule.payments.map(\.dueOn).sorted())
        for (index, statement) in funding.years.enumerated() {
            for (lineIndex, line) in statement.lines.enumerated() {
                let settled = try Euros.sum(schedule.payments.flatMap(\.settles)
                    .filter { $0.year == index + 1 && $0.line == lineIndex }.map(\.amount))
                #expect(settled == line.amount, "year \(index + 1) line \(lineIndex)")
            }
        }
    }

    @Test("Lorient Littoral: the signature payment is 75 % of fonctionnement, accès and crisis fixed parts")
    func lorientSignature() throws {
        let schedule = try engine.schedule(for: try BundledExample.lorientLittoral.contract())
        let first = try #require(schedule.payments.first)
        #expect(first.event == .signature)
        #expect(first.dueOn.description == "2025-05-12")
        #expect(first.amount == ContractFixtures.euros(140_625))
        #expect(first.settles.allSatisfy { $0.share == .advance })
        let starts = schedule.payments.filter { $0.event == .missionStart }.map(\.dueOn.description)
        #expect(starts == ["2025-09-01", "2025-11-12", "2026-01-05"])
        let anniversaries = schedule.payments.filter { if case .anniversary = $0.event { true } else { false } }
        #expect(anniversaries.map(\.dueOn.description) == ["2026-05-12", "2027-05-12", "2028-05-12", "2029-05-12", "2030-05-12"])
        #expect(anniversaries.map(\.year) == [1, 2, 3, 4, 5])
    }

    @Test("Fonctionnement before the first mission is paid in full at signature (Art. 9.1)")
    func signaturePeriod() throws {
        // Signed 2025-01-01 (365-day year), only mission starting 2025-04-01: 90 of 365 days before it.
        let contract = try ContractFixtures.single(population: 30_000, signedOn: "2025-01-01", startsOn: "2025-04-01")
        let schedule = try engine.schedule(for: contract)
        let signature = try #require(schedule.payments.first)
        #expect(signature.event == .signature)
        let inFull = try #require(signature.settles.first { $0.part == .annual })
        #expect(inFull.share == .inFull)
        // 50 000 € × 90/365 = 12 328,767… → 12 328,77 € (largest remainder of the 90/275 split).
        #expect(inFull.amount == Euros(cents: 1_232_877))
        let start = try #require(schedule.payments.first { $0.event == .missionStart })
        #expect(start.dueOn.description == "2025-04-01")
        let advance = try #require(start.settles.first { $0.part == .annual })
        #expect(advance.share == .advance)
        #expect(advance.amount == Euros(cents: 2_825_342))
        let fixed = try #require(start.settles.first { $0.part == .fixed })
        // 20 000 € × 275/365 = 15 068,49 €; 75 % = 11 301,37 €.
        #expect(fixed.amount == Euros(cents: 1_130_137))
    }

    @Test("A contract signed on 29 February pays on 28 February in common years")
    func leapDayAnniversaries() throws {
        let schedule = try engine.schedule(for: try ContractFixtures.single(signedOn: "2024-02-29"))
        let dates = schedule.payments.map(\.dueOn.description)
        #expect(dates == ["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28"])
        #expect(schedule.payments[1].event == .anniversary(1))
        // Balance of year 1 (25 % of 80 000 €) and advance of year 2 (75 %) fall together.
        #expect(schedule.payments[1].amount == ContractFixtures.euros(80_000))
        #expect(schedule.payments[5].amount == ContractFixtures.euros(20_000))
    }

    @Test("Random contracts: Σ payments = Σ lines, always")
    func randomContracts() throws {
        var generator = SeededGenerator(seed: 2025)
        for _ in 0..<300 {
            let contract = try RandomContracts.make(using: &generator)
            let funding = try engine.funding(for: contract)
            let schedule = try engine.schedule(for: contract)
            #expect(schedule.total == funding.total)
            #expect(try schedule.total.adding(schedule.pendingTotal) == funding.maxTotal)
        }
    }
}
