import Foundation

/// Keeps a value alive so the optimiser cannot remove the work that produced it.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {}

/// Returns its argument through an opaque call, so inputs are not constant-folded.
@inline(never) @_optimize(none)
func identity<T>(_ value: T) -> T { value }

/// One measured figure: nanoseconds per operation, minimum and median over the samples.
struct Measurement {
    let minimumNanoseconds: Double
    let medianNanoseconds: Double
    var perSecond: Double { 1e9 / minimumNanoseconds }
}

enum Harness {
    /// A duration in nanoseconds.
    static func nanoseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }

    /// Times `body` (which performs `operations` operations) `samples` times after one warm-up.
    ///
    /// A sample repeats `body` until it lasts at least 2 ms, so that short operations are not
    /// measured at the clock's granularity.
    static func measure(samples: Int, operations: Int, _ body: () throws -> Void) rethrows -> Measurement {
        let clock = ContinuousClock()
        let first = nanoseconds(try clock.measure { try body() })
        let repetitions = max(1, Int(2e6 / max(first, 1)))
        var timings: [Double] = []
        for _ in 0..<max(samples, 1) {
            let elapsed = try clock.measure { for _ in 0..<repetitions { try body() } }
            timings.append(nanoseconds(elapsed) / Double(repetitions * max(operations, 1)))
        }
        timings.sort()
        return Measurement(minimumNanoseconds: timings[0], medianNanoseconds: timings[timings.count / 2])
    }

    /// The peak resident set size of this process, in bytes.
    static func peakRSSBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}

/// A failure of the benchmark's own exactness checks: the run stops and says why.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}
