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
        .library(name: "CUPIHTTPClientTransport", targets: ["CUPIHTTPClientTransport"]),
        .library(name: "CUPIClient", targets: ["CUPIClient"]),
        .executable(name: "cupi-mock", targets: ["cupi-mock"]),
        .executable(name: "cupi-fetch", targets: ["cupi-fetch"]),
        .plugin(name: "CUPIGeneratorPlugin", targets: ["CUPIGeneratorPlugin"]),
        .plugin(name: "GenerateCUPIClient", targets: ["GenerateCUPIClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.0.0"),
        // `swift package generate-documentation`: the DocC catalogs of the libraries and the CLI.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // No C target among the generator's dependencies: SwiftPM rebuilds a build-tool plugin's
        // tool that has one on every build (Examples/NoOpBuild reproduces it).
        .target(name: "CUPIGenerator", dependencies: ["LibXML"]),
        .target(name: "CUPIRuntime", dependencies: ["LibXML", .product(name: "HTTPTypes", package: "swift-http-types")]),
        // The TLS transport lives apart so that CUPIRuntime stays free of SwiftNIO.
        .target(
            name: "CUPIHTTPClientTransport",
            dependencies: [
                "CUPIRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The CUPI client: the checked-in output of `swift run cupi-gen generate` (cupi-gen.json at the
        // root names Inputs/cupi), kept fresh by GoldenTests. Compiled from these files rather than by
        // the build plugin, so that the client and the mock build without compiling the generator.
        .target(name: "CUPIClient", dependencies: ["CUPIRuntime"], path: "Generated/CUPIClient"),
        .plugin(name: "CUPIGeneratorPlugin", capability: .buildTool(), dependencies: ["cupi-gen"]),
        .plugin(
            name: "GenerateCUPIClient",
            capability: .command(
                intent: .custom(verb: "generate-cupi-client", description: "Write a target's generated client into the package, for checked-in code"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated Swift files into the package")]
            ),
            dependencies: ["cupi-gen"]
        ),
        .executableTarget(
            name: "cupi-gen",
            dependencies: [
                "CUPIGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A CUPI server over real HTTP from an in-memory store, for end-to-end tests and users' CI;
        // routes come from the generated route table, bodies from the generated types, the schema
        // from the description the client embeds: never the generator.
        .target(
            name: "CUPIMock",
            dependencies: [
                "CUPIClient",
                "CUPIRuntime",
                "LibXML",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // `cupi-gen fetch`: a live server's description, through the client runtime and the TLS
        // transport. Apart from cupi-gen, which the build plugin compiles in every adopter's package.
        .target(
            name: "CUPIFetch",
            dependencies: ["CUPIRuntime", "CUPIHTTPClientTransport", "LibXML", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "cupi-fetch",
            dependencies: ["CUPIFetch", "CUPIHTTPClientTransport", "CUPIRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "cupi-mock",
            dependencies: ["CUPIMock", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "CUPIGeneratorTests", dependencies: ["CUPIGenerator"]),
        .testTarget(name: "CUPIDescriptionTests", dependencies: ["LibXML"]),
        .testTarget(name: "CLITests", dependencies: ["cupi-gen"]),
        .testTarget(name: "CUPIRuntimeTests", dependencies: ["CUPIRuntime"]),
        .testTarget(
            name: "CUPIHTTPClientTransportTests",
            dependencies: [
                "CUPIHTTPClientTransport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .testTarget(name: "CUPIClientTests", dependencies: ["CUPIClient", "CUPIHTTPClientTransport", "LibXML"]),
        // The plugin-generated test clients (constructs, hostile names) live in Tests/GeneratedCode, a
        // package of its own: SwiftPM builds a build-tool plugin's tool for every build of the package
        // that uses it, and the client and the mock must build without the generator.
        .testTarget(
            name: "CUPIMockTests",
            dependencies: [
                "CUPIMock", "CUPIClient", "CUPIRuntime", "CUPIHTTPClientTransport", "cupi-mock", "CUPIFetch", "CUPIGenerator",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
