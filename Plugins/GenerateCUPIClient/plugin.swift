import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-cupi-client [--target NAME]...`
///
/// Writes the same files the build plugin generates into the package, for code that is checked
/// in and reviewed: into the config's `output` (relative to the config) when it names one, else
/// into `Generated/<TargetName>` at the package root. Without --target, every target holding a
/// cupi-gen config is generated. A failed generation writes nothing (the tool is all-or-nothing).
@main
struct GenerateCUPIClient: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        if !extractor.remainingArguments.isEmpty {
            Diagnostics.error("unexpected arguments \(extractor.remainingArguments); usage: generate-cupi-client [--target NAME]...", file: nil, line: nil)
            throw GenerateError.usage
        }
        let targets = try names.isEmpty
            ? context.package.sourceModules.filter { (try? PluginConfig.find(in: $0)) != nil }
            : context.package.targets(named: names).compactMap { $0 as? SourceModuleTarget }
        if targets.isEmpty {
            Diagnostics.error("no target holds a cupi-gen config (\(PluginConfig.fileNames.joined(separator: ", ")))", file: nil, line: nil)
            throw GenerateError.noTargets
        }
        let tool = try context.tool(named: "cupi-gen").url
        for target in targets {
            let config = try PluginConfig.load(target: target)
            var arguments = ["generate", "--config", config.url.path]
            if config.output == nil {
                arguments += ["--output", context.package.directoryURL.appendingPathComponent("Generated/\(target.name)").path]
            }
            // The tool prints its own diagnostics (path:line:col) and summary to our stderr/stdout.
            let process = Process()
            process.executableURL = tool
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                Diagnostics.error("cupi-gen failed for target '\(target.name)'; the previous files are left in place", file: nil, line: nil)
                throw GenerateError.failed(target.name)
            }
        }
    }
}

extension PackagePlugin.Package {
    var sourceModules: [SourceModuleTarget] { targets.compactMap { $0 as? SourceModuleTarget } }
}

enum GenerateError: Error, CustomStringConvertible {
    case usage, noTargets, failed(String)

    var description: String {
        switch self {
        case .usage: "bad arguments"
        case .noTargets: "nothing to generate"
        case .failed(let target): "generation failed for \(target)"
        }
    }
}
