import LibXML

/// The element an XML encode is writing, handed to `XMLElementEncodable.encode(xml:)`.
///
/// Write every attribute before any child or text: attributes belong to the start tag, which
/// closes at the first content. Escaping and namespace declarations are the writer's job.
@_spi(Generated) public final class XMLElementWriter {
    let stream: XMLStreamWriter

    init(stream: XMLStreamWriter) { self.stream = stream }

    /// Writes attribute `localName` with `value`'s lexical form; nil writes nothing.
    public func attribute<T: XMLSimpleValue>(_ localName: String, namespace: String = "", _ value: T?) {
        guard let value else { return }
        stream.attribute(localName, namespace: namespace, value: value.lexical)
    }

    /// Writes an attribute kept from a decode (`anyAttribute`).
    public func attribute(_ attribute: XMLAttributeValue) {
        stream.attribute(attribute.localName, namespace: attribute.namespace, value: attribute.value)
    }

    /// Writes `<localName>lexical</localName>`; nil writes nothing.
    public func element<T: XMLSimpleValue>(_ localName: String, namespace: String = "", _ value: T?) {
        guard let value else { return }
        stream.startElement(localName, namespace: namespace)
        stream.text(value.lexical)
        stream.endElement()
    }

    /// Writes `value` as element `localName` (its attributes, then its content); nil writes nothing.
    public func element<T: XMLElementEncodable>(_ localName: String, namespace: String = "", _ value: T?) {
        guard let value else { return }
        stream.startElement(localName, namespace: namespace)
        value.encode(xml: self)
        stream.endElement()
    }

    /// Writes one element per value, in order.
    public func elements<T: XMLSimpleValue>(_ localName: String, namespace: String = "", _ values: [T]) {
        for value in values { element(localName, namespace: namespace, value) }
    }

    /// Writes one element per value, in order.
    public func elements<T: XMLElementEncodable>(_ localName: String, namespace: String = "", _ values: [T]) {
        for value in values { element(localName, namespace: namespace, value) }
    }

    /// Writes `<localName xsi:nil="true"/>`.
    public func nilElement(_ localName: String, namespace: String = "") {
        stream.startElement(localName, namespace: namespace)
        stream.attribute("nil", namespace: XMLStreamWriter.xsiNamespace, value: "true")
        stream.endElement()
    }

    /// Writes `value` as the element's character content (simpleContent).
    public func text<T: XMLSimpleValue>(_ value: T) {
        stream.text(value.lexical)
    }

    /// Writes a captured element or a text run (`xs:any`, mixed content).
    public func node(_ node: XMLNode) {
        switch node {
        case .text(let text):
            stream.text(text)
        case .element(let element):
            stream.startElement(element.localName, namespace: element.namespace)
            element.encode(xml: self)
            stream.endElement()
        case .typedChild:
            break // only `mixedContent(_:fields:place:write:)` knows what stands there
        }
    }

    /// Writes a mixed type's content in document order: the text and untyped elements of `nodes`
    /// as they are, and at each `typedChild` place the next value of the field `place` names
    /// for it, through `write(field, occurrence)`. `fields` holds how many values each field
    /// has; values left without a place (added in code) follow the content, field by field.
    public func mixedContent(_ nodes: [XMLNode], fields: [Int], place: (_ namespace: String, _ localName: String) -> Int?,
                             write: (_ field: Int, _ occurrence: Int) -> Void) {
        var written = Array(repeating: 0, count: fields.count)
        for node in nodes {
            guard case .typedChild(let namespace, let localName) = node else {
                self.node(node)
                continue
            }
            if let field = place(namespace, localName), written[field] < fields[field] {
                write(field, written[field])
                written[field] += 1
            }
        }
        for field in fields.indices {
            while written[field] < fields[field] {
                write(field, written[field])
                written[field] += 1
            }
        }
    }
}
