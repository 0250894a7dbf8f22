/// Writes an XML document, start tag by end tag, into a byte buffer (UTF-8).
///
/// It is written in Swift rather than over libxml2's `xmlTextWriter`: that writer copies
/// characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) into the output verbatim,
/// producing a document no parser accepts, and escaping here costs one pass over the bytes with
/// no C round trips. Element names are written unprefixed: an element whose namespace differs from
/// its parent's gets a default-namespace declaration. Namespaced attributes get a prefix declared
/// on the element that needs it (`xsi` and `xml` keep their conventional prefixes).
public final class XMLStreamWriter {
    /// The namespace of `xsi:nil` and `xsi:type`.
    public static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    /// The namespace bound to the reserved prefix `xml`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The document so far.
    public private(set) var bytes: [UInt8] = []
    /// How many characters XML 1.0 cannot represent were replaced by U+FFFD.
    public private(set) var replacedCharacterCount = 0
    /// How many attributes arrived after their element's content had begun and were dropped.
    public private(set) var droppedAttributeCount = 0

    private struct Scope {
        var name: String
        var defaultNamespace: String
        var bindings: [(prefix: String, uri: String)] = []
    }

    private var scopes: [Scope] = []
    private var startTagOpen = false
    private var prefixCounter = 0

    /// Starts a document, with an XML declaration unless `declaration` is false.
    public init(declaration: Bool = true, capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        if declaration { bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8) }
    }

    /// Opens an element; until its first child or text, `attribute` adds to its start tag.
    public func startElement(_ localName: String, namespace: String = "") {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: localName.utf8)
        if namespace != (scopes.last?.defaultNamespace ?? "") {
            bytes.append(contentsOf: #" xmlns=""#.utf8)
            appendEscaped(namespace, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
        scopes.append(Scope(name: localName, defaultNamespace: namespace))
        startTagOpen = true
    }

    /// Adds an attribute to the element just started. Attributes written after the element's
    /// content has begun cannot be placed and are dropped (and counted).
    public func attribute(_ localName: String, namespace: String = "", value: String) {
        guard startTagOpen else {
            droppedAttributeCount += 1
            return
        }
        // The prefix first: finding it may declare it on this start tag.
        let prefix = namespace.isEmpty ? nil : prefix(for: namespace)
        bytes.append(UInt8(ascii: " "))
        if let prefix {
            bytes.append(contentsOf: prefix.utf8)
            bytes.append(UInt8(ascii: ":"))
        }
        bytes.append(contentsOf: localName.utf8)
        bytes.append(contentsOf: #"=""#.utf8)
        appendEscaped(value, inAttribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes character data, escaped.
    public func text(_ text: String) {
        closeStartTag()
        appendEscaped(text, inAttribute: false)
    }

    /// Closes the innermost open element (`<name/>` when it has no content).
    public func endElement() {
        guard let scope = scopes.popLast() else { return }
        if startTagOpen {
            bytes.append(contentsOf: "/>".utf8)
            startTagOpen = false
        } else {
            bytes.append(contentsOf: "</".utf8)
            bytes.append(contentsOf: scope.name.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// Closes every open element and returns the document.
    public func finish() -> [UInt8] {
        while !scopes.isEmpty { endElement() }
        return bytes
    }

    private func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    /// The prefix bound to `namespace` here, declaring one on the open start tag when none is in scope.
    private func prefix(for namespace: String) -> String {
        if namespace == Self.xmlNamespace { return "xml" }
        for scope in scopes.reversed() {
            if let binding = scope.bindings.last(where: { $0.uri == namespace }), boundURI(binding.prefix) == namespace {
                return binding.prefix
            }
        }
        var prefix = namespace == Self.xsiNamespace ? "xsi" : ""
        while prefix.isEmpty || boundURI(prefix) != nil {
            prefixCounter += 1
            prefix = "ns\(prefixCounter)"
        }
        bytes.append(contentsOf: " xmlns:\(prefix)=\"".utf8)
        appendEscaped(namespace, inAttribute: true)
        bytes.append(UInt8(ascii: "\""))
        scopes[scopes.count - 1].bindings.append((prefix, namespace))
        return prefix
    }

    private func boundURI(_ prefix: String) -> String? {
        for scope in scopes.reversed() {
            if let binding = scope.bindings.last(where: { $0.prefix == prefix }) { return binding.uri }
        }
        return nil
    }

    private func appendEscaped(_ string: String, inAttribute: Bool) {
        var string = string
        string.withUTF8 { utf8 in
            replacedCharacterCount += XMLEscaping.append(utf8, inAttribute: inAttribute, to: &bytes)
        }
    }
}
