import CPTSKit
import CPTSKitTesting
import Foundation
import FundingService
import Testing

@Suite("An integrator's service: CPTSKit's results as JSON, tested with CPTSKitTesting")
struct FundingServiceTests {
    /// The day the warnings are dated.
    static func asOf() throws -> CalendarDate { try CalendarDate(parsing: "2026-11-30") }

    @Test("A funding, a schedule and an error go through JSONEncoder and come back equal")
    func roundTrips() throws {
        let contract = try TestContracts.fullT3().withResults(.best, years: 1...2)
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: try Self.asOf())
        let encoder = JSONEncoder()
        #expect(try JSONDecoder().decode(ContractFunding.self, from: encoder.encode(funding)) == funding)
        #expect(try JSONDecoder().decode(PaymentSchedule.self, from: encoder.encode(schedule)) == schedule)
        let error = CPTSKitError(.invalidAmount, path: "missions[0].budget.fixed", message: "not an amount", value: "12,5")
        #expect(try JSONDecoder().decode(CPTSKitError.self, from: encoder.encode(error)) == error)
    }

    @Test("The service answers the funding of a contract file, and 422 with the field for a bad one")
    func answers() throws {
        let service = FundingService(asOf: try Self.asOf())
        let file = Data(try TestContracts.bundled(.lorientLittoral).jsonText.utf8)
        let ok = service.funding(request: file)
        #expect(ok.status == 200)
        let funding = try JSONDecoder().decode(ContractFunding.self, from: ok.body)
        let expected = try FundingEngine().funding(for: try TestContracts.bundled(.lorientLittoral), asOf: try Self.asOf())
        #expect(funding == expected, "\(FundingDifference(funding, expected))")
        let schedule = try JSONDecoder().decode(PaymentSchedule.self, from: service.schedule(request: file).body)
        #expect(schedule.total == funding.total)

        let bad = Data(#"{"format": "cpts-contract/1", "cpts": {"name": "X", "population": -5}, "signed_on": "2025-05-12", "missions": []}"#.utf8)
        let refused = service.funding(request: bad)
        #expect(refused.status == 422)
        let error = try JSONDecoder().decode(CPTSKitError.self, from: refused.body)
        #expect(error.path == "cpts.population")
        #expect(error.value == "-5")
    }

    @Test("Best case pays more than half attainment, on random contracts too")
    func attainments() throws {
        let engine = FundingEngine()
        let contract = try TestContracts.fullT3()
        let best = try engine.funding(for: try contract.withResults(.best, years: 1...1))
        let half = try engine.funding(for: try contract.withResults(.share(try Fraction(1, 2)), years: 1...1))
        #expect(half.years[0].total < best.years[0].total)
        #expect(!FundingDifference(half, best).isEmpty)
        var generator = SeededRandomGenerator(seed: 7)
        for _ in 0..<20 {
            let random = try RandomContracts.make(using: &generator)
            let (funding, schedule) = try engine.fundingAndSchedule(for: random, asOf: try Self.asOf())
            #expect(schedule.total == funding.total)
            #expect(try JSONDecoder().decode(ContractFunding.self, from: JSONEncoder().encode(funding)) == funding)
        }
    }
}
