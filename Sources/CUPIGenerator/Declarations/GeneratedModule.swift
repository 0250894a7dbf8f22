/// The declarations to generate, in a small model of their own: what the renderers need to
/// know and nothing of the schema's syntax. Built by `Translator`, read by the renderers.
struct GeneratedModule {
    var records: [RecordDecl] = []
    var choices: [ChoiceDecl] = []
    var enumerations: [EnumerationDecl] = []
    var simpleTypes: [SimpleDecl] = []
    /// Built-in types used with implicit bounds (xs:int, xs:unsignedByte, …): their facet rules.
    var builtinRules: [BuiltinRules] = []
    /// Global elements whose content is a record: what a document's root element decodes to.
    var rootElements: [(name: XMLName, type: String)] = []
    /// The Swift name of every schema type.
    var typeNames: [QName: String] = [:]
    var access: String
    /// What the models conform to: `Swift.Sendable, Swift.Hashable, Swift.Codable` by default.
    var modelConformances = "Swift.Sendable, Swift.Hashable, Swift.Codable"
    /// The struct that holds the endpoint groups (`CUPI`).
    var clientName = ""
    /// The WADL's own documentation, as doc-comment lines.
    var apiDocumentation: [String] = []
    var endpointGroups: [EndpointGroupDecl] = []
    /// Every operation as data, for servers that serve the description (the mock).
    var routes: [RouteDecl] = []

    /// The access of a witness to a runtime requirement that exists only for generated code
    /// (`init(xml:)`, `validate(at:into:)`): those are `@_spi(Generated)` in CUPIRuntime, so a
    /// public witness is too, and stays out of the client's public API.
    var witnessAccess: String { access == "public" ? "@_spi(Generated) public" : access }
}

/// Where a value comes from in a document: an element or attribute name.
struct XMLName: Hashable {
    var namespace: String
    var localName: String
}

/// How one value of a property or case is read and written.
enum ValueCoding: Equatable {
    /// A text value: `XMLSimpleValue` (built-in or generated simple type).
    case simple
    /// An element with content: a generated record (`XMLElementCodable`).
    case complex
    /// An element kept as it was read (`xs:anyType` content).
    case anyElement
}

/// A generated struct for a complex type or a repeating group.
struct RecordDecl {
    var name: String
    var documentation: [String]
    var properties: [PropertyDecl]
    var isMixed: Bool
    /// A group's struct: every member optional, decoded member by member from the parent's children.
    var isGroup: Bool

    /// Each property's local variable in a decoder whose own code uses the names `reserved`:
    /// the property's name, or, where that is reserved, the name with underscores appended until
    /// it is unique, so that a schema's names never shadow the decoder's (`element`, `json`, …).
    func locals(avoiding reserved: Set<String>) -> [String: String] {
        var taken: Set<String>?  // made on the first clash, which few records have
        var locals = [String: String](minimumCapacity: properties.count)
        for property in properties {
            var name = property.name
            if reserved.contains(name) {
                var names = taken ?? Set(properties.map(\.name)).union(reserved)
                while names.contains(name) { name += "_" }
                names.insert(name)
                taken = names
            }
            locals[property.name] = SwiftIdentifier.escaped(name)
        }
        return locals
    }
}

struct PropertyDecl {
    enum Role: Equatable {
        case element(XMLName)
        case attribute(XMLName)
        case text
        /// A choice: `type` is a `ChoiceDecl`.
        case choice
        /// A group: `type` is a group `RecordDecl`.
        case group
        case anyElements
        case anyAttributes
        case mixedContent
    }

    enum Cardinality: Equatable { case required, optional, array }

    var name: String
    var role: Role
    /// The index of the model field the property stands for (nil for `mixedContent`).
    var sourceField: Int? = nil
    /// The Swift type of one value.
    var type: String
    var coding: ValueCoding
    var cardinality: Cardinality
    var occurs: Occurrence
    /// Stored through `Indirect` (one record value; see `IndirectValues`).
    var isBoxed: Bool
    var isNillable: Bool
    var defaultValue: String?
    var fixedValue: String?
    /// The value's type has a `validate(at:into:)` (generated types do; built-ins do not).
    var isValidatable: Bool
    /// For built-in types with implicit bounds: the name of their rules in `XSDBuiltinRules`.
    var builtinRules: String?
    var documentation: [String]

    /// The property's declared type.
    var declaredType: String {
        switch cardinality {
        case .required: return type
        case .optional: return type + "?"
        case .array: return "[\(type)]"
        }
    }
}

/// A generated enum with associated values for a `choice`.
struct ChoiceDecl {
    struct Alternative {
        var caseName: String
        /// The index of the model alternative the case stands for.
        var sourceField: Int? = nil
        /// Set for an element alternative; nil for a group or wildcard.
        var xmlName: XMLName?
        var type: String
        var coding: ValueCoding
        /// The payload is an array (the alternative repeats).
        var isArray: Bool
        /// Set for a group alternative: the group record's name.
        var group: String?
        /// Set for a nested choice alternative: the nested choice's name.
        var nestedChoice: String?
        var isValidatable: Bool
        var documentation: [String]
    }

    var name: String
    var documentation: [String]
    var alternatives: [Alternative]
    var isIndirect: Bool
}

/// A generated enum with an `unknown(String)` case for an enumeration.
struct EnumerationDecl {
    struct Case {
        var name: String
        var value: String
        var documentation: [String]
    }

    var name: String
    var documentation: [String]
    var cases: [Case]
    /// The other facets (pattern, length) that still apply, or nil.
    var rules: String?
}

/// A generated wrapper struct for a named simple type, a list or a union.
struct SimpleDecl {
    enum Shape: Equatable {
        /// `rawValue` of a built-in Swift type.
        case atomic(raw: String)
        /// `items` of one item type.
        case list(item: String, itemIsValidatable: Bool)
        /// `rawValue: String`, valid when one member accepts it; `validatable` tells which
        /// members have a `validate(at:into:)`.
        case union(members: [String], validatable: [Bool])
    }

    var name: String
    var documentation: [String]
    var shape: Shape
    /// A `FacetRules(…)` expression for the type's effective facets, or nil when it has none.
    var rules: String?
}

struct BuiltinRules: Hashable {
    var name: String
    var rules: String
}
