import LibXML

/// The element an XML decode is positioned on, handed to `XMLElementDecodable.init(xml:)`.
///
/// Valid only inside the call it was given to. Read attributes first, then the content once, with
/// one of `forEachChild`, `text`, `value`, `decode`, `capture` or `mixedContent`; content that is
/// never read is skipped, which is how unknown elements are ignored.
@_spi(Generated) public struct XMLElementReader {
    /// Unmanaged: the decode that made this reader holds the context for longer than any reader
    /// may be used, and readers are copied for every element (a strong reference would cost a
    /// retain and a release each). The per-value paths borrow it through `withContext`, because
    /// even an `unowned(unsafe)` reference is retained and released around each use.
    let contextReference: Unmanaged<XMLReadContext>
    var context: XMLReadContext { contextReference.takeUnretainedValue() }
    let element: XMLStreamElement
    let serial: Int
    /// How many elements are open including this one (the root is 1).
    let level: Int
    /// libxml2's depth of the element (the root is 0).
    var depth: Int { level - 1 }
    let isEmpty: Bool

    /// The element's namespace URI, "" when it has none.
    public var namespace: String { context.stream.namespace(of: element) }

    /// The element's local name (no prefix).
    public var localName: String { context.stream.localName(of: element) }

    /// The 1-based line of the element's start tag.
    public var line: Int { context.stream.line(of: element) }

    /// The element path from the root, e.g. `Users/User[3]/Alias`.
    public var path: String { context.path }

    /// The value of attribute `localName` in `namespace` ("" for none), or nil when absent.
    public func attribute(_ localName: String, namespace: String = "") -> String? {
        element.hasAttributes ? element.attribute(localName, namespace: namespace) : nil
    }

    /// The value of attribute `localName` in `namespace` ("" for none) parsed as `T`, `fallback`
    /// (the schema's default or fixed value) parsed when the attribute is absent, or nil.
    /// One generic call per attribute in generated decoders: no closure for the type checker, and
    /// no `try` over a parse that cannot fail (a warning) when `T` is `String`.
    public func attribute<T: XMLSimpleValue>(
        _ localName: String, namespace: String = "", as type: T.Type, default fallback: String? = nil
    ) throws -> T? {
        guard let lexical = attribute(localName, namespace: namespace) ?? fallback else { return nil }
        return try T(lexical: lexical)
    }

    /// Every attribute except namespace declarations and `xsi:*` attributes, in document order.
    public var attributes: [XMLAttributeValue] {
        guard element.hasAttributes else { return [] }
        return element.attributes.compactMap { attribute in
            attribute.namespace == XMLStreamWriter.xsiNamespace
                ? nil : XMLAttributeValue(namespace: attribute.namespace, localName: attribute.localName, value: attribute.value)
        }
    }

    /// Whether the element carries `xsi:nil="true"` (or `"1"`).
    public var isNil: Bool {
        guard let value = attribute("nil", namespace: XMLStreamWriter.xsiNamespace) else { return false }
        let trimmed = value.trimmedForXSD
        return trimmed == "true" || trimmed == "1"
    }

    /// An error about this element, carrying its path and line, for generated code to throw
    /// (a missing required child, an unexpected value).
    public func error(_ message: String) -> XMLDecodingError {
        XMLDecodingError(message: message, path: context.path, line: line)
    }

    /// Calls `body` for each child element in order; a child the body does not read is skipped whole.
    /// Text between children is ignored (use `mixedContent` for mixed types).
    public func forEachChild(_ body: (XMLElementReader) throws -> Void) throws {
        try beginContent()
        if isEmpty { context.finishedSerial = serial; return }
        let stream = context.stream
        while try stream.read() {
            switch stream.kind {
            case .element:
                let child = context.enterElement()
                try body(child)
                try context.leaveElement(child)
            case .endElement:
                context.finishedSerial = serial
                return
            default:
                continue
            }
        }
        throw context.error("the document ended inside this element")
    }

    /// The element's character content, CDATA included and comments left out; "" when empty.
    /// - Throws: `XMLDecodingError` when the element has a child element.
    public func text() throws -> String {
        try withTextBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The content parsed as `T`: `try T(lexical: text())`, with errors carrying this element's path and line.
    public func value<T: XMLSimpleValue>(_ type: T.Type) throws -> T {
        do {
            return try withTextBytes { try T(lexicalUTF8: $0) }
        } catch let error as XMLValueError {
            throw self.error(error.message)
        }
    }

    /// Calls `parse` with the element's character content as UTF-8 bytes, gathered in the
    /// decode's scratch buffer: one text node is the rule, as libxml2 splits text only around
    /// comments and CDATA.
    private func withTextBytes<R>(_ parse: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        try withContext { context in
            try beginContent(context)
            if isEmpty {
                context.finishedSerial = serial
                return try parse(UnsafeBufferPointer(start: nil, count: 0))
            }
            let stream = context.stream
            context.scratch.removeAll()
            while try stream.read() {
                switch stream.kind {
                case .text, .cdata, .whitespace:
                    // Copied, not kept as a pointer: libxml2 frees a text node once the reader moves on.
                    stream.withValueBytes { context.scratch.append($0) }
                case .element:
                    let child = context.enterElement()
                    throw context.error("unexpected element <\(child.localName)> inside a simple value")
                case .endElement:
                    context.finishedSerial = serial
                    return try parse(context.scratch.bytes)
                default:
                    continue
                }
            }
            throw context.error("the document ended inside this element")
        }
    }

    /// The element decoded as `T`: `try T(xml: self)`.
    public func decode<T: XMLElementDecodable>(_ type: T.Type) throws -> T {
        try T(xml: self)
    }

    /// The whole element as an untyped tree (for `xs:any`). Whitespace-only text between child
    /// elements is indentation and is dropped; in an element without children all text is kept.
    public func capture() throws -> AnyXMLElement {
        var nodes: [XMLNode] = []
        var sawElement = false
        try readContent(into: &nodes) { child in
            sawElement = true
            return false
        }
        if sawElement {
            nodes.removeAll { node in
                if case .text(let text) = node { return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
                return false
            }
        }
        return AnyXMLElement(namespace: namespace, localName: localName, attributes: attributes, children: nodes)
    }

    /// Children and text in document order (for mixed content). `element` is called for each child
    /// element (as in `forEachChild`) and returns whether it handled it; the result holds every text
    /// run, the child elements `element` did not handle as captured trees, and a `typedChild`
    /// placeholder where it handled one, so that encoding can put it back in its place.
    public func mixedContent(_ element: (XMLElementReader) throws -> Bool) throws -> [XMLNode] {
        var nodes: [XMLNode] = []
        try readContent(into: &nodes, element)
        return nodes
    }

    private func readContent(into nodes: inout [XMLNode], _ handle: (XMLElementReader) throws -> Bool) throws {
        try beginContent()
        if isEmpty { context.finishedSerial = serial; return }
        let stream = context.stream
        // Text merges only with text read just before it, never across a child element, handled or not.
        var textIndex: Int?
        while try stream.read() {
            switch stream.kind {
            case .text, .cdata, .whitespace:
                if let textIndex, case .text(let previous) = nodes[textIndex] {
                    nodes[textIndex] = .text(previous + stream.value)
                } else {
                    textIndex = nodes.count
                    nodes.append(.text(stream.value))
                }
            case .element:
                textIndex = nil
                let child = context.enterElement()
                if try handle(child) {
                    // Named only now, so that `capture` (which handles nothing) pays nothing: the
                    // reader is still on the child, at its end tag, as `capture` relies on too.
                    nodes.append(.typedChild(namespace: child.namespace, localName: child.localName))
                } else if context.unreadSerial == child.serial {
                    nodes.append(.element(try child.capture()))
                }
                try context.leaveElement(child)
            case .endElement:
                context.finishedSerial = serial
                return
            default:
                continue
            }
        }
        throw context.error("the document ended inside this element")
    }

    /// Claims this element's content; content can be read once.
    func beginContent() throws {
        try withContext(beginContent)
    }

    func beginContent(_ context: XMLReadContext) throws {
        guard context.unreadSerial == serial else {
            throw context.error("the content of <\(localName)> was already read")
        }
        context.unreadSerial = -1
    }

    /// Calls `body` with the context, borrowed without a retain.
    @inline(__always)
    func withContext<R>(_ body: (XMLReadContext) throws -> R) rethrows -> R {
        try contextReference._withUnsafeGuaranteedRef(body)
    }
}
