import CLibXML2

/// A read-only cursor on one element of an `XMLDocument`; it keeps the document alive.
public struct XMLElement {
    let node: xmlNodePtr
    let document: XMLDocument

    init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    /// The element name without its prefix.
    public var localName: String { String(cString: node.pointee.name) }

    /// The namespace the element is in, or nil when it has none.
    public var namespaceURI: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// Whether the element is in namespace `uri`; cheaper than comparing `namespaceURI`, which
    /// makes a String for every call, on paths that test every element of a large schema.
    public func isInNamespace(_ uri: String) -> Bool {
        guard let href = node.pointee.ns?.pointee.href else { return uri.isEmpty }
        return uri.withCString { xmlStrEqual(href, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
    }

    /// The 1-based line of the element's start tag.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// The path of the document the element belongs to.
    public var documentPath: String { document.path }

    /// The element children, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    /// The element's parent element, if any.
    public var parent: XMLElement? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElement(node: parent, document: document)
    }

    /// The attributes as written (namespace declarations excluded), in document order.
    public var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append(XMLAttribute(
                localName: String(cString: current.pointee.name),
                namespaceURI: current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
                value: XMLElement.text(of: current.pointee.children)))
            attribute = current.pointee.next
        }
        return result
    }

    /// Whether any attribute is in a namespace. Few elements have one, so a reader looking for
    /// such an attribute on every element can skip the lookups.
    public var hasNamespacedAttributes: Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns != nil { return true }
            attribute = current.pointee.next
        }
        return false
    }

    /// The value of the unqualified attribute `name`, or nil when it is absent.
    public func attribute(_ name: String) -> String? {
        attribute(name, namespace: nil)
    }

    /// The value of the attribute `name` in `namespace` (nil: no namespace), or nil when absent.
    public func attribute(_ name: String, namespace: String?) -> String? {
        guard let attribute = xmlHasNsProp(node, name, namespace) else { return nil }
        return XMLElement.text(of: attribute.pointee.children)
    }

    /// The concatenated text of the element and its descendants, entity references expanded
    /// (the document's entity audit has bounded what they expand to).
    public var text: String { XMLElement.text(of: node.pointee.children) }

    /// Resolves a lexical QName (`prefix:local` or `local`) against the namespaces in scope here.
    /// An unprefixed name takes the default namespace when `useDefaultNamespace` is true (as XSD
    /// type and element references do) and no namespace otherwise. Returns nil for an undeclared prefix.
    public func resolveQName(_ lexical: String, useDefaultNamespace: Bool = true) -> (namespace: String?, localName: String)? {
        let trimmed = lexical.trimmingXMLWhitespace()
        guard let colon = trimmed.firstIndex(of: ":") else {
            guard useDefaultNamespace else { return (nil, trimmed) }
            return (namespaceURI(forPrefix: nil), trimmed)
        }
        let prefix = String(trimmed[..<colon])
        let local = String(trimmed[trimmed.index(after: colon)...])
        guard let namespace = namespaceURI(forPrefix: prefix) else { return nil }
        return (namespace, local)
    }

    /// The namespace bound to `prefix` (nil: the default namespace) in scope at this element.
    public func namespaceURI(forPrefix prefix: String?) -> String? {
        guard let ns = xmlSearchNs(document.pointer, node, prefix), let href = ns.pointee.href else { return nil }
        let uri = String(cString: href)
        return uri.isEmpty ? nil : uri
    }

    static func text(of first: xmlNodePtr?) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = []
        pushChildren(of: first, onto: &stack)
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            case XML_ENTITY_REF_NODE:
                let entity = xmlGetDocEntity(current.pointee.doc, current.pointee.name)
                if let entity, entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY, let content = entity.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                } else if let entity, entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY {
                    pushChildren(of: entity.pointee.children, onto: &stack)
                }
            case XML_ELEMENT_NODE:
                pushChildren(of: current.pointee.children, onto: &stack)
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func pushChildren(of first: xmlNodePtr?, onto stack: inout [xmlNodePtr]) {
        var children: [xmlNodePtr] = []
        var child = first
        while let current = child { children.append(current); child = current.pointee.next }
        stack.append(contentsOf: children.reversed())
    }
}

/// An attribute of an element, its value with entity references expanded.
public struct XMLAttribute: Hashable, Sendable {
    public var localName: String
    public var namespaceURI: String?
    public var value: String
}

extension UInt8 {
    /// Whether the byte is XML whitespace: space, TAB, LF or CR.
    @inlinable public var isXMLSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

extension StringProtocol {
    /// The string without leading and trailing XML whitespace (space, TAB, LF, CR), as XSD's
    /// `whiteSpace="collapse"` does before a non-string value is parsed. A string with nothing to
    /// trim (nearly always) is returned as it is, without allocating.
    ///
    /// Over UTF-8 bytes rather than Characters: schema readers and decoders trim every attribute
    /// and value, and grapheme breaking was a few percent of a large run. XML whitespace is four
    /// ASCII code points, so the bounds found are always scalar boundaries (and XSD's whitespace
    /// rules speak of code points, not of grapheme clusters). Inlinable, so that callers in other
    /// modules get it specialized for `String`.
    @inlinable
    public func trimmingXMLWhitespace() -> String {
        let text = String(self)  // free for a String; `StringProtocol.UTF8View` cannot search backwards
        guard let first = text.utf8.first, let last = text.utf8.last, first.isXMLSpace || last.isXMLSpace else { return text }
        guard let start = text.utf8.firstIndex(where: { !$0.isXMLSpace }), let end = text.utf8.lastIndex(where: { !$0.isXMLSpace }) else {
            return ""
        }
        return String(text[start..<text.utf8.index(after: end)])
    }
}
