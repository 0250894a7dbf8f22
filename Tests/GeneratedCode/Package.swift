// swift-tools-version:6.0
import PackageDescription

// Clients the build plugin generates from schemas that once broke generated code: building this
// package is the test that they compile without a warning, and its tests that they work.
// `.ci/run` builds and tests it after the main package (`swift test --package-path Tests/GeneratedCode`).
// A package of its own because SwiftPM builds every build-tool plugin's tool for any build of the
// package that uses it: kept here, building cupi-gen's own products (the client, the mock) never
// compiles the generator.
let package = Package(
    name: "GeneratedCode",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "cupi-gen", path: "../..")],
    targets: [
        // From ConstructsModel/constructs.xsd: the constructs whose generated code once failed to
        // compile or warned.
        .target(
            name: "ConstructsModel",
            dependencies: [.product(name: "CUPIRuntime", package: "cupi-gen")],
            path: "ConstructsModel",
            plugins: [.plugin(name: "CUPIGeneratorPlugin", package: "cupi-gen")]
        ),
        .testTarget(
            name: "ConstructsTests",
            dependencies: ["ConstructsModel", .product(name: "CUPIRuntime", package: "cupi-gen")],
            path: "ConstructsTests"
        ),
        // From HostileNamesModel/hostile.wadl, whose types are named like the runtime's and the
        // standard library's.
        .target(
            name: "HostileNamesModel",
            dependencies: [.product(name: "CUPIRuntime", package: "cupi-gen")],
            path: "HostileNamesModel",
            plugins: [.plugin(name: "CUPIGeneratorPlugin", package: "cupi-gen")]
        ),
        .testTarget(
            name: "HostileNamesTests",
            dependencies: ["HostileNamesModel", .product(name: "CUPIRuntime", package: "cupi-gen")],
            path: "HostileNamesTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
