import CPTSKit
import CPTSKitTesting
import Foundation
import Testing

/// What a server does all day, as an integrator's package does it: a request wrapping a contract,
/// a global key strategy, batches, an impact that goes on past a refused contract, a log line.
@Suite("A server's day with CPTSKit")
struct ServerFrictionTests {
    /// A request body that wraps a contract, decoded by `JSONDecoder` like any other.
    struct FundingRequest: Codable {
        var requestID: String
        var contract: ACIContract
    }

    @Test("A request wrapping a contract decodes with JSONDecoder, equal to the contract read from its bytes")
    func requestBody() throws {
        let contract = try TestContracts.bundled(.lorientLittoral)
        let body = try JSONEncoder().encode(FundingRequest(requestID: "r-1", contract: contract))
        let request = try JSONDecoder().decode(FundingRequest.self, from: body)
        #expect(request.contract == contract)
        #expect(try JSONDecoder().decode(ACIContract.self, from: Data(contract.jsonText.utf8)) == contract)
    }

    @Test("Results decode under .convertFromSnakeCase, and encode under .convertToSnakeCase")
    func keyStrategies() throws {
        let funding = try FundingEngine().funding(for: try TestContracts.bundled(.ploermel))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(ContractFunding.self, from: encoder.encode(funding)) == funding)
        #expect(try decoder.decode(ContractFunding.self, from: JSONEncoder().encode(funding)) == funding)
    }

    @Test("A thousand fundings in one call, in input order, equal to one at a time")
    func batch() async throws {
        var generator = SeededRandomGenerator(seed: 11)
        let contracts = try (0..<1_000).map { _ in try RandomContracts.make(using: &generator) }
        let engine = FundingEngine()
        let fundings = try await engine.fundings(for: contracts)
        #expect(fundings.count == contracts.count)
        for index in stride(from: 0, to: contracts.count, by: 97) {
            #expect(fundings[index] == (try engine.funding(for: contracts[index])))
        }
    }

    @Test("An impact records a refused contract with its index and goes on")
    func impactSkips() throws {
        let draft = try RulebookDocument(jsonText: """
            {"format": "cpts-rulebook/1", "id": "draft-server", "title": "Hypothèse", "extends": "aci-2019-av2",
             "effective_on": "2026-07-01",
             "figures": {"fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I"}}}
            """)
        var impact = try RulebookImpact(draft: draft)
        let refused = try ACIContract(cpts: try CPTS(name: "Trop", population: 110_110), signedOn: try CalendarDate(parsing: "2026-09-01"),
                                      missions: [try EngagedMission(kind: .prevention, budget: MissionBudget(fixed: 900_000))])
        for contract in [try TestContracts.bundled(.lorientLittoral), refused, try TestContracts.bundled(.ploermel)] {
            try impact.add(contract, ifRefused: .record)
        }
        #expect(impact.contractCount == 2)
        #expect(impact.refused.map(\.index) == [1])
        #expect(impact.total.difference.cents > 0)
    }

    @Test("A funding prints as one short English line")
    func logLine() throws {
        let funding = try FundingEngine().funding(for: try TestContracts.bundled(.lorientLittoral))
        let line = "\(funding)"
        #expect(line.count < 300 && !line.contains("\n"))
        #expect(line.hasPrefix("CPTS Lorient Littoral, T3, aci-2019-av2, 5 years from 2025-05-12: total €"))
        #expect(funding.total.description(in: .french).hasSuffix(" €"))
    }
}
