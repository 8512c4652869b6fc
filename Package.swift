// swift-tools-version: 6.0
// CPTSKit: the funding of French CPTS under the ACI, computed exactly and explained.
// No package dependencies: the Swift toolchain is all it needs.
import PackageDescription

let package = Package(
    name: "CPTSKit",
    products: [
        .library(name: "CPTSKit", targets: ["CPTSKit"]),
        .executable(name: "cpts", targets: ["cpts"]),
    ],
    targets: [
        .target(
            name: "CPTSKit",
            path: "Sources/CPTSKit"
        ),
        .executableTarget(
            name: "cpts",
            dependencies: ["CPTSKit"],
            path: "Sources/cpts"
        ),
        .executableTarget(
            name: "CPTSKitBenchmarks",
            dependencies: ["CPTSKit"],
            path: "Benchmarks/CPTSKitBenchmarks"
        ),
        .testTarget(
            name: "CPTSKitTests",
            dependencies: ["CPTSKit", "cpts"],
            path: "Tests/CPTSKitTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
