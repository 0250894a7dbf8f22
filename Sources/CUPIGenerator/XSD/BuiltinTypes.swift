/// The built-in types references may name without a definition in the input.
enum BuiltinTypes {
    static let anyType = QName.xsd("anyType")
    static let anySimpleType = QName.xsd("anySimpleType")

    /// Whether `name` is an XML Schema 1.0 built-in (including `anyType` and `anySimpleType`).
    static func isBuiltin(_ name: QName) -> Bool {
        name.isBuiltin && BuiltinTypeNames.all.contains(name.name)
    }
}

/// The attributes of the `xml:` namespace, which the XML specification fixes. Schemas use them
/// by importing `http://www.w3.org/2001/xml.xsd`, often by its remote URL, which cupi-gen
/// does not fetch; when the input does not define them, these stand in.
enum XMLNamespaceAttributes {
    static let namespace = "http://www.w3.org/XML/1998/namespace"
    private static let types = ["lang": "language", "space": "NCName", "base": "anyURI", "id": "ID"]

    /// The field for `xml:lang`, `xml:space`, `xml:base` or `xml:id`, optional as declared.
    static func attribute(_ name: QName, at location: SourceLocation) -> Field? {
        guard name.namespace == namespace, let type = types[name.name] else { return nil }
        return Field(kind: .attribute, name: name, type: .xsd(type), occurs: .optional, location: location)
    }

    /// The attributes of the `xml:specialAttrs` attribute group.
    static func group(_ name: QName, at location: SourceLocation) -> [Field]? {
        guard name == QName(namespace, "specialAttrs") else { return nil }
        return ["base", "id", "lang", "space"].compactMap { attribute(QName(namespace, $0), at: location) }
    }
}
