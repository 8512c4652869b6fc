// swift-tools-version: 6.0
// A package that depends on CPTSKit as an integrator's would: `.ci/run` copies it next to a
// clean copy of the repository (in a folder named CPTSKit) and runs its tests. It uses only the
// public API: no `@testable import`.
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../CPTSKit")],
    targets: [
        .target(name: "FundingService", dependencies: [.product(name: "CPTSKit", package: "CPTSKit")]),
        .testTarget(
            name: "FundingServiceTests",
            dependencies: ["FundingService", .product(name: "CPTSKitTesting", package: "CPTSKit")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
