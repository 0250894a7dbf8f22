import CUPIClient
import CUPIRuntime
import Foundation
import Testing

/// Replays what fuzzing found (Tests/Fixtures/fuzz/xml-decode/ and json-decode/, one input a
/// file) and a few hand-made hostile inputs through the fuzz targets' own entry points
/// (`ClientFuzzEntry`, FuzzEntryPoints.swift): none may crash; throwing is fine.
@Suite("Fuzz regressions: generated decoders")
struct DecoderFuzzRegressionTests {
    static func regressionInputs(_ target: String) -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("README") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every kept xml-decode input is decoded without a crash")
    func keptXMLInputs() throws {
        for url in Self.regressionInputs("xml-decode") { _ = ClientFuzzEntry.decodeXML(try Data(contentsOf: url)) }
    }

    @Test("every kept json-decode input is decoded without a crash")
    func keptJSONInputs() throws {
        for url in Self.regressionInputs("json-decode") { _ = ClientFuzzEntry.decodeJSON(try Data(contentsOf: url)) }
    }

    @Test("the XML entry decodes by the root's name, and re-encodes what it read")
    func xmlControl() throws {
        let encoded = try #require(ClientFuzzEntry.decodeXML(Data("<User><Alias>jdoe</Alias></User>".utf8)))
        let user = try XMLCoding.decode(User.self, from: encoded, rootName: "User")
        #expect(user.alias == "jdoe")
    }

    @Test("hostile XML bodies: deep nesting inside a known type, truncation, invalid UTF-8, wrong values")
    func hostileXML() {
        let depth = 50_000
        let deep = "<User><Unknown>" + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</Unknown></User>"
        #expect(ClientFuzzEntry.decodeXML(Data(deep.utf8)) == nil)
        #expect(ClientFuzzEntry.decodeXML(Data("<Users total=\"2\"><User><Alias>jd".utf8)) == nil)
        #expect(ClientFuzzEntry.decodeXML(Data([0x3C, 0x55, 0x73, 0x65, 0x72, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x55, 0x73, 0x65, 0x72, 0x3E])) == nil)
        #expect(ClientFuzzEntry.decodeXML(Data("<Users total=\"99999999999999999999999\"/>".utf8)) == nil)
        _ = ClientFuzzEntry.decodeXML(Data("<User><ListInDirectory>maybe</ListInDirectory><CreationTime>2024-02-30T25:61:00Z</CreationTime></User>".utf8))
        _ = ClientFuzzEntry.decodeXML(Data())
    }

    @Test("hostile JSON bodies: deep nesting, truncation, invalid UTF-8, lone surrogates, wrong shapes")
    func hostileJSON() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(ClientFuzzEntry.decodeJSON(Data(deep.utf8)).isEmpty)
        let deepObject = "{\"User\":" + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_001)
        #expect(ClientFuzzEntry.decodeJSON(Data(deepObject.utf8)).isEmpty)
        #expect(ClientFuzzEntry.decodeJSON(Data("{\"Users\":{\"@total\":\"2\",\"User\":[{\"Alias\":\"a".utf8)).isEmpty)
        _ = ClientFuzzEntry.decodeJSON(Data([0x7B, 0x22, 0x41, 0x22, 0x3A, 0x22, 0xFF, 0xC0, 0x80, 0x22, 0x7D]))
        _ = ClientFuzzEntry.decodeJSON(Data(#"{"User":{"Alias":"\ud800","ObjectId":["x"],"ListInDirectory":{"a":1}}}"#.utf8))
        _ = ClientFuzzEntry.decodeJSON(Data(#"{"@total":"-1","User":[null,1,"x",[],{}]}"#.utf8))
        _ = ClientFuzzEntry.decodeJSON(Data())
    }
}
