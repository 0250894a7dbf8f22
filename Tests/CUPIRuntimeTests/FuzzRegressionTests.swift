import Foundation
import Testing

/// Replays what fuzzing found (Tests/Fixtures/fuzz/stream-reader/, one input a file) and a few
/// hand-made hostile inputs through the `stream-reader` fuzz target's own entry point
/// (`StreamReaderFuzzEntry`, FuzzEntryPoints.swift): none may crash; throwing is fine.
@Suite("Fuzz regressions: stream reader")
struct StreamReaderFuzzRegressionTests {
    /// The inputs kept under Tests/Fixtures/fuzz/`target`/ (a README is not an input), sorted.
    static func regressionInputs(_ target: String) -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("README") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func run(_ bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBytes { StreamReaderFuzzEntry.run($0) }
    }

    @Test("every kept stream-reader input is read without a crash")
    func keptInputs() throws {
        for url in Self.regressionInputs("stream-reader") {
            _ = Self.run(Array(try Data(contentsOf: url)))
        }
    }

    @Test("a well-formed document is read whole, skipping what the harness skips")
    func control() {
        let names = Self.run(Array(#"<a xmlns:x="urn:x" x:k="v"><skipMe><c/></skipMe><b>text&amp;<![CDATA[<]]></b></a>"#.utf8))
        #expect(names == ["a", "skipMe", "b"])
    }

    @Test("elements nested far deeper than libxml2 allows are refused, not recursed into")
    func deeplyNested() {
        let depth = 100_000
        let document = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(Self.run(Array(document.utf8)) == nil)
    }

    @Test("a truncated document is an error")
    func truncated() {
        #expect(Self.run(Array("<Users total=\"2\"><User><Alias>jd".utf8)) == nil)
    }

    @Test("invalid UTF-8 is an error")
    func invalidUTF8() {
        #expect(Self.run([0x3C, 0x61, 0x3E, 0xC0, 0x80, 0xFF, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x61, 0x3E]) == nil)
    }

    @Test("a DOCTYPE with an entity bomb is refused")
    func entityBomb() {
        let document = """
            <?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><a>&d;</a>
            """
        #expect(Self.run(Array(document.utf8)) == nil)
    }

    @Test("empty input and a lone NUL are errors")
    func empty() {
        #expect(Self.run([]) == nil)
        #expect(Self.run([0]) == nil)
    }
}
