/// How XML Schema's built-in types appear in Swift.
enum BuiltinSwiftType {
    /// The Swift type for built-in `name`.
    static func swiftType(_ name: String) -> String {
        switch name {
        case "boolean": return "Bool"
        case "integer", "long", "int", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
             "positiveInteger", "negativeInteger": return "Int"
        case "unsignedLong": return "UInt64"
        case "unsignedInt": return "UInt32"
        case "unsignedShort": return "UInt16"
        case "unsignedByte": return "UInt8"
        case "decimal": return "Decimal"
        case "double": return "Double"
        case "float": return "Float"
        default: return "String"
        }
    }

    /// The value kind `FacetRules` compares bounds by.
    static func valueKind(_ name: String) -> String {
        switch name {
        case "decimal", "integer", "long", "int", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
             "positiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte":
            return ".decimal"
        case "double", "float": return ".float"
        case "dateTime": return ".dateTime"
        case "date": return ".date"
        case "time": return ".time"
        case "duration": return ".duration"
        case "string", "normalizedString", "token", "language", "Name", "NCName", "ID", "IDREF", "ENTITY",
             "NMTOKEN", "anyURI", "QName", "NOTATION", "anySimpleType": return ".string"
        default: return ".other"
        }
    }

    /// Bounds a built-in type has that its Swift type does not enforce (`xs:int` in an `Int`),
    /// as inclusive lexical limits.
    static func implicitBounds(_ name: String) -> (min: String?, max: String?)? {
        switch name {
        case "int": return ("-2147483648", "2147483647")
        case "short": return ("-32768", "32767")
        case "byte": return ("-128", "127")
        case "nonNegativeInteger": return ("0", nil)
        case "positiveInteger": return ("1", nil)
        case "nonPositiveInteger": return (nil, "0")
        case "negativeInteger": return (nil, "-1")
        default: return nil
        }
    }

    /// The whitespace rule of a built-in type, when it is not `collapse` (every non-string type
    /// collapses, and the runtime's parsers already trim).
    static func whiteSpace(_ name: String) -> String? {
        switch name {
        case "string": return nil
        case "normalizedString": return ".replace"
        default: return valueKind(name) == ".string" ? ".collapse" : nil
        }
    }
}
