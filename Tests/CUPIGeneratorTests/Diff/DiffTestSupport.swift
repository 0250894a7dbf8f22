import Testing
@testable import CUPIGenerator

/// Builds before/after inputs for diff tests and runs the diff on them.
enum DiffFixture {
    /// How the type `Item` is used: sent in a request, received in a response, or in a bare XSD.
    enum Usage: String, CaseIterable, Sendable {
        case request, response, bare

        var direction: Change.Direction {
            switch self {
            case .request: .request
            case .response: .response
            case .bare: .both
            }
        }
    }

    /// Input files where `schema` (a body for `Fragment.xsd`, which should declare element
    /// `Item`) is used as `usage` says.
    static func files(_ schema: String, usage: Usage) -> [String: String] {
        let xsd = Fragment.xsd(schema)
        let method = switch usage {
        case .request:
            #"<method id="createItem" name="POST"><request><representation mediaType="application/xml" element="Item"/></request><response status="204"/></method>"#
        case .response, .bare:
            #"<method id="getItem" name="GET"><response status="200"><representation mediaType="application/xml" element="Item"/></response></method>"#
        }
        if usage == .bare { return ["entry.xsd": xsd] }
        return ["entry.wadl": Fragment.wadl(#"<resource path="items">\#(method)</resource>"#, grammars: #"<include href="types.xsd"/>"#),
                "types.xsd": xsd]
    }

    /// The changes from `old` to `new`, both loaded from files whose entry is `entry.wadl` or `entry.xsd`.
    static func changes(_ old: [String: String], _ new: [String: String]) throws -> [Change] {
        let before = try model(old), after = try model(new)
        return SchemaDiff.compare(old: before, new: after)
    }

    static func model(_ files: [String: String]) throws -> APIModel {
        let input = try TemporaryInput(files)
        let result = input.load(files["entry.wadl"] != nil ? "entry.wadl" : "entry.xsd")
        #expect(result.errors.isEmpty, "fixture has errors: \(result.errors.map { $0.formatted(root: "") })")
        return try #require(result.model)
    }

    /// A WADL whose resources are `body`, with `types.xsd` holding `schema`.
    static func api(_ body: String, schema: String = defaultSchema) -> [String: String] {
        ["entry.wadl": Fragment.wadl(body, grammars: #"<include href="types.xsd"/>"#), "types.xsd": Fragment.xsd(schema)]
    }

    static let defaultSchema = """
        <xs:element name="Item" type="Item"/>
        <xs:element name="Other" type="Other"/>
        <xs:complexType name="Item"><xs:sequence><xs:element name="A" type="xs:string"/></xs:sequence></xs:complexType>
        <xs:complexType name="Other"><xs:sequence><xs:element name="B" type="xs:int"/></xs:sequence></xs:complexType>
        """
}

extension Array where Element == Change {
    /// The changes of `rule`.
    func of(_ rule: String) -> [Change] { filter { $0.rule == rule } }

    /// One line per change, for failure messages.
    var summary: String { map { "\($0.rule) [\($0.level) \($0.direction)] \($0.path): \($0.message)" }.joined(separator: "\n") }
}
