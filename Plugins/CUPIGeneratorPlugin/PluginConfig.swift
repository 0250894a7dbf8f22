import Foundation
import PackagePlugin

// Kept byte-for-byte identical in Plugins/CUPIGeneratorPlugin and Plugins/GenerateCUPIClient:
// a plugin can depend on neither a library nor another plugin, so the two share this file by
// copy, and PluginSourceTests fails when the copies drift.

/// The config file a target holds to opt in to cupi-gen (`cupi-gen.json`, `cupi-gen.yaml` or
/// `cupi-gen.yml` in the target's folder).
///
/// The plugins read it only loosely, for what they must know before the tool runs (the WADL,
/// extra schema files, the output folder, the number of models files). The `cupi-gen` tool
/// reads it strictly and reports every problem with a line, so a file the plugins cannot make
/// sense of is still handed to the tool rather than rejected here without one.
struct PluginConfig {
    static let fileNames = ["cupi-gen.json", "cupi-gen.yaml", "cupi-gen.yml"]

    let url: URL
    /// The `input` value as written (relative to the config file), if one could be read.
    var input: String?
    /// The line of the `input` key, or 1, for diagnostics about the WADL.
    var inputLine = 1
    var output: String?
    /// `modelFiles`, if it could be read as a whole number: it decides the names of the outputs.
    var modelFiles: Int?
    /// `schemaMap` values and `allowOutside` entries: schema files and folders outside the WADL's tree.
    var extraSchemaPaths: [String] = []

    /// The target's config, nil if it has none; an error when it has more than one. Found among
    /// the target's files because `Target.directoryURL` needs tools version 6.1 and the older
    /// `directory` is deprecated.
    static func find(in target: SourceModuleTarget) throws -> URL? {
        let found = target.sourceFiles.map(\.url).filter { fileNames.contains($0.lastPathComponent) }
            .sorted { $0.path < $1.path }
        if found.count > 1 {
            report("target '\(target.name)' holds several cupi-gen configs (\(found.map(\.path).joined(separator: ", "))); keep one",
                   file: found[1], line: 1)
            throw PluginConfigError.ambiguous
        }
        return found.first
    }

    /// The config of `target` with its WADL checked, or a diagnostic and a thrown error: these
    /// are the problems only the plugin can see, since without them it cannot declare the inputs.
    static func load(target: SourceModuleTarget) throws -> PluginConfig {
        guard let url = try find(in: target) else {
            report("target '\(target.name)' uses cupi-gen but its folder holds no \(fileNames.joined(separator: ", ")) naming its WADL",
                   file: nil, line: nil)
            throw PluginConfigError.missing
        }
        let config = PluginConfig(url: url)
        if let input = config.input {
            guard FileManager.default.fileExists(atPath: config.resolve(input).path) else {
                report("input '\(input)' does not exist (resolved against this file's folder: \(config.resolve(input).path))",
                       file: url, line: config.inputLine)
                throw PluginConfigError.missingWADL
            }
        } else if (try? String(contentsOf: url, encoding: .utf8))?.contains("input") != true {
            report("the config names no input: add \"input\": the path of the WADL, relative to this file",
                   file: url, line: 1)
            throw PluginConfigError.noInput
        }
        // Otherwise `input` is there but unreadable to this loose reader: the tool says why, with a line.
        return config
    }

    /// An error for SwiftPM: located for IDEs, and with `path:line:` in the text too, because
    /// `swift build` prints a plugin diagnostic's message without its location.
    static func report(_ message: String, file: URL?, line: Int?) {
        let prefix = file.map { "\($0.path):\(line.map(String.init) ?? "1"): " } ?? ""
        Diagnostics.error(prefix + message, file: file?.path, line: line)
    }

    init(url: URL) {
        self.url = url
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] {
            input = object["input"] as? String
            output = object["output"] as? String
            modelFiles = object["modelFiles"] as? Int
            extraSchemaPaths = ((object["schemaMap"] as? [String: Any])?.values.compactMap { $0 as? String } ?? [])
                + ((object["allowOutside"] as? [Any])?.compactMap { $0 as? String } ?? [])
        } else {
            // YAML (or broken JSON): only top-level `key: value` lines. Nested schemaMap and
            // allowOutside entries are not tracked here; the README says to use JSON for them.
            input = Self.scalar("input", in: text)
            output = Self.scalar("output", in: text)
            modelFiles = Self.scalar("modelFiles", in: text).flatMap { Int($0) }
        }
        if let index = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex(where: { $0.range(of: #"^\s*["']?input["']?\s*:"#, options: .regularExpression) != nil }) {
            inputLine = index + 1
        }
    }

    /// A path in the config made absolute against the config's folder.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL
            : url.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
    }

    /// The value of an unindented `key: value` line, without quotes or a trailing comment.
    private static func scalar(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let match = line.range(of: #"^["']?\#(key)["']?\s*:\s*"#, options: .regularExpression) else { continue }
            var value = line[match.upperBound...].trimmingCharacters(in: .whitespaces)
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = String(value.dropFirst().prefix { $0 != quote })
            } else if let comment = value.range(of: " #") {
                value = value[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

enum PluginConfigError: Error, CustomStringConvertible {
    case ambiguous, missing, noInput, missingWADL

    var description: String {
        switch self {
        case .ambiguous: "several cupi-gen configs in one target"
        case .missing: "no cupi-gen config"
        case .noInput: "the cupi-gen config names no input"
        case .missingWADL: "the WADL the cupi-gen config names does not exist"
        }
    }
}
