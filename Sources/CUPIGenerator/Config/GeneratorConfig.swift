import Foundation
import Yams

/// A generator config file (JSON or YAML; JSON is read as YAML, whose superset it is).
/// Strict: an unknown key or a value of the wrong kind is an error at its line.
///
/// ```yaml
/// input: ../../Inputs/cupi/application.wadl   # relative to this file
/// accessModifier: public                      # public | package | internal
/// generate: [models, validators, xml, json, endpoints]
/// clientName: CUPI                            # the struct that holds the endpoints
/// modelFiles: 1                               # how many files the models are spread over
/// nameOverrides: { Callhandler: CallHandler }
/// schemaMap: { "urn:example": schemas/example.xsd }
/// allowOutside: [../shared-schemas]
/// embedDescription: false                     # Description.swift carries the input files
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

    public init() {}

    static let keys = ["input", "output", "accessModifier", "generate", "nameOverrides", "clientName", "modelFiles", "schemaMap", "allowOutside", "embedDescription"]

    /// Reads the config at `path`; paths in it are made relative to the working directory.
    public static func load(_ path: String) throws(DiagnosticsError) -> GeneratorConfig {
        let file = FilePath.fileName(of: path)
        func fail(_ message: String, _ mark: Mark?) -> DiagnosticsError {
            DiagnosticsError([.error(message, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column))])
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DiagnosticsError([.error("cannot read config file '\(path)'", at: nil)])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw fail("not valid JSON or YAML: \(error)", nil)
        } catch {
            throw fail("not valid JSON or YAML: \(error)", nil)
        }
        guard let mapping = root?.mapping else { throw fail("a config is a mapping of keys to values", root?.mark) }
        let folder = FilePath.directory(of: path)
        func relative(_ value: String) -> String { FilePath.join(folder, value) }
        var config = GeneratorConfig()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, keys.contains(key) else {
                throw fail("unknown key '\(keyNode.string ?? "?")'; known keys: \(keys.joined(separator: ", "))", keyNode.mark)
            }
            func string(_ node: Node) throws(DiagnosticsError) -> String {
                guard case .scalar(let scalar) = node else { throw fail("'\(key)' expects a string", node.mark) }
                return scalar.string
            }
            func strings(_ node: Node) throws(DiagnosticsError) -> [String] {
                guard let sequence = node.sequence else { throw fail("'\(key)' expects a list of strings", node.mark) }
                var result: [String] = []
                for item in sequence { result.append(try string(item)) }
                return result
            }
            func map(_ node: Node) throws(DiagnosticsError) -> [String: String] {
                guard let pairs = node.mapping else { throw fail("'\(key)' expects a mapping of strings to strings", node.mark) }
                var result: [String: String] = [:]
                for (name, item) in pairs { result[try string(name)] = try string(item) }
                return result
            }
            switch key {
            case "input": config.input = relative(try string(value))
            case "output": config.output = relative(try string(value))
            case "accessModifier":
                let text = try string(value)
                guard let modifier = GeneratorOptions.AccessModifier(rawValue: text) else {
                    throw fail("accessModifier must be one of public, package, internal; got '\(text)'", value.mark)
                }
                config.accessModifier = modifier
            case "generate":
                var parts: Set<GeneratorOptions.Part> = []
                for name in try strings(value) where name != "models" {
                    guard let part = GeneratorOptions.Part(rawValue: name) else {
                        throw fail("generate: unknown part '\(name)'; known parts: models, \(GeneratorOptions.Part.allCases.map(\.rawValue).joined(separator: ", "))", value.mark)
                    }
                    parts.insert(part)
                }
                config.parts = parts
            case "nameOverrides": config.nameOverrides = try map(value)
            case "clientName":
                let name = try string(value)
                guard GeneratorOptions.isValidClientName(name) else {
                    throw fail("clientName must be a Swift type name such as CUPI; got '\(name)'", value.mark)
                }
                config.clientName = name
            case "modelFiles":
                let range = GeneratorOptions.modelFilesRange
                guard case .scalar(let scalar) = value, let count = Int(scalar.string), range.contains(count) else {
                    throw fail("modelFiles must be a whole number from \(range.lowerBound) to \(range.upperBound); got '\(value.string ?? "a collection")'", value.mark)
                }
                config.modelFiles = count
                config.modelFilesLocation = SourceLocation(file: file, line: value.mark?.line ?? 1, column: value.mark?.column)
            case "schemaMap": config.schemaMap = try map(value).mapValues(relative)
            case "allowOutside": config.allowOutside = try strings(value).map(relative)
            case "embedDescription":
                guard case .scalar(let scalar) = value, let flag = Bool(scalar.string) else {
                    throw fail("embedDescription must be true or false; got '\(value.string ?? "a collection")'", value.mark)
                }
                config.embedDescription = flag
            default: break
            }
        }
        return config
    }
}
