import Foundation
import Testing
import CUPIGenerator

/// The plugins cannot import CUPIGenerator, so the build plugin compiles the generator's file
/// naming itself, through a symbolic link; this test fails when the link is replaced by a copy
/// or points elsewhere. (The two plugins share their config reader the same way,
/// `Plugins/GenerateCUPIClient/PluginConfig.swift`.)
@Suite("Plugin sources")
struct PluginSourceTests {
    static let plugins = Fragment.repositoryRoot + "/Plugins"

    /// The build plugin declares these names as outputs before the tool runs: a file the tool
    /// writes but the plugin does not declare is never compiled, and a declared file the tool
    /// never writes makes every build rerun the tool.
    @Test func buildPluginDeclaresTheFilesTheGeneratorWrites() throws {
        let link = Self.plugins + "/CUPIGeneratorPlugin/GeneratedFileNames.swift"
        let resolved = URL(fileURLWithPath: link).resolvingSymlinksInPath().path
        #expect(resolved == URL(fileURLWithPath: Fragment.repositoryRoot + "/Sources/CUPIGenerator/Render/GeneratedFileNames.swift").resolvingSymlinksInPath().path)
        let plugin = try String(contentsOfFile: Self.plugins + "/CUPIGeneratorPlugin/plugin.swift", encoding: .utf8)
        #expect(plugin.contains("generatedFileNames(modelFiles: modelFiles)"))
        #expect(plugin.contains(#""--declared-model-files", String(modelFiles)"#))
    }
}
