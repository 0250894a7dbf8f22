/// An attribute as read or to be written: a namespace ("" for none), a local name and a value.
public struct XMLAttributeValue: Sendable, Hashable, Codable {
    /// The attribute's namespace URI, "" when it has none.
    public var namespace: String
    /// The attribute's local name, without a prefix.
    public var localName: String
    /// The attribute's value, as written in the document (entities resolved).
    public var value: String

    /// Makes an attribute.
    public init(namespace: String = "", localName: String, value: String) {
        self.namespace = namespace
        self.localName = localName
        self.value = value
    }
}

/// An element kept as it was read, for `xs:any` content and for mixed content.
public struct AnyXMLElement: Sendable, Hashable, Codable {
    /// The element's namespace, "" when it has none.
    public var namespace: String
    /// The element's local name, without a prefix.
    public var localName: String
    /// The attributes, except namespace declarations, in document order.
    public var attributes: [XMLAttributeValue]
    /// Text runs and child elements in document order.
    public var children: [XMLNode]

    /// Makes an element from its name, attributes and content.
    public init(namespace: String = "", localName: String, attributes: [XMLAttributeValue] = [], children: [XMLNode] = []) {
        self.namespace = namespace
        self.localName = localName
        self.attributes = attributes
        self.children = children
    }

    /// The concatenated text of the element and its descendants.
    public var textContent: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.textContent
            case .typedChild: ""
            }
        }.joined()
    }
}

/// A piece of element content: a run of text or an element.
public enum XMLNode: Sendable, Hashable, Codable {
    /// A run of text (entities resolved, whitespace kept).
    case text(String)
    /// A child element, kept whole.
    case element(AnyXMLElement)
    /// In a mixed type's `mixedContent`: where a child stood that was decoded into one of the
    /// type's own fields. Encoding writes that field's next value here, so text and children keep
    /// their order; a field's values without a place are written after the content.
    case typedChild(namespace: String, localName: String)
}

extension AnyXMLElement: XMLElementCodable {
    /// Captures the element the reader is on (see `XMLElementReader.capture()`).
    @_spi(Generated) public init(xml element: XMLElementReader) throws {
        self = try element.capture()
    }

    /// Writes the attributes and children; the element itself has been started by the caller.
    @_spi(Generated) public func encode(xml element: XMLElementWriter) {
        for attribute in attributes { element.attribute(attribute) }
        for child in children { element.node(child) }
    }
}
