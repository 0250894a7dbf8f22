import LibXML

/// The child elements of one element, in order, each with its position among the names a
/// generated decoder knows: what generated `init(xml:)` loops over.
///
/// A loop rather than `forEachChild`'s closure keeps the decoder one plain function (the Swift
/// type checker takes far longer over a closure with a hundred-case `switch`), and the position
/// turns the dispatch into a `switch` over integers. A child the loop body does not read is
/// skipped whole when `next()` moves on.
@_spi(Generated) public struct XMLChildren {
    private let parent: XMLElementReader
    private let names: XMLChildNames
    private var current: XMLElementReader?
    private var finished: Bool
    /// The name and namespace identities of the last child, so that a run of same-named children
    /// (a list) is matched by comparing two pointers.
    private var lastName: UnsafeRawPointer?
    private var lastNamespace: UnsafeRawPointer?
    /// The position of the last child whose name the decoder knows: where the next is looked for.
    private var cursor = -1

    /// The position in the decoder's names of the child `next()` returned last, or -1 when the
    /// decoder does not know its name.
    public private(set) var position = -1

    init(parent: XMLElementReader, names: XMLChildNames) throws {
        self.parent = parent
        self.names = names
        try parent.beginContent()
        finished = parent.isEmpty
        if finished { parent.context.finishedSerial = parent.serial }
    }

    /// The next child element, or nil after the last one (the parent's end tag has then been read).
    public mutating func next() throws -> XMLElementReader? {
        if finished { return nil }
        let reference = parent.contextReference
        return try reference._withUnsafeGuaranteedRef { try advance($0) }
    }

    private mutating func advance(_ context: XMLReadContext) throws -> XMLElementReader? {
        if let current {
            self.current = nil
            try context.leaveElement(current)
        }
        let stream = context.stream
        while try stream.read() {
            switch stream.kind {
            case .element:
                let child = context.enterElement()
                current = child
                position = match(child.element, stream: stream)
                return child
            case .endElement:
                finished = true
                context.finishedSerial = parent.serial
                return nil
            default:
                continue
            }
        }
        throw context.error("the document ended inside this element")
    }

    private static let lookahead = 8

    private mutating func match(_ element: XMLStreamElement, stream: XMLStreamReader) -> Int {
        let name = element.nameToken, namespace = element.namespaceToken
        if name == lastName && namespace == lastNamespace { return position }
        lastName = name
        lastNamespace = namespace
        // A document leaves out most optional children, so the next child is usually a few names
        // further on in schema order: a few byte comparisons, cheaper than hashing the name.
        for candidate in cursor + 1..<min(cursor + 1 + Self.lookahead, names.count) where names.element(element, isAt: candidate) {
            cursor = candidate
            return candidate
        }
        guard let found = names.position(localName: stream.localName(of: element), namespace: stream.namespace(of: element)) else { return -1 }
        cursor = found
        return found
    }
}

extension XMLElementReader {
    /// The element's children, for a loop that decodes them by their position in `names`.
    /// Like the other content reads, this claims the element's content.
    public func children(_ names: XMLChildNames) throws -> XMLChildren {
        try XMLChildren(parent: self, names: names)
    }
}
