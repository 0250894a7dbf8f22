import Foundation
import Testing

/// CUPIRuntime's public API, as `swift-api-digester` reads the built module, equals the baseline
/// in `Tests/Fixtures/api/CUPIRuntime.txt`: one line per declaration with its type, SPI left out
/// (what only generated code uses is `@_spi(Generated)`). A change shows in review as a change of
/// that file; `CUPIGEN_RECORD=1 swift test --filter PublicAPI` re-records it.
@Suite("CUPIRuntime's public API")
struct PublicAPITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let baseline = root.appendingPathComponent("Tests/Fixtures/api/CUPIRuntime.txt")

    /// The build's module folder: the test bundle sits in `.build/<configuration>/`.
    static var modules: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("Modules/CUPIRuntime.swiftmodule")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.deletingLastPathComponent() }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static var digester: URL? { tool("swift-api-digester") }

    static func tool(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: digester != nil, "swift-api-digester is not on PATH"),
          .enabled(if: modules != nil, "the built CUPIRuntime module was not found beside the tests"))
    func publicAPIMatchesTheBaseline() throws {
        let declarations = try Self.publicDeclarations()
        #expect(declarations.count > 100, "the dump holds too few declarations to be the module: \(declarations.count)")
        let text = declarations.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["CUPIGEN_RECORD"] == "1" {
            try Data(text.utf8).write(to: Self.baseline)
            return
        }
        let recorded = try String(contentsOf: Self.baseline, encoding: .utf8).split(separator: "\n").map(String.init)
        let added = Set(declarations).subtracting(recorded).sorted()
        let removed = Set(recorded).subtracting(declarations).sorted()
        #expect(added.isEmpty && removed.isEmpty, """
            CUPIRuntime's public API changed; if that is intended, re-record with CUPIGEN_RECORD=1 swift test --filter PublicAPI
            added:\n\(added.joined(separator: "\n"))
            removed:\n\(removed.joined(separator: "\n"))
            """)
    }

    /// `Parent.Kind name: type` for every public, non-SPI declaration, sorted.
    static func publicDeclarations() throws -> [String] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cupiruntime-api-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = ["-dump-sdk", "-module", "CUPIRuntime", "-I", try #require(modules).path, "-avoid-location", "-o", output.path,
                         "-Xcc", "-fmodule-map-file=" + root.appendingPathComponent("Sources/CLibXML2/module.modulemap").path]
        // libxml2's headers, as the package's system library finds them.
        for flag in try run("pkg-config", ["--cflags", "libxml-2.0"]).split(separator: " ") { arguments += ["-Xcc", String(flag)] }
        _ = try run("swift-api-digester", arguments)
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        var lines: [String] = []
        func walk(_ node: [String: Any], parent: String, isSPI: Bool) {
            let spi = isSPI || !((node["spi_group_names"] as? [String]) ?? []).isEmpty
            let kind = node["kind"] as? String ?? ""
            let name = node["printedName"] as? String ?? ""
            let children = node["children"] as? [[String: Any]] ?? []
            let declarationKinds = ["TypeDecl", "Function", "Var", "Constructor", "Subscript", "TypeAlias", "AssociatedType", "EnumElement"]
            if declarationKinds.contains(kind), node["implicit"] as? Bool != true, !spi {
                let types = children.filter { ($0["kind"] as? String ?? "").hasPrefix("Type") }.compactMap { $0["printedName"] as? String }
                lines.append("\(parent)\(node["declKind"] as? String ?? kind) \(name)" + (types.isEmpty ? "" : ": " + types.joined(separator: ", ")))
            }
            for child in children where !(child["kind"] as? String ?? "").hasPrefix("Type") || child["kind"] as? String == "TypeDecl" {
                walk(child, parent: kind == "TypeDecl" ? parent + name + "." : parent, isSPI: spi)
            }
        }
        walk(try #require(dump["ABIRoot"] as? [String: Any]), parent: "", isSPI: false)
        return lines.sorted()
    }

    private static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let executable = tool(name) else { throw ToolMissing(name: name) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(process.terminationStatus == 0, "\(name) failed: \(text)")
        return text
    }

    struct ToolMissing: Error { var name: String }
}
