import Testing
@testable import CUPIGenerator
import LibXML

/// Reads XSD fragments the way the loader hands them over, and looks into the result.
enum XSD {
    static let tns = "urn:t"

    /// `body` wrapped into an `xs:schema` (target namespace `urn:t`, prefix `t`) whose start tag
    /// is line 1, so the body's first line is line 2.
    static func read(_ body: String, schemaAttributes: String = "", file: String = "t.xsd") -> XSDReader.Output {
        XSDReader.read([document(body, schemaAttributes: schemaAttributes, file: file)])
    }

    static func document(_ body: String, schemaAttributes: String = "", file: String = "t.xsd", targetNamespace: String? = tns) -> SchemaDocument {
        let namespace = targetNamespace.map { " targetNamespace=\"\($0)\"" } ?? ""
        return schema("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"\(tns)\"\(namespace) \(schemaAttributes)>\n\(body)\n</xs:schema>",
                      file: file, effectiveNamespace: targetNamespace ?? "")
    }

    /// A whole schema document as text.
    static func schema(_ text: String, file: String = "t.xsd", effectiveNamespace: String = tns) -> SchemaDocument {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(Array(text.utf8), path: file)
        } catch {
            Issue.record("fixture is not well-formed: \(error.problems)")
            fatalError("unusable fixture")
        }
        guard let root = document.root else { fatalError("fixture has no root") }
        return SchemaDocument(file: file, element: root, targetNamespace: effectiveNamespace)
    }

    static func name(_ local: String) -> QName { QName(tns, local) }
}

extension XSDReader.Output {
    func type(_ local: String, namespace: String = XSD.tns) -> TypeDefinition? {
        types.first { $0.name == QName(namespace, local) }
    }

    func record(_ local: String) -> Record? {
        guard case .record(let record)? = type(local)?.kind else { return nil }
        return record
    }

    func choice(_ local: String) -> Choice? {
        guard case .choice(let choice)? = type(local)?.kind else { return nil }
        return choice
    }

    func element(_ local: String) -> ElementDeclaration? {
        elements.first { $0.name == XSD.name(local) }
    }

    var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.message) }
    var warnings: [String] { diagnostics.filter { $0.severity == .warning }.map(\.message) }

    /// The `file:line` of every diagnostic whose message contains `text`.
    func places(of text: String) -> [String] {
        diagnostics.filter { $0.message.contains(text) }.compactMap { $0.location.map { "\($0.file):\($0.line)" } }
    }
}

extension Record {
    func field(_ local: String) -> Field? {
        fields.first { $0.name?.name == local }
    }

    /// Names of the fields (`text`, `any`, … for nameless ones), in order.
    var names: [String] { fields.map { $0.name?.name ?? $0.kind.rawValue } }
}
