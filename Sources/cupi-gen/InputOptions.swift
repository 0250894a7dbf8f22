import ArgumentParser
import CUPIGenerator
import Foundation

/// Options every command that reads a description shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("schema-map"), help: ArgumentHelp(
        "Where to find a schema imported by namespace alone (no schemaLocation).",
        valueName: "NAMESPACE=PATH"))
    var schemaMap: [String] = []

    @Option(name: .customLong("allow-outside"), help: ArgumentHelp(
        "Let includes and imports read files under PATH, outside the input's folder (repeatable).",
        valueName: "PATH"))
    var allowOutside: [String] = []

    func validate() throws {
        _ = try frontendOptions()
    }

    func frontendOptions() throws -> FrontendOptions {
        var map: [String: String] = [:]
        for entry in schemaMap {
            guard let equals = entry.lastIndex(of: "="), equals != entry.startIndex, entry.index(after: equals) != entry.endIndex else {
                throw ValidationError("--schema-map expects NAMESPACE=PATH, got '\(entry)'")
            }
            map[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return FrontendOptions(schemaMap: map, allowedOutside: allowOutside)
    }

    /// Runs the front end on `path`, printing diagnostics to standard error.
    func load(_ path: String, lenient: Bool = false, printTo output: (String) -> Void = printError) throws -> Frontend.Result {
        var options = try frontendOptions()
        options.lenient = lenient
        let result = Frontend.load(path, options: options)
        for diagnostic in result.diagnostics { output(diagnostic.formatted(root: result.root)) }
        return result
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
