import Foundation
import LibXML

/// A type generated code can read from an XML element.
public protocol XMLElementDecodable {
    /// Reads the element `element` is on: its attributes, then its content up to its end tag.
    @_spi(Generated) init(xml element: XMLElementReader) throws
}

/// A type generated code can write as an XML element.
public protocol XMLElementEncodable {
    /// Writes this value's attributes, then its content, into the element `element` has started.
    @_spi(Generated) func encode(xml element: XMLElementWriter)
}

/// A type that can be both read from and written as an XML element.
public typealias XMLElementCodable = XMLElementDecodable & XMLElementEncodable

/// Whole-document XML decoding and encoding.
public enum XMLCoding {
    /// Decodes a document whose root element is `rootName` in `rootNamespace`; a different root is an error.
    ///
    /// The bytes are read in place by a streaming parser: memory use does not grow with the document.
    /// - Throws: `XMLDecodingError` for malformed, truncated or unsafe input (a DOCTYPE), the wrong root,
    ///   or an invalid value; anything `T`'s initializer throws otherwise.
    public static func decode<T: XMLElementDecodable, Bytes: ContiguousBytes>(
        _ type: T.Type, from data: Bytes, rootName: String, rootNamespace: String = ""
    ) throws -> T {
        try read(data, rootName: rootName, rootNamespace: rootNamespace) { root in try T(xml: root) }
    }

    /// Decodes a list document item by item: each child `itemName` (in `itemNamespace`) of the
    /// root is decoded on its own, handed to `body` and dropped, so memory stays that of one item
    /// however long the list; other children are skipped. Errors as `decode`'s, with the item's
    /// path; what `body` throws stops the reading, the items before it having been handed on.
    public static func forEachItem<T: XMLElementDecodable, Bytes: ContiguousBytes>(
        _ type: T.Type, in data: Bytes, rootName: String, rootNamespace: String = "",
        itemName: String, itemNamespace: String = "", _ body: (T) throws -> Void
    ) throws {
        try read(data, rootName: rootName, rootNamespace: rootNamespace) { root in
            try root.forEachChild { child in
                guard child.localName == itemName, child.namespace == itemNamespace else { return }
                try body(try child.decode(T.self))
            }
        }
    }

    /// Reads the document's root element, which must be `rootName`, with `readRoot`.
    private static func read<Result, Bytes: ContiguousBytes>(
        _ data: Bytes, rootName: String, rootNamespace: String, _ readRoot: (XMLElementReader) throws -> Result
    ) throws -> Result {
        try data.withUnsafeBytes { buffer in
            try XMLStreamReader.withReader(bytes: buffer, path: rootName) { stream in
                let context = XMLReadContext(stream: stream)
                do {
                    return try readDocument(context: context, rootName: rootName, rootNamespace: rootNamespace, readRoot)
                } catch let failure as XMLParseFailure {
                    throw context.error(failure)
                } catch let error as XMLValueError {
                    throw context.error(error.message)
                }
            }
        }
    }

    private static func readDocument<Result>(
        context: XMLReadContext, rootName: String, rootNamespace: String, _ readRoot: (XMLElementReader) throws -> Result
    ) throws -> Result {
        let stream = context.stream
        while try stream.read() {
            guard stream.kind == .element else { continue }
            let root = context.enterElement()
            guard root.localName == rootName, root.namespace == rootNamespace else {
                throw root.error("expected root element \(describe(rootName, rootNamespace)), found \(describe(root.localName, root.namespace))")
            }
            let value = try readRoot(root)
            try context.leaveElement(root)
            // Read to the end so that trailing garbage or a truncated epilogue is still an error.
            while try stream.read() {}
            return value
        }
        throw XMLDecodingError(message: "the document has no root element", path: "", line: stream.parserLine)
    }

    private static func describe(_ name: String, _ namespace: String) -> String {
        namespace.isEmpty ? "<\(name)>" : "<\(name)> in namespace '\(namespace)'"
    }

    /// Encodes `value` as a document with root element `rootName`, an XML declaration, UTF-8.
    ///
    /// Characters XML 1.0 cannot carry at all (C0 controls other than TAB, LF, CR; U+FFFE; U+FFFF)
    /// are replaced by U+FFFD so the document stays well-formed; use `encodeChecked` to refuse instead.
    public static func encode<T: XMLElementEncodable>(_ value: T, rootName: String, rootNamespace: String = "") -> Data {
        Data(write(value, rootName: rootName, rootNamespace: rootNamespace).finish())
    }

    /// Like `encode`, but throws rather than replace characters XML 1.0 cannot carry, or drop
    /// attributes written after content.
    public static func encodeChecked<T: XMLElementEncodable>(_ value: T, rootName: String, rootNamespace: String = "") throws -> Data {
        let stream = write(value, rootName: rootName, rootNamespace: rootNamespace)
        if stream.replacedCharacterCount > 0 {
            throw XMLEncodingError(message: "\(stream.replacedCharacterCount) character(s) cannot be represented in XML 1.0")
        }
        if stream.droppedAttributeCount > 0 {
            throw XMLEncodingError(message: "\(stream.droppedAttributeCount) attribute(s) were written after element content")
        }
        return Data(stream.finish())
    }

    private static func write<T: XMLElementEncodable>(_ value: T, rootName: String, rootNamespace: String) -> XMLStreamWriter {
        let stream = XMLStreamWriter()
        stream.startElement(rootName, namespace: rootNamespace)
        value.encode(xml: XMLElementWriter(stream: stream))
        stream.endElement()
        return stream
    }
}
