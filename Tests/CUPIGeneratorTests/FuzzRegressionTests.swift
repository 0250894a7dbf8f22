import Foundation
import Testing

/// Replays what fuzzing found (Tests/Fixtures/fuzz/frontend/, one input a file) and a few
/// hand-made hostile inputs through the `frontend` fuzz target's own entry point
/// (`FrontendFuzzEntry`, FuzzEntryPoints.swift): none may crash; diagnostics are fine.
@Suite("Fuzz regressions: front end")
struct FrontendFuzzRegressionTests {
    static func regressionInputs() -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/frontend")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("README") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Runs the entry point in a folder of its own, removed afterwards.
    static func run(_ bytes: [UInt8]) throws -> [String]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cupi-gen-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { _ = try? FileManager.default.removeItem(at: folder) }
        return FrontendFuzzEntry.run(bytes, in: folder.path)
    }

    @Test("every kept frontend input is loaded without a crash")
    func keptInputs() throws {
        for url in Self.regressionInputs() { _ = try Self.run(Array(try Data(contentsOf: url))) }
    }

    @Test("a schema in several files, split as the harness splits them, is loaded and generated")
    func control() throws {
        let input = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="a.xsd"/>\
            <xs:element name="Thing" type="Thing"/></xs:schema>
            <!--FUZZ-NEXT-FILE-->
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:complexType name="Thing"><xs:sequence>\
            <xs:element name="Name" type="xs:string"/></xs:sequence></xs:complexType></xs:schema>
            """
        let files = try #require(try Self.run(Array(input.utf8)))
        #expect(files.contains { $0.contains("struct Thing") })
    }

    @Test("an input is cut at its first two separators; what follows the second stays whole")
    func splitting() {
        let cut = "\n<!--FUZZ-NEXT-FILE-->\n"
        func parts(_ text: String) -> [String] {
            FrontendFuzzEntry.split(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(parts("") == [""])
        #expect(parts("abc") == ["abc"])
        #expect(parts(cut) == ["", ""])
        #expect(parts("a" + cut + "b") == ["a", "b"])
        #expect(parts("a" + cut + cut + "c" + cut + "d") == ["a", "", "c" + cut + "d"])
        #expect(parts("a\n<!--FUZZ-NEXT-FILE--") == ["a\n<!--FUZZ-NEXT-FILE--"])
    }

    @Test("hostile schemas get diagnostics: deep nesting, truncation, invalid UTF-8, include cycles, entities")
    func hostile() throws {
        let depth = 100_000
        let deep = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</xs:schema>"
        #expect(try Self.run(Array(deep.utf8)) == nil)
        #expect(try Self.run(Array("<application xmlns=\"http://wadl.dev.java.net/2009/02\"><resources".utf8)) == nil)
        #expect(try Self.run([0x3C, 0x61, 0x3E, 0xFF, 0xC0, 0x80, 0x3C, 0x2F, 0x61, 0x3E]) == nil)
        let cycle = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="a.xsd"/>\
            <xs:element name="E" type="Missing"/></xs:schema>
            <!--FUZZ-NEXT-FILE-->
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="b.xsd"/></xs:schema>
            <!--FUZZ-NEXT-FILE-->
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="a.xsd"/></xs:schema>
            """
        #expect(try Self.run(Array(cycle.utf8)) == nil)
        // A billion laughs: nine levels of ten times each, far past the expansion limit.
        let levels = (1...9).map { level in
            "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">"
        }.joined()
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY e0 "aaaaaaaaaa">\(levels)]>\
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="&e9;"/></xs:schema>
            """
        #expect(try Self.run(Array(bomb.utf8)) == nil)
        #expect(try Self.run([]) == nil)
    }
}
