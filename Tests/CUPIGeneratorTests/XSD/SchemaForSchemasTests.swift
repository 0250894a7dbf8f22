import Foundation
import Testing
@testable import CUPIGenerator
import LibXML

@Suite("XSD corpus smoke test")
struct XSDSchemaForSchemasTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/apache__cxf/core/src/main/resources/schemas/wsdl").standardizedFileURL

    @Test func readsTheSchemaForSchemas() throws {
        let main = Self.folder.appendingPathComponent("XMLSchema.xsd")
        guard FileManager.default.fileExists(atPath: main.path) else {
            print("skipped: \(main.path) is absent (the shared corpus is not checked out)")
            return
        }
        var documents: [SchemaDocument] = []
        for name in ["XMLSchema.xsd", "xml.xsd"] {
            let document = try XMLDocument.load(contentsOf: Self.folder.appendingPathComponent(name), path: name)
            let root = try #require(document.root)
            documents.append(SchemaDocument(file: name, element: root, targetNamespace: root.attribute("targetNamespace") ?? ""))
        }
        let clock = ContinuousClock()
        var output: XSDReader.Output?
        let elapsed = clock.measure { output = XSDReader.read(documents) }
        let result = try #require(output)
        #expect(result.errors.isEmpty, "\(result.diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" })")
        #expect(result.types.count > 50)
        #expect(result.elements.contains { $0.name == .xsd("complexType") })
        #expect(elapsed < .seconds(10))
        #expect(result.types.map(\.name) == result.types.map(\.name).sorted())
    }
}
