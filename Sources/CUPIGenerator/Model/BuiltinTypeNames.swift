/// The built-in types of XML Schema 1.0 (Part 2), plus `anyType`, by local name.
public enum BuiltinTypeNames {
    public static let all: Set<String> = [
        "anyType", "anySimpleType",
        // primitive
        "string", "boolean", "decimal", "float", "double", "duration", "dateTime", "time", "date",
        "gYearMonth", "gYear", "gMonthDay", "gDay", "gMonth", "hexBinary", "base64Binary", "anyURI",
        "QName", "NOTATION",
        // derived
        "normalizedString", "token", "language", "NMTOKEN", "NMTOKENS", "Name", "NCName", "ID",
        "IDREF", "IDREFS", "ENTITY", "ENTITIES", "integer", "nonPositiveInteger", "negativeInteger",
        "long", "int", "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte", "positiveInteger",
    ]
}
