import Foundation
import Testing
@testable import CUPIGenerator
import LibXML

@Suite("XSD corpus smoke test")
struct XSDSchemaForSchemasTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/apache__cxf/core/src/main/resources/schemas/wsdl").standardizedFileURL

    static let isPresent = FileManager.default.fileExists(atPath: folder.appendingPathComponent("XMLSchema.xsd").path)

    @Test(.enabled(if: isPresent, "../shared/corpus is absent: the schema for schemas is not read"))
    func readsTheSchemaForSchemas() throws {
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
