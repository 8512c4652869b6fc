// swift-tools-version: 6.0
// CPTSKit: the funding of French CPTS under the ACI, computed exactly and explained.
// No package dependencies: the Swift toolchain is all it needs.
//
// Layers, each a library product:
//   CPTSKit         values, rulebooks, the engine, schedules, what-if and portfolio aggregates;
//                   no presentation.
//   CPTSKitReports  presentation over the core: tables, CSV, JSON trees, Markdown/HTML/SVG,
//                   French display of numbers and dates.
//   CPTSKitFrance   national data: every commune's INSEE populations, EPCIs, commune changes, and
//                   the Morbihan's part of them; a product of its own so that funding alone does
//                   not carry 35 000 communes.
//   CPTSKitExamples the three contract files of Examples/, compiled in (`BundledExample`).
//   CPTSKitTesting  test support for integrators: fixtures, results at an attainment, seeded
//                   random contracts, readable differences between fundings.
// `cpts` is the command-line demo over both.
import PackageDescription

// Platforms: the oldest Apple systems with `ContinuousClock` and `Duration` (macOS 13, iOS 16,
// tvOS 16, watchOS 9), which the benchmarks and tests use; the libraries' typed throws
// back-deploy, and `String(unsafeUninitializedCapacity:)` needs only macOS 11 / iOS 14. Linux
// needs nothing more than the Swift 6 toolchain.
let package = Package(
    name: "CPTSKit",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "CPTSKit", targets: ["CPTSKit"]),
        .library(name: "CPTSKitReports", targets: ["CPTSKitReports"]),
        .library(name: "CPTSKitFrance", targets: ["CPTSKitFrance"]),
        .library(name: "CPTSKitTesting", targets: ["CPTSKitTesting"]),
        .library(name: "CPTSKitExamples", targets: ["CPTSKitExamples"]),
        .executable(name: "cpts", targets: ["cpts"]),
    ],
    targets: [
        .target(
            name: "CPTSKit",
            path: "Sources/CPTSKit",
            // Two files import Foundation (the `LocalizedError` conformance, the `Date` bridge): their members must not
            // leak into the other files' name lookup, where they would shadow the core's own code.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .target(
            name: "CPTSKitReports",
            dependencies: ["CPTSKit"],
            path: "Sources/CPTSKitReports"
        ),
        .target(
            name: "CPTSKitFrance",
            dependencies: ["CPTSKit"],
            path: "Sources/CPTSKitFrance"
        ),
        .target(
            name: "CPTSKitTesting",
            dependencies: ["CPTSKit", "CPTSKitExamples"],
            path: "Sources/CPTSKitTesting"
        ),
        .target(
            name: "CPTSKitExamples",
            dependencies: ["CPTSKit"],
            path: "Sources/CPTSKitExamples"
        ),
        .executableTarget(
            name: "cpts",
            dependencies: ["CPTSKit", "CPTSKitReports", "CPTSKitFrance", "CPTSKitExamples"],
            path: "Sources/cpts"
        ),
        .executableTarget(
            name: "CPTSKitBenchmarks",
            dependencies: ["CPTSKit", "CPTSKitFrance", "CPTSKitExamples"],
            path: "Benchmarks/CPTSKitBenchmarks"
        ),
        .testTarget(
            name: "CPTSKitTests",
            dependencies: ["CPTSKit", "CPTSKitReports", "CPTSKitFrance", "CPTSKitTesting", "CPTSKitExamples", "cpts"],
            path: "Tests/CPTSKitTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
