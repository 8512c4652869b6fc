import CPTSKit
import CPTSKitFrance
import Foundation

/// The national territory: the first use of `PopulationDataset.france` (decoding its compact
/// table and building its indexes) and the coverage of France by 700 CPTS of 50 communes.
enum TerritoryScenarios {
    static func run(samples: Int, into report: inout Report) throws {
        // The very first use, as a process sees it: nothing else in the run touches the national data.
        let clock = ContinuousClock()
        let start = clock.now
        let france = identity(PopulationDataset.france)
        let first = Harness.nanoseconds(clock.now - start)
        let again = Harness.measure(samples: samples, operations: 1) { blackHole(PopulationDataset.decodeFrance()) }
        report.add("national table, first use (decode + index)", size: "\(france.communes.count) communes, 4 millésimes",
                   value: Report.duration(first), goal: "≤ 30 ms")
        report.add("national table, decoded again", size: "\(france.communes.count) communes",
                   value: Report.duration(again.minimumNanoseconds), goal: "≤ 30 ms")
        report.figure("france_first_use_ns", first)
        report.figure("france_decode_ns", again.minimumNanoseconds)

        let communities = identity(try Self.communities(in: france, count: 700, size: 50))
        var result: Coverage? = nil
        let coverage = try Harness.measure(samples: samples, operations: 1) {
            result = try france.coverage(of: .whole, by: communities, millesime: 2023)
        }
        guard let result, result.coveredCommunes > 30_000, result.coveredCommunes <= 35_000 else {
            throw BenchmarkFailure(description: "coverage of France: unexpected covered communes \(result?.coveredCommunes ?? 0)")
        }
        report.add("coverage of France", size: "700 CPTS × 50 communes", value: Report.duration(coverage.minimumNanoseconds),
                   goal: "≤ 50 ms")
        report.figure("coverage_france_ns", coverage.minimumNanoseconds)
    }

    /// `count` CPTS of `size` communes of the latest millésime, each starting at a seeded place of
    /// the code order (neighbouring communes, as a CPTS's are), some overlapping.
    static func communities(in dataset: PopulationDataset, count: Int, size: Int) throws -> [CPTS] {
        let codes = dataset.communes.filter { $0.population(millesime: 2023, measure: .municipal) != nil }.map(\.code)
        var state: UInt64 = 0x5eed_700
        var result: [CPTS] = []
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let jitter = Int(state >> 59)  // 0…31: a few overlaps between neighbours
            let start = min(max(index * codes.count / count - jitter, 0), codes.count - size)
            result.append(try CPTS(name: "CPTS \(index)", population: 50_000, communes: Array(codes[start..<start + size])))
        }
        return result
    }
}
