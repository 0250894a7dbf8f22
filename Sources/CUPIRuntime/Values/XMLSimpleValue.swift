import LibXML

/// A value with an XML Schema lexical form: element text, an attribute value, or a CUPI-JSON string.
///
/// Generated simple types (enumerations, restricted strings, lists) conform to this protocol, and
/// so do the Swift types the runtime maps XSD built-ins to (see `BuiltinValues.swift`).
public protocol XMLSimpleValue: Sendable {
    /// Parses `lexical`.
    /// - Throws: `XMLValueError` when `lexical` is not a valid lexical form of the type.
    init(lexical: String) throws
    /// Parses a lexical form given as UTF-8 bytes (element text read in place). The default makes
    /// a `String` and calls `init(lexical:)`; booleans and integers parse the bytes themselves,
    /// which spares a decode a string per value for the commonest fields.
    /// - Throws: `XMLValueError` when the bytes are not a valid lexical form of the type.
    init(lexicalUTF8 bytes: UnsafeBufferPointer<UInt8>) throws
    /// The lexical form written to XML and JSON.
    var lexical: String { get }
}

extension XMLSimpleValue {
    /// Makes a `String` of the bytes and calls `init(lexical:)`.
    public init(lexicalUTF8 bytes: UnsafeBufferPointer<UInt8>) throws {
        try self.init(lexical: String(decoding: bytes, as: UTF8.self))
    }
}

extension XMLSimpleValue {
    /// Parses `lexical` through the protocol's throwing requirement. Generated code calls this
    /// rather than `init(lexical:)`, whose own declaration does not throw for some types (String,
    /// enumerations with an `unknown` case): the code then reads alike for every type, and
    /// `try` never marks a call that cannot throw.
    @inlinable
    public static func parse(lexical: String) throws -> Self { try Self(lexical: lexical) }
}

/// A lexical form that does not denote a value of the type it was read as.
public struct XMLValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for example `'abc' is not a valid xs:int`.
    public var message: String

    /// Makes an error with a free-form message.
    public init(message: String) { self.message = message }

    /// Makes the usual error for `lexical`, which is not a valid `typeName` (for example `xs:int`).
    public init(invalid lexical: String, as typeName: String) {
        message = "'\(XMLValueError.clip(lexical))' is not a valid \(typeName)"
    }

    /// The message.
    public var description: String { message }

    /// Long hostile values would swamp a message; the first 64 characters are enough to recognize one.
    static func clip(_ lexical: String) -> String {
        lexical.unicodeScalars.count <= 64 ? lexical : String(String.UnicodeScalarView(lexical.unicodeScalars.prefix(64))) + "…"
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing XML whitespace (space, TAB, LF, CR): `trimmedForXSD`
    /// for a lexical form read in place.
    var trimmedForXSD: Slice<Self> {
        var start = startIndex, end = endIndex
        while start < end, self[start].isXMLSpace { start += 1 }
        while end > start, self[end - 1].isXMLSpace { end -= 1 }
        return self[start..<end]
    }
}

extension String {
    /// The string with leading and trailing XML whitespace (space, TAB, LF, CR) removed, as XSD's
    /// `whiteSpace="collapse"` does before a non-string value is parsed: LibXML's
    /// `trimmingXMLWhitespace()`, under the name generated enumerations call. Unlike Foundation's
    /// `trimmingCharacters(in:)`, it returns the string itself when there is nothing to trim.
    public var trimmedForXSD: String { trimmingXMLWhitespace() }
}
