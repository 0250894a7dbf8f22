import Foundation

/// A generator config file: JSON, strict. An unknown key, a value of the wrong kind, a name the
/// description does not have (in `filter`) is an error at its line and column.
///
/// ```json
/// {
///   "input": "../../Inputs/cupi/application.wadl",
///   "accessModifier": "public",
///   "generate": ["models", "validators", "xml", "json", "endpoints"],
///   "clientName": "CUPI",
///   "modelFiles": 1,
///   "nameOverrides": { "Callhandler": "CallHandler" },
///   "filter": { "operations": ["listUsers"], "paths": ["distributionlists"], "types": ["Tenant"] },
///   "conformances": ["Codable", "Hashable"],
///   "schemaMap": { "urn:example": "schemas/example.xsd" },
///   "allowOutside": ["../shared-schemas"],
///   "embedDescription": false
/// }
/// ```
public struct GeneratorConfig: Sendable, Hashable {
    public var input: String?
    public var output: String?
    public var accessModifier: GeneratorOptions.AccessModifier?
    public var parts: Set<GeneratorOptions.Part>?
    public var nameOverrides: [String: String] = [:]
    public var clientName: String?
    public var modelFiles: Int?
    /// Where `modelFiles` is set, for a diagnostic about it.
    public var modelFilesLocation: SourceLocation?
    public var schemaMap: [String: String] = [:]
    public var allowOutside: [String] = []
    public var embedDescription: Bool?
    public var filter: GenerationFilter?
    public var conformances: Set<GeneratorOptions.Conformance>?

    public init() {}

    static let keys = ["input", "output", "accessModifier", "generate", "nameOverrides", "clientName", "modelFiles", "schemaMap",
                       "allowOutside", "embedDescription", "filter", "conformances"]

    /// Reads the config at `path`; paths in it are made relative to the working directory.
    public static func load(_ path: String) throws(DiagnosticsError) -> GeneratorConfig {
        let file = FilePath.fileName(of: path)
        func fail(_ message: String, _ line: Int, _ column: Int?) -> DiagnosticsError {
            DiagnosticsError([.error(message, at: SourceLocation(file: file, line: line, column: column))])
        }
        func fail(_ message: String, _ node: ConfigNode) -> DiagnosticsError { fail(message, node.line, node.column) }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([.error("cannot read config file '\(path)' (UTF-8 text, at most 1 MiB)", at: nil)])
        }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            throw fail("cupi-gen reads JSON configs only (the tool the build plugin runs carries no YAML library, so that a no-op build compiles nothing): write the same keys as JSON in cupi-gen.json", 1, 1)
        }
        let root: ConfigNode
        do { root = try ConfigJSON.parse(text) } catch { throw fail("not valid JSON: \(error.message)", error.line, error.column) }
        guard case .object(let members) = root.value else { throw fail("a config is a JSON object of keys to values", root) }
        let folder = FilePath.directory(of: path)
        func relative(_ value: String) -> String { FilePath.join(folder, value) }
        var config = GeneratorConfig()
        for member in members {
            let (key, value) = (member.key, member.value)
            guard keys.contains(key) else {
                throw fail("unknown key '\(key)'; known keys: \(keys.joined(separator: ", "))", member.keyLine, member.keyColumn)
            }
            func string(_ node: ConfigNode) throws(DiagnosticsError) -> String {
                guard case .string(let text) = node.value else { throw fail("'\(key)' expects a string", node) }
                return text
            }
            func strings(_ node: ConfigNode) throws(DiagnosticsError) -> [String] {
                guard case .array(let items) = node.value else { throw fail("'\(key)' expects a list of strings", node) }
                var result: [String] = []
                for item in items { result.append(try string(item)) }
                return result
            }
            func map(_ node: ConfigNode) throws(DiagnosticsError) -> [String: String] {
                guard case .object(let pairs) = node.value else { throw fail("'\(key)' expects an object of strings", node) }
                var result: [String: String] = [:]
                for pair in pairs { result[pair.key] = try string(pair.value) }
                return result
            }
            switch key {
            case "input": config.input = relative(try string(value))
            case "output": config.output = relative(try string(value))
            case "accessModifier":
                let text = try string(value)
                guard let modifier = GeneratorOptions.AccessModifier(rawValue: text) else {
                    throw fail("accessModifier must be one of public, package, internal; got '\(text)'", value)
                }
                config.accessModifier = modifier
            case "generate":
                var parts: Set<GeneratorOptions.Part> = []
                for name in try strings(value) where name != "models" {
                    guard let part = GeneratorOptions.Part(rawValue: name) else {
                        throw fail("generate: unknown part '\(name)'; known parts: models, \(GeneratorOptions.Part.allCases.map(\.rawValue).joined(separator: ", "))", value)
                    }
                    parts.insert(part)
                }
                config.parts = parts
            case "nameOverrides": config.nameOverrides = try map(value)
            case "clientName":
                let name = try string(value)
                guard GeneratorOptions.isValidClientName(name) else {
                    throw fail("clientName must be a Swift type name such as CUPI; got '\(name)'", value)
                }
                config.clientName = name
            case "modelFiles":
                let range = GeneratorOptions.modelFilesRange
                guard case .number(let text) = value.value, let count = Int(text), range.contains(count) else {
                    throw fail("modelFiles must be a whole number from \(range.lowerBound) to \(range.upperBound)", value)
                }
                config.modelFiles = count
                config.modelFilesLocation = SourceLocation(file: file, line: value.line, column: value.column)
            case "schemaMap": config.schemaMap = try map(value).mapValues(relative)
            case "allowOutside": config.allowOutside = try strings(value).map(relative)
            case "embedDescription":
                guard case .bool(let flag) = value.value else { throw fail("embedDescription must be true or false", value) }
                config.embedDescription = flag
            case "conformances":
                var conformances: Set<GeneratorOptions.Conformance> = []
                for name in try strings(value) {
                    guard let conformance = GeneratorOptions.Conformance(rawValue: name) else {
                        throw fail("conformances: unknown '\(name)'; choose from \(GeneratorOptions.Conformance.allCases.map(\.rawValue).joined(separator: ", ")) (Sendable and Equatable are always there)", value)
                    }
                    conformances.insert(conformance)
                }
                config.conformances = conformances
            case "filter":
                guard case .object(let entries) = value.value else { throw fail("'filter' expects an object with operations, paths, resources or types", value) }
                var filter = GenerationFilter()
                for entry in entries {
                    let location = SourceLocation(file: file, line: entry.value.line, column: entry.value.column)
                    guard case .array(let items) = entry.value.value else {
                        throw fail("filter.\(entry.key) expects a list of strings", entry.value)
                    }
                    var names: [GenerationFilter.Name] = []
                    for item in items {
                        guard case .string(let text) = item.value else { throw fail("filter.\(entry.key) expects a list of strings", item) }
                        names.append(GenerationFilter.Name(text, at: SourceLocation(file: file, line: item.line, column: item.column)))
                    }
                    switch entry.key {
                    case "operations": filter.operations += names
                    case "paths": filter.paths += names
                    case "resources": filter.resources += names
                    case "types": filter.types += names
                    default:
                        throw fail("filter: unknown key '\(entry.key)'; known keys: operations, paths, resources, types", location.line, location.column)
                    }
                }
                config.filter = filter
            default: break
            }
        }
        return config
    }
}
