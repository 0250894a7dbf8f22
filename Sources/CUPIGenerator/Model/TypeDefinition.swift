/// A schema type, resolved: references bound to qualified names, extensions flattened, facets
/// merged along the derivation chain.
public struct TypeDefinition: Sendable, Hashable, Codable {
    /// The type's name. An anonymous type gets a name derived from where it stands, containing
    /// a `/` so it can never collide with a real name: `/User` for the type of global element
    /// `User`, `Callhandler/Greetings` for the type of local element `Greetings` in type
    /// `Callhandler`, `Record/choice(1)` for the first choice group of `Record`.
    public var name: QName
    public var isAnonymous: Bool
    public var kind: Kind
    public var documentation: String?
    public var location: SourceLocation

    public init(name: QName, isAnonymous: Bool = false, kind: Kind, documentation: String? = nil, location: SourceLocation) {
        self.name = name
        self.isAnonymous = isAnonymous
        self.kind = kind
        self.documentation = documentation
        self.location = location
    }

    public enum Kind: Sendable, Hashable, Codable {
        /// A complex type: fields in content order.
        case record(Record)
        /// A `choice` group that stands as a field of a record: exactly one alternative.
        case choice(Choice)
        /// An atomic simple type restricted by facets.
        case simple(SimpleType)
        /// An atomic simple type with enumeration facets.
        case enumeration(Enumeration)
        /// A whitespace-separated list of an item type.
        case list(ListType)
        /// A union of member types.
        case union(UnionType)
    }
}

/// A complex type's content.
public struct Record: Sendable, Hashable, Codable {
    public enum Derivation: String, Sendable, Hashable, Codable { case `extension`, restriction }

    /// The type this one derives from (complexContent or simpleContent), if any.
    public var base: QName?
    public var derivation: Derivation?
    /// The effective fields: for an extension, the base's fields first, then this type's own.
    /// Elements and groups in content order, then attributes, then a wildcard attribute.
    public var fields: [Field]
    public var isAbstract: Bool
    /// Character data may appear between child elements.
    public var isMixed: Bool

    public init(base: QName? = nil, derivation: Derivation? = nil, fields: [Field] = [],
                isAbstract: Bool = false, isMixed: Bool = false) {
        self.base = base
        self.derivation = derivation
        self.fields = fields
        self.isAbstract = isAbstract
        self.isMixed = isMixed
    }
}

/// A `choice` group: exactly one alternative appears (per occurrence of the group field).
public struct Choice: Sendable, Hashable, Codable {
    /// Each alternative is an element, a `sequence` or `choice` field, or an `any` wildcard.
    public var alternatives: [Field]

    public init(alternatives: [Field]) { self.alternatives = alternatives }
}

/// One part of a record's content, or one alternative of a choice.
public struct Field: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A child element (`name` is its qualified name).
        case element
        /// An attribute (`name` is its qualified name).
        case attribute
        /// The character content of a simpleContent type (`type` is its simple type).
        case text
        /// An inline group that repeats or sits in a choice: `type` names a synthesized record.
        case sequence
        /// An inline choice group: `type` names a synthesized `.choice` type.
        case choice
        /// An element wildcard (`xs:any`).
        case any
        /// An attribute wildcard (`xs:anyAttribute`).
        case anyAttribute
    }

    public var kind: Kind
    public var name: QName?
    /// The value's type; nil for wildcards.
    public var type: QName?
    public var occurs: Occurrence
    public var isNillable: Bool
    public var defaultValue: String?
    public var fixedValue: String?
    /// For an element declared by `ref` to a global element: that element's name.
    public var reference: QName?
    /// Global elements that may appear in place of this one (its substitution group, transitively,
    /// abstract members left out), sorted.
    public var substitutes: [QName]
    /// For wildcards: the namespace constraint and processContents as written.
    public var wildcard: Wildcard?
    public var documentation: String?
    public var location: SourceLocation

    public init(kind: Kind, name: QName? = nil, type: QName? = nil, occurs: Occurrence = .one,
                isNillable: Bool = false, defaultValue: String? = nil, fixedValue: String? = nil,
                reference: QName? = nil, substitutes: [QName] = [], wildcard: Wildcard? = nil,
                documentation: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.type = type
        self.occurs = occurs
        self.isNillable = isNillable
        self.defaultValue = defaultValue
        self.fixedValue = fixedValue
        self.reference = reference
        self.substitutes = substitutes
        self.wildcard = wildcard
        self.documentation = documentation
        self.location = location
    }
}

/// `minOccurs`/`maxOccurs` (for attributes: required is 1...1, optional 0...1).
public struct Occurrence: Sendable, Hashable, Codable {
    public var min: Int
    /// Nil for `unbounded`.
    public var max: Int?

    public init(min: Int, max: Int?) {
        self.min = min
        self.max = max
    }

    public static let one = Occurrence(min: 1, max: 1)
    public static let optional = Occurrence(min: 0, max: 1)

    /// More than one may appear.
    public var isRepeating: Bool { max.map { $0 > 1 } ?? true }
}

/// An `xs:any` or `xs:anyAttribute` constraint.
public struct Wildcard: Sendable, Hashable, Codable {
    /// `##any`, `##other`, `##local`, `##targetNamespace` or a list of URIs, as written.
    public var namespace: String
    /// `strict`, `lax` or `skip`.
    public var processContents: String

    public init(namespace: String = "##any", processContents: String = "strict") {
        self.namespace = namespace
        self.processContents = processContents
    }
}

/// A global element declaration.
public struct ElementDeclaration: Sendable, Hashable, Codable {
    public var name: QName
    public var type: QName
    public var isAbstract: Bool
    public var isNillable: Bool
    /// The head of the substitution group this element belongs to.
    public var substitutionGroup: QName?
    public var defaultValue: String?
    public var fixedValue: String?
    public var documentation: String?
    public var location: SourceLocation

    public init(name: QName, type: QName, isAbstract: Bool = false, isNillable: Bool = false,
                substitutionGroup: QName? = nil, defaultValue: String? = nil, fixedValue: String? = nil,
                documentation: String? = nil, location: SourceLocation) {
        self.name = name
        self.type = type
        self.isAbstract = isAbstract
        self.isNillable = isNillable
        self.substitutionGroup = substitutionGroup
        self.defaultValue = defaultValue
        self.fixedValue = fixedValue
        self.documentation = documentation
        self.location = location
    }
}
