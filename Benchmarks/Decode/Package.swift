// swift-tools-version:6.0
import PackageDescription

// The decode/encode benchmark: cupi-gen's generated `Users` model against a bare libxml2
// streaming pass (the floor) and against CoreOffice/XMLCoder on equivalent Codable structs.
// XMLCoder is a dependency of this benchmark only, never of cupi-gen itself.
// CUPI_GEN_ROOT benchmarks another checkout of cupi-gen (say, an earlier commit) instead of this one.
let root = Context.environment["CUPI_GEN_ROOT"] ?? "../.."

let package = Package(
    name: "DecodeBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "cupi-gen", path: root),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.17.0"),
    ],
    targets: [
        .executableTarget(
            name: "decode-bench",
            dependencies: [
                .product(name: "CUPIClient", package: "cupi-gen"),
                .product(name: "CUPIRuntime", package: "cupi-gen"),
                .product(name: "LibXML", package: "cupi-gen"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
