// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cupi-gen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cupi-gen", targets: ["cupi-gen"]),
        .library(name: "CUPIGenerator", targets: ["CUPIGenerator"]),
        .library(name: "LibXML", targets: ["LibXML"]),
        .library(name: "CUPIRuntime", targets: ["CUPIRuntime"]),
        .library(name: "CUPIClient", targets: ["CUPIClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .target(name: "CUPIGenerator", dependencies: ["LibXML", .product(name: "Yams", package: "Yams")]),
        .target(name: "CUPIRuntime", dependencies: ["LibXML"]),
        // The CUPI client, generated from Inputs/cupi by `swift run cupi-gen generate` and checked in.
        .target(name: "CUPIClient", dependencies: ["CUPIRuntime"], path: "Generated/CUPIClient"),
        .executableTarget(
            name: "cupi-gen",
            dependencies: [
                "CUPIGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "CUPIGeneratorTests", dependencies: ["CUPIGenerator"]),
        .testTarget(name: "CUPIDescriptionTests", dependencies: ["LibXML"]),
        .testTarget(name: "CLITests", dependencies: ["cupi-gen"]),
        .testTarget(name: "CUPIRuntimeTests", dependencies: ["CUPIRuntime"]),
        .testTarget(name: "CUPIClientTests", dependencies: ["CUPIClient"]),
    ],
    swiftLanguageModes: [.v6]
)
