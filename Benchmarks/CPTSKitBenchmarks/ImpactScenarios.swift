import CPTSKit
import Foundation

/// The impact of a draft rulebook: loading its file, the full impact of 700 realistic contracts,
/// and the compiled totals of a large generated portfolio.
enum ImpactScenarios {
    /// A hypothetical draft like `Examples/rulebooks/`: +5 000 € of T2 and T3 fonctionnement, −2 500 €
    /// of T3 prévention fixed part, dated 1 July 2026 (inside most generated contracts' terms).
    static let draftText = """
        {"format": "cpts-rulebook/1", "id": "draft-bench", "title": "Hypothèse de mesure", "extends": "aci-2019-av2",
         "effective_on": "2026-07-01", "figures": {
           "fonctionnement.annual.T2": {"value": "65000", "source": "hypothèse", "confidence": "I"},
           "fonctionnement.annual.T3": {"value": "80000", "source": "hypothèse", "confidence": "I"},
           "mission.prevention.fixed.T3": {"value": "15000", "source": "hypothèse", "confidence": "I"},
           "maximum.yearly.T4": {"value": "600000", "source": "hypothèse", "confidence": "I"}}}
        """

    static func run(quick: Bool, samples: Int, into report: inout Report) throws {
        try load(samples: samples * 20, into: &report)
        try portfolio(samples: samples, into: &report)
        try bulk(contracts: quick ? 10_000 : 100_000, samples: samples, into: &report)
    }

    static func load(samples: Int, into report: inout Report) throws {
        let draft = identity(Array(draftText.utf8))
        let complete = identity(Array(Rulebook.aci2019Avenant2.fileText.replacingOccurrences(of: "\"aci-2019-av2\"", with: "\"full-copy\"").utf8))
        let small = try Harness.measure(samples: samples, operations: 1) { blackHole(try RulebookRegistry.standard.adding(jsonBytes: draft)) }
        let full = try Harness.measure(samples: samples, operations: 1) { blackHole(try RulebookRegistry.standard.adding(jsonBytes: complete)) }
        report.add("load a rulebook file", size: "draft, 4 figures", value: Report.duration(small.minimumNanoseconds), goal: "≤ 1 ms")
        report.add("load a rulebook file", size: "complete, \(Rulebook.aci2019Avenant2.fileFiguresCount) figures",
                   value: Report.duration(full.minimumNanoseconds), goal: "≤ 1 ms")
        report.figure("rulebook_load_draft_ns", small.minimumNanoseconds)
        report.figure("rulebook_load_complete_ns", full.minimumNanoseconds)
    }

    static func engines() throws -> (FundingEngine, FundingEngine) {
        let registry = try RulebookRegistry.standard.adding(jsonBytes: Array(draftText.utf8)).registry
        return (FundingEngine(), FundingEngine(registry: registry))
    }

    /// `cpts impact` on the ~700 contracted CPTS: every contract without and with the draft, with
    /// missions and the payment calendar (the reference path), and its totals by the compiled path.
    static func portfolio(samples: Int, into report: inout Report) throws {
        var generator = PortfolioGenerator(seed: 700, shape: .realistic)
        let contracts = identity(try generator.contracts(700))
        let (baseline, scenario) = try engines()
        var full = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario)
        let detailed = try Harness.measure(samples: max(5, samples), operations: 1) {
            var impact = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario)
            for contract in contracts { try impact.add(contract) }
            full = impact
        }
        // The same on two workers, each with its own impact, merged: how an integrator uses both cores.
        let workers = 2
        let parallel = try Harness.measure(samples: max(5, samples), operations: 1) {
            let parts = Parts(count: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var impact = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario)
                do throws(CPTSKitError) {
                    for contract in contracts[contracts.count * worker / workers..<contracts.count * (worker + 1) / workers] {
                        try impact.add(contract)
                    }
                    parts.set(worker, .success(impact))
                } catch {
                    parts.set(worker, .failure(error))
                }
            }
            var merged = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario)
            for part in parts.all { try merged.merge(try part.get()) }
            guard merged == full else { throw BenchmarkFailure(description: "impact: two workers differ from one") }
        }
        var totals = ImpactTotals()
        let compiled = try Harness.measure(samples: max(3, samples / 2), operations: 1) {
            totals = try RulebookImpact.totals(of: contracts, baseline: baseline, scenario: scenario)
        }
        guard totals.total == full.total, totals.bySizeClass == full.bySizeClass, totals.gaining == full.gaining else {
            throw BenchmarkFailure(description: "impact: compiled totals differ from the reference impact")
        }
        guard full.reached > 600 else { throw BenchmarkFailure(description: "impact: the draft reaches only \(full.reached) contracts") }
        report.add("impact of a draft, 700 contracts", size: "realistic, full detail", value: Report.duration(detailed.minimumNanoseconds),
                   goal: "≤ 50 ms")
        report.add("impact of a draft, 700 contracts", size: "realistic, full detail, 2 workers",
                   value: Report.duration(parallel.minimumNanoseconds), goal: "≤ 50 ms")
        report.add("impact of a draft, 700 contracts", size: "realistic, compiled totals (compile-bound)",
                   value: Report.duration(compiled.minimumNanoseconds))
        report.figure("impact_700_ns", detailed.minimumNanoseconds)
        report.figure("impact_700_two_workers_ns", parallel.minimumNanoseconds)
        report.figure("impact_700_compiled_ns", compiled.minimumNanoseconds)
    }

    /// Generated contracts compiled without and with the draft, then the totals of both compared.
    static func bulk(contracts count: Int, samples: Int, into report: inout Report) throws {
        var generator = PortfolioGenerator(seed: 2026, shape: .anchor)
        let contracts = try generator.contracts(count)
        let (baseline, scenario) = try engines()
        var impact = CompiledImpact(baseline: baseline, scenario: scenario)
        let compile = try Harness.measure(samples: 1, operations: count * 2) {
            impact = CompiledImpact(baseline: baseline, scenario: scenario)
            for contract in contracts { try impact.append(contract) }
        }
        let compiled = identity(impact)
        var totals = ImpactTotals()
        // Both scenarios' contract-years: 2 × 5 per contract.
        let evaluate = try Harness.measure(samples: samples, operations: count * ACIContract.yearCount * 2) {
            totals = try compiled.totals()
        }
        // Checked against the reference impact on a sample.
        var reference = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario, keepingContracts: false)
        var sample = CompiledImpact(baseline: baseline, scenario: scenario)
        for index in Swift.stride(from: 0, to: count, by: max(1, count / 200)) {
            try reference.add(contracts[index])
            try sample.append(contracts[index])
        }
        guard try sample.totals().total == reference.total, totals.contractCount == count else {
            throw BenchmarkFailure(description: "impact: compiled totals differ from the reference impact on a sample")
        }
        let size = "\(count.formatted()) contracts, both scenarios"
        report.add("impact totals, compiled", size: size, value: Report.rate(evaluate.perSecond) + " contract-years", goal: "≥ 5 M/s")
        report.add("impact compile, both scenarios", size: size, value: Report.rate(compile.perSecond) + " contracts")
        report.figure("impact_totals_contract_years_per_second", evaluate.perSecond)
        report.figure("impact_compile_contracts_per_second", compile.perSecond)
    }
}

/// The impacts of the workers of one measurement, each set once.
final class Parts: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<RulebookImpact, CPTSKitError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<RulebookImpact, CPTSKitError>) { lock.withLock { results[index] = result } }

    var all: [Result<RulebookImpact, CPTSKitError>] { lock.withLock { results.compactMap { $0 } } }
}

extension Rulebook {
    /// How many figures a complete file of this rulebook holds.
    var fileFiguresCount: Int {
        guard case .object(let members) = fileJSON, let figures = members.first(where: { $0.key == "figures" })?.value,
              case .object(let entries) = figures else { return 0 }
        return entries.count
    }
}
