import Foundation
import Testing
import CUPIGenerator

/// The plugins cannot import CUPIGenerator, so the build plugin carries a copy of the generated
/// file names; this test fails when the copy drifts. (The two plugins share their config reader
/// through a symbolic link, `Plugins/GenerateCUPIClient/PluginConfig.swift`.)
@Suite("Plugin sources")
struct PluginSourceTests {
    static let plugins = Fragment.repositoryRoot + "/Plugins"

    /// The build plugin declares these names as outputs before the tool runs: a file the tool
    /// writes but the plugin does not declare is never compiled, and a declared file the tool
    /// never writes makes every build rerun the tool.
    @Test func buildPluginDeclaresTheFilesTheGeneratorWrites() throws {
        let source = try String(contentsOfFile: Self.plugins + "/CUPIGeneratorPlugin/GeneratedFileNames.swift", encoding: .utf8)
        let literal = try #require(source.firstMatch(of: /let generatedFileNames = \[([^\]]*)\]/)?.1)
        let names = literal.matches(of: /"([^"]*)"/).map { String($0.1) }
        #expect(names == CodeGenerator.fileNames)
    }
}
