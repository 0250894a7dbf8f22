import CLibXML2
import Foundation

/// A forward-only pull reader over an in-memory XML document (libxml2's `xmlTextReader`).
///
/// It never holds more than the current branch of the document, so memory stays flat however
/// large the input is, and it reads the caller's bytes in place rather than copying them.
/// Untrusted input is safe: the options are `XMLDocument`'s (no network, no DTD loading, no
/// entity substitution, libxml2's depth limit kept), and any DOCTYPE is refused outright because
/// payloads never need one; that also rules out entity references other than the predefined five.
public final class XMLStreamReader {
    @usableFromInline let reader: xmlTextReaderPtr
    private let errors: StreamErrors
    private let errorBox: Unmanaged<StreamErrors>
    /// The name used for this document in diagnostics.
    public let path: String
    /// What changes as the reader moves, behind a pointer: a stored property of a class that
    /// changes on every node costs a dynamic exclusivity check per access, a large share of a
    /// decode's own time. A reader is used from one thread, one call at a time.
    @usableFromInline struct Position {
        /// The result of a `skipElement()` that already moved the reader; the next `read()` returns it.
        var pendingResult: Int32?
        @usableFromInline var kind = XMLStreamNodeKind.other
        var names = InternedNames()
        var lastNamespaceBytes: [UInt8] = []
        var lastNamespace = ""
    }

    @usableFromInline let position: UnsafeMutablePointer<Position>

    /// Runs `body` with a reader over `bytes`, which libxml2 reads in place for the whole call.
    /// - Throws: `XMLParseFailure` when libxml2 cannot set up a reader, or whatever `body` throws.
    public static func withReader<R>(
        bytes: UnsafeRawBufferPointer, path: String, _ body: (XMLStreamReader) throws -> R
    ) throws -> R {
        LibXML.initialize()
        guard bytes.count <= Int(Int32.max) else {
            throw XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: "document is larger than 2 GiB", path: path, line: nil, column: nil)])
        }
        let empty: StaticString = ""
        let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            ?? UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(base, Int32(bytes.count), path, nil, XMLDocument.safeOptions) else {
            throw XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: "cannot allocate an XML reader", path: path, line: nil, column: nil)])
        }
        let stream = XMLStreamReader(reader: reader, path: path)
        return try body(stream)
    }

    private init(reader: xmlTextReaderPtr, path: String) {
        self.reader = reader
        self.path = path
        self.errors = StreamErrors(path: path)
        self.errorBox = Unmanaged.passRetained(errors)
        position = .allocate(capacity: 1)
        position.initialize(to: Position())
        xmlTextReaderSetStructuredErrorHandler(reader, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<StreamErrors>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }, errorBox.toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        errorBox.release()
        position.deinitialize(count: 1)
        position.deallocate()
    }

    /// Moves to the next node in document order.
    /// - Returns: false at the end of the document.
    /// - Throws: `XMLParseFailure` for malformed or truncated input (with libxml2's line and column),
    ///   a DOCTYPE, or an entity reference.
    public func read() throws(XMLParseFailure) -> Bool {
        let result: Int32
        if let pending = position.pointee.pendingResult {
            position.pointee.pendingResult = nil
            result = pending
        } else {
            result = xmlTextReaderRead(reader)
        }
        // libxml2 reports namespace errors (an unbound prefix) without stopping, so check the
        // collector too: a payload that is not namespace-well-formed is not read at all.
        if result < 0 || errors.failed { throw failure() }
        if result == 0 { position.pointee.kind = .other; return false }
        let type = xmlTextReaderNodeType(reader)
        switch type {
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            throw failure("DOCTYPE declarations are refused: payloads never need one, and DTDs can define entity bombs")
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
            throw failure("entity references are refused")
        default:
            position.pointee.kind = XMLStreamNodeKind(readerType: type)
            return true
        }
    }

    /// Moves past the element the reader is on (start tag to end tag); the next `read()` returns
    /// the node after it. On any other node it is the same as `read()` followed by nothing.
    public func skipElement() throws(XMLParseFailure) {
        let result = xmlTextReaderNext(reader)
        if result < 0 || errors.failed { throw failure() }
        position.pointee.pendingResult = result
    }

    /// The kind of node the last `read()` moved to. Kept rather than asked of libxml2 again: decoders
    /// test it several times per node.
    @inlinable public var kind: XMLStreamNodeKind { position.pointee.kind }

    /// The nesting depth of the current node (the root element is 0).
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Whether the current element is written `<name/>` (it has no end-element node).
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The element the reader is on; valid until the reader moves past that element's end.
    public var currentElement: XMLStreamElement? {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLStreamElement(node: node)
    }

    /// Calls `body` with the UTF-8 bytes of the current text, CDATA or whitespace node.
    /// Inlinable: a decode calls it for every value, and a call across modules cannot be specialized.
    @inlinable
    public func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let value = xmlTextReaderConstValue(reader) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    /// The value of the current text node as a string.
    public var value: String { withValueBytes { String(decoding: $0, as: UTF8.self) } }

    /// The local name of `element`; the string is made once per distinct name and then reused.
    public func localName(of element: XMLStreamElement) -> String {
        guard let name = element.node.pointee.name else { return "" }
        return position.pointee.names.string(for: name)
    }

    /// The namespace URI of `element`, or "" when it has none.
    public func namespace(of element: XMLStreamElement) -> String {
        guard let href = element.node.pointee.ns?.pointee.href else { return "" }
        let bytes = UnsafeBufferPointer(start: href, count: Int(xmlStrlen(href)))
        // Documents use one or two namespaces, so remembering the last one avoids nearly every allocation.
        if !bytes.elementsEqual(position.pointee.lastNamespaceBytes) {
            position.pointee.lastNamespaceBytes = Array(bytes)
            position.pointee.lastNamespace = String(decoding: bytes, as: UTF8.self)
        }
        return position.pointee.lastNamespace
    }

    /// The line of `element`'s start tag. libxml2 stores element lines in 16 bits, so beyond
    /// line 65534 this is the parser's position, at most a few lines past the start tag.
    public func line(of element: XMLStreamElement) -> Int {
        let line = Int(element.node.pointee.line)
        return line < 65535 ? line : max(line, parserLine)
    }

    /// The line the parser has reached (for errors that are not about one element).
    public var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The column the parser has reached.
    public var parserColumn: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    private func failure(_ message: String? = nil) -> XMLParseFailure {
        if let message {
            return XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: message, path: path, line: parserLine, column: parserColumn)])
        }
        let problems = errors.collector.problems.filter { $0.severity == .error }
        return XMLParseFailure(problems: problems.isEmpty
            ? [XMLProblem(severity: .error, message: "not well-formed XML", path: path, line: parserLine, column: parserColumn)]
            : problems)
    }
}

/// The node kinds a payload reader cares about.
public enum XMLStreamNodeKind: Sendable, Hashable {
    case element, endElement, text, cdata, whitespace, comment, processingInstruction, other

    init(readerType: Int32) {
        switch UInt32(bitPattern: readerType) {
        case XML_READER_TYPE_ELEMENT.rawValue: self = .element
        case XML_READER_TYPE_END_ELEMENT.rawValue: self = .endElement
        case XML_READER_TYPE_TEXT.rawValue: self = .text
        case XML_READER_TYPE_CDATA.rawValue: self = .cdata
        case XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue: self = .whitespace
        case XML_READER_TYPE_COMMENT.rawValue: self = .comment
        case XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue: self = .processingInstruction
        default: self = .other
        }
    }

    /// Whether the node is character data (text, CDATA or whitespace).
    public var isCharacterData: Bool { self == .text || self == .cdata || self == .whitespace }
}

/// Strings for libxml2's interned names, keyed by the interned pointer.
///
/// The reader's dictionary gives each distinct name one pointer for the reader's lifetime, so a
/// small direct-mapped cache turns the per-element name into a pointer compare instead of an
/// allocation and a UTF-8 decode.
struct InternedNames {
    private static let size = 512
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: size)
    private var values = [String](repeating: "", count: size)

    mutating func string(for name: UnsafePointer<xmlChar>) -> String {
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: name) >> 4) & (Self.size - 1)
        if keys[slot] == name { return values[slot] }
        let string = String(cString: name)
        keys[slot] = name
        values[slot] = string
        return string
    }
}

/// libxml2's reports for one reader, with a flag the hot path can test without scanning them.
final class StreamErrors {
    let collector: XMLProblemCollector
    private(set) var failed = false

    init(path: String) { collector = XMLProblemCollector(path: path) }

    func record(_ error: xmlError) {
        if error.level.rawValue >= XML_ERR_ERROR.rawValue { failed = true }
        collector.record(error)
    }
}
