/// How XML Schema's built-in types appear in Swift.
enum BuiltinSwiftType {
    /// The Swift type for built-in `name`.
    static func swiftType(_ name: String) -> String {
        switch name {
        case "boolean": return "Swift.Bool"
        case "integer", "long", "int", "short", "byte", "nonNegativeInteger", "nonPositiveInteger",
             "positiveInteger", "negativeInteger": return "Swift.Int"
        case "unsignedLong": return "Swift.UInt64"
        case "unsignedInt": return "Swift.UInt32"
        case "unsignedShort": return "Swift.UInt16"
        case "unsignedByte": return "Swift.UInt8"
        case "decimal": return "Foundation.Decimal"
        case "double": return "Swift.Double"
        case "float": return "Swift.Float"
        default: return "Swift.String"
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

    /// What a built-in type constrains that its Swift type does not enforce: the bounds of
    /// `xs:int` in an `Int`, the lexical form of `xs:dateTime` in a `String`.
    static func implicitFacets(_ name: String) -> Facets? {
        let zone = #"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"#
        let year = #"-?([1-9][0-9]{3,}|0[0-9]{3})"#
        let month = "(0[1-9]|1[0-2])", day = "(0[1-9]|[12][0-9]|3[01])"
        let time = #"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)"#
        let ncName = #"[\i-[:]][\c-[:]]*"#
        switch name {
        case "int": return Facets(minInclusive: "-2147483648", maxInclusive: "2147483647")
        case "short": return Facets(minInclusive: "-32768", maxInclusive: "32767")
        case "byte": return Facets(minInclusive: "-128", maxInclusive: "127")
        case "nonNegativeInteger": return Facets(minInclusive: "0")
        case "positiveInteger": return Facets(minInclusive: "1")
        case "nonPositiveInteger": return Facets(maxInclusive: "0")
        case "negativeInteger": return Facets(maxInclusive: "-1")
        case "dateTime": return Facets(patterns: [["\(year)-\(month)-\(day)T\(time)\(zone)"]])
        case "date": return Facets(patterns: [["\(year)-\(month)-\(day)\(zone)"]])
        case "time": return Facets(patterns: [[time + zone]])
        case "gYear": return Facets(patterns: [[year + zone]])
        case "gYearMonth": return Facets(patterns: [["\(year)-\(month)\(zone)"]])
        case "gMonthDay": return Facets(patterns: [["--\(month)-\(day)\(zone)"]])
        case "gMonth": return Facets(patterns: [["--\(month)\(zone)"]])
        case "gDay": return Facets(patterns: [["---\(day)\(zone)"]])
        case "duration":
            // The second step rules out a bare `P` or `PT`, which the first admits.
            return Facets(patterns: [[#"-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?"#], [#".*[YMDHS].*"#]])
        case "language": return Facets(patterns: [["[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"]])
        case "NCName", "ID", "IDREF", "ENTITY": return Facets(patterns: [[ncName]])
        case "Name": return Facets(patterns: [[#"\i\c*"#]])
        case "NMTOKEN": return Facets(patterns: [[#"\c+"#]])
        case "hexBinary": return Facets(patterns: [["([0-9a-fA-F]{2})*"]])
        default: return nil
        }
    }

    /// The whitespace rule of a built-in type: `string` keeps its whitespace, `normalizedString`
    /// replaces each whitespace character with a space, every other type collapses it.
    static func whiteSpace(_ name: String) -> String? {
        switch name {
        case "string", "anySimpleType": return nil
        case "normalizedString": return ".replace"
        default: return ".collapse"
        }
    }
}
