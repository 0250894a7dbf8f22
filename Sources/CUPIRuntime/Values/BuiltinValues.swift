import Foundation

// The Swift types the generator maps XSD built-in types to. Everything but String trims XML
// whitespace before parsing, because those XSD types have whiteSpace="collapse".

extension String: XMLSimpleValue {
    /// Takes the text as it is (xs:string keeps its whitespace).
    public init(lexical: String) { self = lexical }
    /// The string itself.
    public var lexical: String { self }
}

extension Bool: XMLSimpleValue {
    /// Accepts `true`, `false`, `1` and `0` (xs:boolean); writes `true` or `false`.
    public init(lexical: String) throws {
        switch lexical.trimmedForXSD {
        case "true", "1": self = true
        case "false", "0": self = false
        default: throw XMLValueError(invalid: lexical, as: "xs:boolean")
        }
    }
    /// Parses `true`, `false`, `1` or `0` from UTF-8 bytes, after trimming XML whitespace.
    public init(lexicalUTF8 bytes: UnsafeBufferPointer<UInt8>) throws {
        let text = bytes.trimmedForXSD
        switch text.count {
        case 1 where text.first == UInt8(ascii: "1"): self = true
        case 1 where text.first == UInt8(ascii: "0"): self = false
        case 4 where text.elementsEqual("true".utf8): self = true
        case 5 where text.elementsEqual("false".utf8): self = false
        default: throw XMLValueError(invalid: String(decoding: bytes, as: UTF8.self), as: "xs:boolean")
        }
    }
    /// `true` or `false`.
    public var lexical: String { self ? "true" : "false" }
}

/// Integers of every width share one parser: an optional sign and decimal digits, range-checked.
protocol XSDInteger: FixedWidthInteger, XMLSimpleValue {
    static var xsdName: String { get }
}

extension XSDInteger {
    /// Parses `[+-]?[0-9]+` after trimming XML whitespace, checked against the type's range.
    /// - Throws: `XMLValueError` for another form or a value out of range.
    public init(lexical: String) throws {
        // Swift's own parser accepts exactly XSD's integer lexical space: [+-]?[0-9]+.
        guard let value = Self(lexical.trimmedForXSD, radix: 10) else { throw XMLValueError(invalid: lexical, as: Self.xsdName) }
        self = value
    }
    /// The same lexical space, `[+-]?[0-9]+` after trimming, parsed from the bytes with range checks.
    public init(lexicalUTF8 bytes: UnsafeBufferPointer<UInt8>) throws {
        let text = bytes.trimmedForXSD
        var index = text.startIndex
        let negative = index < text.endIndex && text[index] == UInt8(ascii: "-")
        if index < text.endIndex && (negative || text[index] == UInt8(ascii: "+")) { index += 1 }
        guard index < text.endIndex else { throw XMLValueError(invalid: String(decoding: bytes, as: UTF8.self), as: Self.xsdName) }
        var value: Self = 0
        while index < text.endIndex {
            let digit = text[index] &- UInt8(ascii: "0")
            // Negative values accumulate downwards so that the type's minimum is reachable.
            let (scaled, overflowedScaling) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowedAdding) = negative
                ? scaled.subtractingReportingOverflow(Self(truncatingIfNeeded: digit))
                : scaled.addingReportingOverflow(Self(truncatingIfNeeded: digit))
            guard digit < 10, !overflowedScaling, !overflowedAdding else {
                throw XMLValueError(invalid: String(decoding: bytes, as: UTF8.self), as: Self.xsdName)
            }
            value = next
            index += 1
        }
        self = value
    }
    /// The decimal digits, with a leading `-` for a negative value.
    public var lexical: String { String(self) }
}

extension Int: XSDInteger { static var xsdName: String { "xs:long" } }
extension Int8: XSDInteger { static var xsdName: String { "xs:byte" } }
extension Int16: XSDInteger { static var xsdName: String { "xs:short" } }
extension Int32: XSDInteger { static var xsdName: String { "xs:int" } }
extension Int64: XSDInteger { static var xsdName: String { "xs:long" } }
extension UInt: XSDInteger { static var xsdName: String { "xs:unsignedLong" } }
extension UInt8: XSDInteger { static var xsdName: String { "xs:unsignedByte" } }
extension UInt16: XSDInteger { static var xsdName: String { "xs:unsignedShort" } }
extension UInt32: XSDInteger { static var xsdName: String { "xs:unsignedInt" } }
extension UInt64: XSDInteger { static var xsdName: String { "xs:unsignedLong" } }

extension Double: XMLSimpleValue {
    /// Accepts XSD's forms (`1`, `-1.5E3`, `.5`, `INF`, `-INF`, `NaN`); Swift's own spellings such as
    /// `inf`, `nan` or hexadecimal floats are not XSD and are refused.
    public init(lexical: String) throws {
        let text = lexical.trimmedForXSD
        guard let value = XSDFloatingPoint.parse(text).flatMap(Double.init) else { throw XMLValueError(invalid: lexical, as: "xs:double") }
        self = value
    }
    /// The XSD form: `INF`, `-INF`, `NaN`, or the shortest decimal that reads back as the same value.
    public var lexical: String { XSDFloatingPoint.lexical(description, isNaN: isNaN, isInfinite: isInfinite, sign: sign) }
}

extension Float: XMLSimpleValue {
    /// Accepts the same forms as `Double`.
    public init(lexical: String) throws {
        let text = lexical.trimmedForXSD
        guard let value = XSDFloatingPoint.parse(text).flatMap(Float.init) else { throw XMLValueError(invalid: lexical, as: "xs:float") }
        self = value
    }
    /// The XSD form: `INF`, `-INF`, `NaN`, or the shortest decimal that reads back as the same value.
    public var lexical: String { XSDFloatingPoint.lexical(description, isNaN: isNaN, isInfinite: isInfinite, sign: sign) }
}

extension Decimal: XMLSimpleValue {
    /// Accepts xs:decimal's forms (`-1.50`, `+.5`, `7.`); no exponent. Foundation's `Decimal` keeps
    /// 38 significant digits, which covers every decimal CUPI defines.
    public init(lexical: String) throws {
        let text = lexical.trimmedForXSD
        guard XSDDecimal(text) != nil,
              let value = Decimal(string: text.hasPrefix("+") ? String(text.dropFirst()) : text, locale: Locale(identifier: "en_US_POSIX"))
        else { throw XMLValueError(invalid: lexical, as: "xs:decimal") }
        self = value
    }
    /// The decimal form, without an exponent.
    public var lexical: String { description }
}

/// XSD spellings of floating-point values.
enum XSDFloatingPoint {
    /// The text Swift should parse, or nil when `text` is not an XSD float/double lexical form.
    static func parse(_ text: String) -> String? {
        switch text {
        case "INF", "+INF": return "inf"
        case "-INF": return "-inf"
        case "NaN": return "nan"
        default: break
        }
        var digits = 0
        var sawExponent = false
        var exponentDigits = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard previous == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawExponent else { return nil }
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return nil }
                sawExponent = true
            default:
                return nil
            }
            previous = byte
        }
        guard digits > 0, !sawExponent || exponentDigits > 0 else { return nil }
        guard text.utf8.filter({ $0 == UInt8(ascii: ".") }).count <= 1 else { return nil }
        return text
    }

    static func lexical(_ description: String, isNaN: Bool, isInfinite: Bool, sign: FloatingPointSign) -> String {
        if isNaN { return "NaN" }
        if isInfinite { return sign == .minus ? "-INF" : "INF" }
        return description
    }
}
