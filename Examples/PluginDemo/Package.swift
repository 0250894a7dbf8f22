// swift-tools-version:6.0
import PackageDescription

// A package that adopts cupi-gen's build plugin: DemoClient is generated from Schema/demo.wadl
// (named by Sources/DemoClient/cupi-gen.json) on every build whose inputs changed.
let package = Package(
    name: "PluginDemo",
    platforms: [.macOS(.v14)],
    dependencies: [
        // In your package: .package(url: "<cupi-gen's git URL>", from: "<version>").
        .package(name: "cupi-gen", path: "../.."),
    ],
    targets: [
        .target(
            name: "DemoClient",
            dependencies: [.product(name: "CUPIRuntime", package: "cupi-gen")],
            plugins: [.plugin(name: "CUPIGeneratorPlugin", package: "cupi-gen")]
        ),
        .executableTarget(
            name: "plugin-demo",
            dependencies: ["DemoClient", .product(name: "CUPIRuntime", package: "cupi-gen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
