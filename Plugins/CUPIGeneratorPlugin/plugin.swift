import Foundation
import PackagePlugin

/// Generates a target's Swift client from the WADL its cupi-gen config names, at build time.
///
/// The command's inputs are the config, the WADL and every WADL/XSD file (and folder) in the
/// WADL's folder tree, plus JSON configs' schemaMap files and allowOutside folders, so editing
/// an included schema regenerates. Its outputs are the generated file names, which depend on
/// the config's `modelFiles` alone; the plugin passes the count it declared on, and the tool
/// fails with a diagnostic when the config now says otherwise (SwiftPM plans anew only when
/// the package's structure changes), rather than write files the build will not compile. The
/// tool rewrites only files whose bytes change, so an edit that changes no generated code
/// recompiles nothing.
@main
struct CUPIGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let config = try PluginConfig.load(target: target)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        var inputs = [config.url]
        if let input = config.input {
            let wadl = config.resolve(input)
            inputs.append(wadl)
            inputs += Self.schemaFiles(under: wadl.deletingLastPathComponent())
        }
        for path in config.extraSchemaPaths {
            let url = config.resolve(path)
            inputs += url.hasDirectoryPath || Self.isDirectory(url) ? Self.schemaFiles(under: url) : [url]
        }
        let modelFiles = config.modelFiles ?? 1
        return [.buildCommand(
            displayName: "Generating \(target.name) from \(config.url.lastPathComponent) with cupi-gen",
            executable: try context.tool(named: "cupi-gen").url,
            arguments: ["generate", "--config", config.url.path, "--output", output.path, "--declared-model-files", String(modelFiles)],
            inputFiles: Array(Set(inputs.map(\.standardizedFileURL))).sorted { $0.path < $1.path },
            outputFiles: generatedFileNames(modelFiles: modelFiles).map { output.appendingPathComponent($0) })]
    }

    /// `folder`, every folder below it and every .wadl and .xsd file in them, hidden folders (such
    /// as .build) skipped. The folders are inputs too because SwiftPM re-runs this plugin (and so
    /// re-lists the files) only when the package's structure changes, while a folder's mtime
    /// changes whenever a file is added, removed or renamed in it: such a change then regenerates.
    static func schemaFiles(under folder: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        return [folder] + walker.compactMap { $0 as? URL }.filter { url in
            (try? url.resourceValues(forKeys: Set(keys)).isDirectory) == true || ["wadl", "xsd"].contains(url.pathExtension.lowercased())
        }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
