// CPTSKit benchmarks: `swift run -c release CPTSKitBenchmarks [--quick] [--json] [--impact-only | --territory-only]`;
// `--compare BEFORE.json AFTER.json` sets two builds' figures side by side.
// Each figure is measured beside a naive baseline in the same run; every benchmarked statement is
// checked against the reference engine on a sample, and the run stops on any mismatch.
import CPTSKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
let wantsJSON = arguments.contains("--json")

if let flag = arguments.firstIndex(of: "--stream"), flag + 1 < arguments.count, let count = Int(arguments[flag + 1]) {
    // Child process of the memory scenario: stream `count` contract-years, print the peak RSS.
    print(try Scenarios.stream(contractYears: count))
    exit(0)
}

if let flag = arguments.firstIndex(of: "--compare"), flag + 2 < arguments.count {
    // Two builds' JSON figures side by side (see Scripts/compare-benchmarks); exit 1 on a regression.
    do {
        let (text, regressions) = Comparison.table(before: try Comparison.best(in: arguments[flag + 1]),
                                                   after: try Comparison.best(in: arguments[flag + 2]))
        print(text)
        exit(regressions == 0 ? 0 : 1)
    } catch {
        FileHandle.standardError.write(Data("CPTSKitBenchmarks: \(error)\n".utf8))
        exit(2)
    }
}

if let flag = arguments.firstIndex(of: "--profile"), flag + 1 < arguments.count {
    // A long loop of one operation, for `perf record` or callgrind: statement, schedule, assembly, decode,
    // validate, compile, totals, statements, portfolio, amended-statement, amended-schedule.
    try Scenarios.profile(arguments[flag + 1])
    exit(0)
}

do {
    var report = Report()
    if arguments.contains("--territory-only") {
        // Only the national territory (first use of the table, coverage of France).
        try TerritoryScenarios.run(samples: quick ? 3 : 7, into: &report)
    } else if arguments.contains("--impact-only") {
        // Only the impact of a draft rulebook (loading, 700 contracts, compiled totals).
        try ImpactScenarios.run(quick: quick, samples: quick ? 3 : 7, into: &report)
    } else {
        try Scenarios.run(quick: quick, into: &report)
    }
    print(report.table())
    if wantsJSON { print(report.json()) }
} catch {
    FileHandle.standardError.write(Data("CPTSKitBenchmarks: \(error)\n".utf8))
    exit(1)
}
