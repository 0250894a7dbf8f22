/// An xs:decimal (or xs:integer) held as its digits, so bounds and digit facets compare exactly
/// at any size: never through `Double`, which would round `0.1` or a 20-digit integer.
struct XSDDecimal: Comparable {
    var isNegative: Bool
    /// Integer digits without leading zeros ("" for zero).
    var integerDigits: [UInt8]
    /// Fraction digits without trailing zeros.
    var fractionDigits: [UInt8]

    /// Parses `[+-]?(digits(.digits?)?|.digits)`; nil for anything else.
    init?(_ lexical: String) {
        var bytes = Substring(lexical).utf8[...]
        isNegative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            isNegative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let integerPart = bytes.prefix { $0 != UInt8(ascii: ".") }
        var fractionPart = bytes[integerPart.endIndex...]
        if !fractionPart.isEmpty { fractionPart = fractionPart.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard integerPart.count + fractionPart.count > 0, integerPart.allSatisfy(isDigit), fractionPart.allSatisfy(isDigit) else {
            return nil
        }
        integerDigits = Array(integerPart.drop { $0 == UInt8(ascii: "0") })
        var fraction = Array(fractionPart)
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        fractionDigits = fraction
        if isZero { isNegative = false }
    }

    var isZero: Bool { integerDigits.isEmpty && fractionDigits.isEmpty }

    /// XSD's `totalDigits`: the digits from the first significant integer digit to the last
    /// non-zero fraction digit (0.001 has 3, 100 has 3, 1.50 has 2).
    var totalDigitCount: Int { max(integerDigits.count + fractionDigits.count, 1) }

    /// XSD's `fractionDigits`: fraction digits without trailing zeros.
    var fractionDigitCount: Int { fractionDigits.count }

    static func < (lhs: XSDDecimal, rhs: XSDDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeLess = lessInMagnitude(lhs, rhs)
        let magnitudeGreater = lessInMagnitude(rhs, lhs)
        return lhs.isNegative ? magnitudeGreater : magnitudeLess
    }

    private static func lessInMagnitude(_ lhs: XSDDecimal, _ rhs: XSDDecimal) -> Bool {
        if lhs.integerDigits.count != rhs.integerDigits.count { return lhs.integerDigits.count < rhs.integerDigits.count }
        if lhs.integerDigits != rhs.integerDigits { return lhs.integerDigits.lexicographicallyPrecedes(rhs.integerDigits) }
        // Trailing zeros are gone, so a fraction that is a prefix of the other is the smaller one.
        return lhs.fractionDigits.lexicographicallyPrecedes(rhs.fractionDigits)
    }
}
