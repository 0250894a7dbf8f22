import LibXML

/// What every component of one `xs:schema` shares: its file, its effective target namespace
/// and the defaults that decide whether local names are qualified.
struct SchemaContext {
    let file: String
    let targetNamespace: String
    let qualifiesElements: Bool
    let qualifiesAttributes: Bool
    /// A schema without its own `targetNamespace` included into one with a namespace: its
    /// unqualified references mean the includer's namespace (the chameleon rule).
    let isChameleon: Bool

    init(_ document: SchemaDocument) {
        file = document.file
        targetNamespace = document.targetNamespace
        qualifiesElements = document.element.attribute("elementFormDefault")?.trimmingXMLWhitespace() == "qualified"
        qualifiesAttributes = document.element.attribute("attributeFormDefault")?.trimmingXMLWhitespace() == "qualified"
        isChameleon = document.element.attribute("targetNamespace") == nil && !document.targetNamespace.isEmpty
    }
}

/// An element of a schema document together with the schema it belongs to, so that readers
/// can qualify names and place diagnostics without passing both around.
struct SchemaNode {
    let element: XMLElement
    let schema: SchemaContext
    /// The element's local name (`sequence`, `element`, …), kept because readers switch on it often.
    let kind: String

    init(element: XMLElement, schema: SchemaContext) {
        self.element = element
        self.schema = schema
        kind = element.localName
    }
    var location: SourceLocation { SourceLocation(file: schema.file, line: element.line) }

    /// The children in the XML Schema namespace that an XSD 1.0 processor reads; anything
    /// else may only stand inside `xs:appinfo` and `xs:documentation`, which carry no
    /// structure we read.
    var children: [SchemaNode] {
        var result: [SchemaNode] = []
        for child in element.children where child.isInNamespace(QName.xsdNamespace) && Self.isForXSD10(child) {
            result.append(SchemaNode(element: child, schema: schema))
        }
        return result
    }

    static let versioningNamespace = "http://www.w3.org/2007/XMLSchema-versioning"

    /// Conditional inclusion (`vc:minVersion`, `vc:maxVersion`): schemas written for both XSD
    /// versions mark the 1.1-only alternative of a component so that a 1.0 processor leaves it
    /// out, as this one does. The minimum is inclusive, the maximum exclusive.
    private static func isForXSD10(_ element: XMLElement) -> Bool {
        guard element.hasNamespacedAttributes else { return true }
        let version = 1.0
        if let minimum = element.attribute("minVersion", namespace: versioningNamespace).flatMap({ Double($0.trimmingXMLWhitespace()) }),
           minimum > version { return false }
        if let maximum = element.attribute("maxVersion", namespace: versioningNamespace).flatMap({ Double($0.trimmingXMLWhitespace()) }),
           maximum <= version { return false }
        return true
    }

    /// The children other than `xs:annotation`.
    var contentChildren: [SchemaNode] { children.filter { $0.kind != "annotation" } }

    /// An attribute's value with surrounding whitespace removed (XSD attribute types collapse it).
    func attribute(_ name: String) -> String? {
        element.attribute(name)?.trimmingXMLWhitespace()
    }

    /// The `name` attribute of a global component, in the target namespace.
    var globalName: QName? {
        guard let local = attribute("name"), !local.isEmpty else { return nil }
        return QName(schema.targetNamespace, local)
    }

    /// The text of the `xs:documentation` children of this node's `xs:annotation`s.
    var documentation: String? {
        let parts = children.filter { $0.kind == "annotation" }.flatMap(\.children).filter { $0.kind == "documentation" }
        return DocumentationText.join(parts.map(\.element))
    }
}
