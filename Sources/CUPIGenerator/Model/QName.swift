/// A qualified name: a namespace (empty for none) and a local name. Types, elements and
/// attributes are keyed by these, never by prefix or file, so a renamed prefix or a type moved
/// to another file is the same name.
public struct QName: Sendable, Hashable, Comparable, Codable {
    public var namespace: String
    public var name: String

    public init(_ namespace: String, _ name: String) {
        self.namespace = namespace
        self.name = name
    }

    public static let xsdNamespace = "http://www.w3.org/2001/XMLSchema"

    /// A built-in XML Schema type such as `xs:string`.
    public static func xsd(_ name: String) -> QName { QName(xsdNamespace, name) }

    public var isBuiltin: Bool { namespace == QName.xsdNamespace }

    public static func < (a: QName, b: QName) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }

    // Encoded as one string, `{namespace}name` (Clark notation), which keeps dumps compact.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text.hasPrefix("{"), let close = text.firstIndex(of: "}") {
            self.init(String(text[text.index(after: text.startIndex)..<close]), String(text[text.index(after: close)...]))
        } else {
            self.init("", text)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension QName: CustomStringConvertible {
    public var description: String { namespace.isEmpty ? name : "{\(namespace)}\(name)" }
}
