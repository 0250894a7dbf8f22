// swift-tools-version:6.0
import PackageDescription

// The smallest package that shows SwiftPM rebuilding a build-tool plugin's tool on every build
// when the tool depends on a C target: `./run.sh` builds twice and prints what the second build,
// with nothing changed, still compiled, linked and ran. cupi-gen's tool therefore has no C target
// among its dependencies (it once had Yams' CYaml). See the README's known issues.
let package = Package(
    name: "NoOpBuild",
    targets: [
        .target(name: "CTool", path: "Sources/CTool"),
        .executableTarget(name: "tool", dependencies: ["CTool"]),
        .plugin(name: "RunTool", capability: .buildTool(), dependencies: ["tool"]),
        .target(name: "Lib", plugins: ["RunTool"]),
    ]
)
