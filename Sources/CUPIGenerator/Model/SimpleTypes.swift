/// An atomic simple type: a base and the facets that restrict it.
public struct SimpleType: Sendable, Hashable, Codable {
    /// The type this one restricts (built-in or defined).
    public var base: QName
    /// The built-in type at the root of the derivation chain (`xs:int`, `xs:string`, …).
    public var builtin: QName
    /// The effective facets, merged along the derivation chain.
    public var facets: Facets

    public init(base: QName, builtin: QName, facets: Facets = Facets()) {
        self.base = base
        self.builtin = builtin
        self.facets = facets
    }
}

/// A simple type whose values are enumerated.
public struct Enumeration: Sendable, Hashable, Codable {
    public var base: QName
    public var builtin: QName
    /// The allowed values, in document order.
    public var values: [EnumerationValue]
    /// The other effective facets (pattern, length, …), which still apply.
    public var facets: Facets

    public init(base: QName, builtin: QName, values: [EnumerationValue], facets: Facets = Facets()) {
        self.base = base
        self.builtin = builtin
        self.values = values
        self.facets = facets
    }
}

public struct EnumerationValue: Sendable, Hashable, Codable {
    public var value: String
    public var documentation: String?
    public var location: SourceLocation

    public init(value: String, documentation: String? = nil, location: SourceLocation) {
        self.value = value
        self.documentation = documentation
        self.location = location
    }
}

/// `xs:list`: whitespace-separated items of one simple type.
public struct ListType: Sendable, Hashable, Codable {
    public var itemType: QName
    /// Facets on the list itself (length counts items).
    public var facets: Facets

    public init(itemType: QName, facets: Facets = Facets()) {
        self.itemType = itemType
        self.facets = facets
    }
}

/// `xs:union`: a value of any member type, tried in order.
public struct UnionType: Sendable, Hashable, Codable {
    public var memberTypes: [QName]
    public var facets: Facets

    public init(memberTypes: [QName], facets: Facets = Facets()) {
        self.memberTypes = memberTypes
        self.facets = facets
    }
}

/// Constraining facets. Bounds are kept as the schema's lexical values, since their meaning
/// depends on the base type (a number, a date, a duration).
public struct Facets: Sendable, Hashable, Codable {
    public var length: Int?
    public var minLength: Int?
    public var maxLength: Int?
    /// One entry per derivation step: a value must match one pattern of every step.
    public var patterns: [[String]]
    public var minInclusive: String?
    public var maxInclusive: String?
    public var minExclusive: String?
    public var maxExclusive: String?
    public var totalDigits: Int?
    public var fractionDigits: Int?
    /// `preserve`, `replace` or `collapse`.
    public var whiteSpace: String?

    public init(length: Int? = nil, minLength: Int? = nil, maxLength: Int? = nil, patterns: [[String]] = [],
                minInclusive: String? = nil, maxInclusive: String? = nil, minExclusive: String? = nil,
                maxExclusive: String? = nil, totalDigits: Int? = nil, fractionDigits: Int? = nil,
                whiteSpace: String? = nil) {
        self.length = length
        self.minLength = minLength
        self.maxLength = maxLength
        self.patterns = patterns
        self.minInclusive = minInclusive
        self.maxInclusive = maxInclusive
        self.minExclusive = minExclusive
        self.maxExclusive = maxExclusive
        self.totalDigits = totalDigits
        self.fractionDigits = fractionDigits
        self.whiteSpace = whiteSpace
    }

    public var isEmpty: Bool { self == Facets() }
}
