import CUPIGenerator
import Foundation

/// The entry point of the `frontend` fuzz target (Fuzz/frontend.swift is compiled with this
/// file), so `swift test` replays regression inputs through exactly the fuzzed code.
/// No `import Testing` here: the fuzz build compiles this file outside the test target.
enum FrontendFuzzEntry {
    /// Separates the files of one input: the first part is the entry file, the next ones `a.xsd`
    /// and `b.xsd` beside it, so includes, imports and their cycles are fuzzed too.
    static let separator = Array("\n<!--FUZZ-NEXT-FILE-->\n".utf8)
    static let otherFiles = ["a.xsd", "b.xsd"]

    /// Writes `bytes` as the files of an input into `directory` (which must exist and is the
    /// caller's alone), loads the entry with `Frontend.load` and, when that gives a model, runs
    /// the back end (`CodeGenerator.generate`) on it. Returns the generated files' contents, or
    /// nil when the front end reported errors.
    static func run(_ bytes: [UInt8], in directory: String) -> [String]? {
        let parts = split(bytes)
        let entry = directory + "/entry.wadl"
        _ = FileManager.default.createFile(atPath: entry, contents: Data(parts[0]))
        for (index, name) in otherFiles.enumerated() {
            let path = directory + "/" + name
            if index + 1 < parts.count {
                _ = FileManager.default.createFile(atPath: path, contents: Data(parts[index + 1]))
            } else {
                _ = try? FileManager.default.removeItem(atPath: path)
            }
        }
        let result = Frontend.load(entry)
        guard let model = result.model else { return nil }
        let generated = CodeGenerator.generate(model, options: GeneratorOptions(), source: "entry.wadl")
        return generated.files.map(\.contents)
    }

    /// `bytes` cut at each separator, at most `otherFiles.count + 1` parts.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count, parts.count < otherFiles.count {
            if bytes[index] == separator[0], Array(bytes[index..<(index + separator.count)]) == separator {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
