import CLibXML2

/// The element an `XMLStreamReader` was on when it was taken: its name and attributes.
///
/// libxml2 keeps an element's node (and its attributes) until the reader moves past the element's
/// end, so the handle stays valid while its content is being read, and no longer.
public struct XMLStreamElement {
    let node: xmlNodePtr

    init(node: xmlNodePtr) { self.node = node }

    /// An identity for the element's local name, equal for equal names within one reader.
    public var nameToken: UnsafeRawPointer? { node.pointee.name.map(UnsafeRawPointer.init) }

    /// An identity for the element's namespace declaration: equal identities mean equal namespaces
    /// (unequal ones may still name the same URI).
    public var namespaceToken: UnsafeRawPointer? { node.pointee.ns.map(UnsafeRawPointer.init) }

    /// Whether the element's local name is `localName` and its namespace URI `namespace` (an empty
    /// string for none), both NUL-terminated UTF-8: decoders test names this way without making a
    /// String per element.
    public func hasName(_ localName: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>) -> Bool {
        guard let name = node.pointee.name, xmlStrEqual(name, localName) != 0 else { return false }
        guard let href = node.pointee.ns?.pointee.href else { return namespace.pointee == 0 }
        return xmlStrEqual(href, namespace) != 0
    }

    /// Whether the element has attributes (namespace declarations are not attributes).
    public var hasAttributes: Bool { node.pointee.properties != nil }

    /// The value of the attribute `localName` in `namespace` ("" for none), or nil when absent.
    public func attribute(_ localName: String, namespace: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if Self.matches(current, localName: localName, namespace: namespace) {
                return Self.value(of: current)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Every attribute as (namespace, local name, value), in document order.
    public var attributes: [(namespace: String, localName: String, value: String)] {
        var result: [(namespace: String, localName: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let namespace = current.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            result.append((namespace, name, Self.value(of: current)))
            attribute = current.pointee.next
        }
        return result
    }

    private static func matches(_ attribute: xmlAttrPtr, localName: String, namespace: String) -> Bool {
        guard let name = attribute.pointee.name else { return false }
        guard xmlStrEqual(name, localName) == 1 else { return false }
        guard let href = attribute.pointee.ns?.pointee.href else { return namespace.isEmpty }
        return xmlStrEqual(href, namespace) == 1
    }

    /// The attribute's value: libxml2 has already replaced character and predefined-entity
    /// references and normalized whitespace; the value is held as a list of text nodes.
    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let first = attribute.pointee.children else { return "" }
        if first.pointee.next == nil, let content = first.pointee.content { return String(cString: content) }
        var bytes: [UInt8] = []
        var child: xmlNodePtr? = first
        while let current = child {
            if let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
