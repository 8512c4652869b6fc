import CPTSKitTesting

/// The tests' seeded generator is the test-support product's (SplitMix64), as an integrator's is.
typealias SeededGenerator = SeededRandomGenerator
