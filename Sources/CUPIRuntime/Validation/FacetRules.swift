/// How XSD normalizes whitespace in a value before checking facets.
@_spi(Generated) public enum WhiteSpace: Sendable, Hashable {
    /// Keep the value as is.
    case preserve
    /// Turn TAB, LF and CR into spaces.
    case replace
    /// Replace, then squeeze runs of spaces into one and trim both ends.
    case collapse
}

/// What a simple type's values are, which decides how its bound facets compare.
@_spi(Generated) public enum ValueKind: Sendable, Hashable {
    /// Text: bounds do not apply; lengths count characters.
    case string
    /// xs:decimal and every integer type: exact decimal comparison of the lexical forms.
    case decimal
    /// xs:float and xs:double (INF, -INF; NaN violates every bound).
    case float
    /// xs:dateTime, xs:date and xs:time: compared as points in time, with and without a zone.
    case dateTime, date, time
    /// xs:duration: compared by adding it to the four reference dates XSD names.
    case duration
    /// Anything else (QName, anyURI, binary, gYear, …): bounds are not compared.
    case other
}

/// The facets of one simple type; generated code builds one `static let` per constrained type
/// and calls `check` from `validate(at:into:)`.
@_spi(Generated) public struct FacetRules: Sendable {
    /// `xs:length`: exactly this many characters (or list items).
    public let length: Int?
    /// `xs:minLength`: the fewest characters (or list items).
    public let minLength: Int?
    /// `xs:maxLength`: the most characters (or list items).
    public let maxLength: Int?
    /// One list per derivation step; a value must match one pattern of every step.
    public var patterns: [[String]] { compiledPatterns.steps }
    /// `xs:enumeration`: the allowed lexical values; empty when any value is allowed.
    public let enumeration: [String]
    /// `xs:minInclusive`, as written in the schema.
    public let minInclusive: String?
    /// `xs:maxInclusive`, as written in the schema.
    public let maxInclusive: String?
    /// `xs:minExclusive`, as written in the schema.
    public let minExclusive: String?
    /// `xs:maxExclusive`, as written in the schema.
    public let maxExclusive: String?
    /// `xs:totalDigits`: the most significant digits.
    public let totalDigits: Int?
    /// `xs:fractionDigits`: the most digits after the point.
    public let fractionDigits: Int?
    /// `xs:whiteSpace`, applied before the other facets.
    public let whiteSpace: WhiteSpace?
    /// What the values are, which decides how bounds compare.
    public let kind: ValueKind
    private let compiledPatterns: CompiledPatterns

    /// Makes the rules of one simple type; patterns are compiled once, here.
    public init(length: Int? = nil, minLength: Int? = nil, maxLength: Int? = nil,
                patterns: [[String]] = [],
                enumeration: [String] = [],
                minInclusive: String? = nil, maxInclusive: String? = nil,
                minExclusive: String? = nil, maxExclusive: String? = nil,
                totalDigits: Int? = nil, fractionDigits: Int? = nil,
                whiteSpace: WhiteSpace? = nil,
                kind: ValueKind) {
        self.length = length
        self.minLength = minLength
        self.maxLength = maxLength
        self.compiledPatterns = CompiledPatterns(steps: patterns.filter { !$0.isEmpty })
        self.enumeration = enumeration
        self.minInclusive = minInclusive
        self.maxInclusive = maxInclusive
        self.minExclusive = minExclusive
        self.maxExclusive = maxExclusive
        self.totalDigits = totalDigits
        self.fractionDigits = fractionDigits
        self.whiteSpace = whiteSpace
        self.kind = kind
    }

    /// Checks `lexical` against every facet, after whitespace normalization; appends one issue
    /// (carrying `lexical` as written) per violated facet.
    public func check(_ lexical: String, at path: String, into issues: inout [ValidationIssue]) {
        let value = normalize(lexical)
        var rules: [String] = []
        if kind == .string || kind == .other {
            // XSD counts characters, which are Unicode scalars, not grapheme clusters.
            checkLength(value.unicodeScalars.count, into: &rules)
        }
        rules += compiledPatterns.failures(value)
        if !enumeration.isEmpty, !enumeration.contains(where: { FacetBounds.equal(normalize($0), value, kind: kind) }) {
            rules.append("enumeration")
        }
        rules += FacetBounds.violations(of: value, in: self)
        if kind == .decimal, totalDigits != nil || fractionDigits != nil {
            if let decimal = XSDDecimal(value) {
                if let totalDigits, decimal.totalDigitCount > totalDigits { rules.append("totalDigits \(totalDigits)") }
                if let fractionDigits, decimal.fractionDigitCount > fractionDigits { rules.append("fractionDigits \(fractionDigits)") }
            } else if !rules.contains("type decimal") {
                rules.append("type decimal")
            }
        }
        for rule in rules { issues.append(ValidationIssue(path: path, rule: rule, value: lexical)) }
    }

    /// For list types: the length facets count items; pattern and enumeration apply to the
    /// space-separated list as a whole, as XSD says.
    public func checkList(_ items: [String], at path: String, into issues: inout [ValidationIssue]) {
        let joined = items.joined(separator: " ")
        var rules: [String] = []
        checkLength(items.count, into: &rules)
        rules += compiledPatterns.failures(joined)
        if !enumeration.isEmpty, !enumeration.contains(where: { WhiteSpace.collapse.apply($0) == joined }) {
            rules.append("enumeration")
        }
        for rule in rules { issues.append(ValidationIssue(path: path, rule: rule, value: joined)) }
    }

    private func checkLength(_ count: Int, into rules: inout [String]) {
        if let length, count != length { rules.append("length \(length)") }
        if let minLength, count < minLength { rules.append("minLength \(minLength)") }
        if let maxLength, count > maxLength { rules.append("maxLength \(maxLength)") }
    }

    /// Strings preserve whitespace unless told otherwise; every other kind collapses it.
    private func normalize(_ value: String) -> String {
        (whiteSpace ?? (kind == .string ? .preserve : .collapse)).apply(value)
    }
}

extension WhiteSpace {
    /// `value` normalized as this facet says.
    func apply(_ value: String) -> String {
        switch self {
        case .preserve:
            return value
        case .replace:
            guard value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return value }
            return String(String.UnicodeScalarView(value.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
        case .collapse:
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            return value.split(whereSeparator: { $0.unicodeScalars.allSatisfy { isSpace(UInt8(truncatingIfNeeded: $0.value)) && $0.isASCII } })
                .joined(separator: " ")
        }
    }
}
