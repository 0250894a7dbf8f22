import Foundation
import Testing

/// For every corpus entry that lints without errors, the generated code compiles (Swift 6 mode)
/// without a warning. Slow (a build per entry), so it runs only with CUPIGEN_CORPUS_COMPILE=1:
///
///     Tests/corpus-compile.sh                  # every entry (about 12 minutes on 2 cores)
///     Tests/corpus-compile.sh --max-types 40   # the entries of at most 40 types (.ci/run)
///
/// The generated modules live in one package under `.build/corpus-compile`, depending on this
/// repository's `CUPIRuntime` by path; each module is built on its own so that one failure does
/// not hide another, and later runs build incrementally.
@Suite("Real-world corpus: generated code compiles")
struct CorpusCompileTests {
    static let enabled = CommandRunner.shared != nil && ProcessInfo.processInfo.environment["CUPIGEN_CORPUS_COMPILE"] == "1"
    /// CUPIGEN_CORPUS_COMPILE_MAX_TYPES: compile only the entries that generate at most this many types.
    static let maxTypes = ProcessInfo.processInfo.environment["CUPIGEN_CORPUS_COMPILE_MAX_TYPES"].flatMap(Int.init) ?? .max

    @Test(.enabled(if: enabled, "set CUPIGEN_CORPUS_COMPILE=1 (and have ../shared) to compile the corpus's generated code"),
          .timeLimit(.minutes(180)))
    func everyLintCleanEntryCompiles() throws {
        let package = CommandRunner.repositoryRoot + "/.build/corpus-compile"
        try? FileManager.default.removeItem(atPath: package + "/Sources")
        var modules: [(name: String, entry: String)] = []
        var larger = 0
        for entry in CorpusTests.entries() {
            guard try CommandRunner.run(["lint", entry.path], timeout: 10).status == 0 else { continue }
            let name = "Corpus\(modules.count + 1)"
            let generated = try CommandRunner.run(["generate", entry.path, "--output", "\(package)/Sources/\(name)"], timeout: 30)
            #expect(generated.status == 0, "\(entry.path): \(generated.standardError.suffix(500))")
            // "N types, M operations → …"
            if let types = Int(generated.standardOutput.prefix { $0.isNumber }), types > Self.maxTypes {
                try? FileManager.default.removeItem(atPath: "\(package)/Sources/\(name)")
                larger += 1
                continue
            }
            modules.append((name, entry.path))
        }
        if larger > 0 { print("corpus compile: \(larger) entries of more than \(Self.maxTypes) types left out") }
        try Self.manifest(modules.map(\.name)).write(toFile: package + "/Package.swift", atomically: true, encoding: .utf8)

        let swift = try #require(Self.swiftExecutable(), "no swift on PATH")
        var failed: [String] = []
        for module in modules {
            let build = try CommandRunner.run(["build", "--package-path", package, "--target", module.name],
                                              timeout: 3_600, executable: swift)
            let output = build.standardOutput + build.standardError
            // Warnings from the generated files only: dependencies are not ours to judge here.
            let warnings = output.split(separator: "\n").filter { $0.contains("/Sources/\(module.name)/") && $0.contains(": warning:") }
            if build.status != 0 || !warnings.isEmpty {
                failed.append(module.entry)
                Issue.record("\(module.entry) (\(module.name)) does not compile cleanly:\n\(warnings.joined(separator: "\n"))\n\(output.suffix(2_000))")
            }
        }
        print("corpus compile: \(modules.count - failed.count) of \(modules.count) lint-clean entries compiled without warnings")
        #expect(modules.count > (Self.maxTypes == .max ? 20 : 5))
    }

    /// A package with one library target per generated module, depending on this repository.
    static func manifest(_ modules: [String]) -> String {
        let repository = URL(fileURLWithPath: CommandRunner.repositoryRoot)
        let targets = modules.map {
            "        .target(name: \"\($0)\", dependencies: [.product(name: \"CUPIRuntime\", package: \"\(repository.lastPathComponent.lowercased())\")]),"
        }
        return """
            // swift-tools-version: 6.0
            // Written by CorpusCompileTests: one module per lint-clean corpus entry.
            import PackageDescription

            let package = Package(
                name: "CorpusCompile",
                dependencies: [.package(path: \"\(repository.path)\")],
                targets: [
            \(targets.joined(separator: "\n"))
                ]
            )

            """
    }

    static func swiftExecutable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("swift") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
