// CPTSKit benchmarks: `swift run -c release CPTSKitBenchmarks [--quick] [--json]`.
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

if let flag = arguments.firstIndex(of: "--profile"), flag + 1 < arguments.count {
    // A long loop of one operation, for `perf record`: statement, schedule, decode, compile.
    try Scenarios.profile(arguments[flag + 1])
    exit(0)
}

do {
    var report = Report()
    try Scenarios.run(quick: quick, into: &report)
    print(report.table())
    if wantsJSON { print(report.json()) }
} catch {
    FileHandle.standardError.write(Data("CPTSKitBenchmarks: \(error)\n".utf8))
    exit(1)
}
