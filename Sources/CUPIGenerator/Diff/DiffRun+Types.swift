/// The schema side: global elements and types by qualified name. Anonymous types are named
/// after where they stand, so they pair up through their element; only named types are
/// reported as added or removed (an anonymous one comes and goes with its field).
extension DiffRun {
    mutating func compareElements() {
        let matching = Matching(old.model.elements, new.model.elements) { $0.name.description }
        for (_, element) in matching.removed {
            report(.elementRemoved, flow.direction(of: element.type), at: Self.elementPath(element.name),
                   "element \(Self.display(element.name)) removed", old: element.location, new: nil, symbol: old.symbols.type(element.type))
        }
        for (_, element) in matching.added {
            report(.elementAdded, flow.direction(of: element.type), at: Self.elementPath(element.name),
                   "element \(Self.display(element.name)) added", old: nil, new: element.location, symbol: new.symbols.type(element.type))
        }
        for (_, x, y) in matching.matched {
            let direction = flow.direction(of: y.type)
            let path = Self.elementPath(y.name), subject = "element \(Self.display(y.name))"
            let symbol = new.symbols.type(y.type)
            compareReference(x.type, y.type, of: subject, direction, at: path, old: x.location, new: y.location, symbol: symbol)
            compareTraits(x, y, of: subject, direction, at: path, symbol: symbol)
        }
    }

    mutating func compareTypes() {
        let matching = Matching(old.model.types, new.model.types) { $0.name.description }
        for (_, type) in matching.removed where !type.isAnonymous {
            report(.typeRemoved, flow.direction(of: type.name), at: Self.typePath(type.name),
                   "\(Self.kindName(type.kind)) \(Self.display(type.name)) removed", old: type.location, new: nil,
                   symbol: old.symbols.type(type.name))
        }
        for (_, type) in matching.added where !type.isAnonymous {
            report(.typeAdded, flow.direction(of: type.name), at: Self.typePath(type.name),
                   "\(Self.kindName(type.kind)) \(Self.display(type.name)) added", old: nil, new: type.location,
                   symbol: new.symbols.type(type.name))
        }
        for (_, x, y) in matching.matched { compareType(x, y) }
    }

    private mutating func compareType(_ x: TypeDefinition, _ y: TypeDefinition) {
        let place = TypePlace(name: y.name, path: Self.typePath(y.name), direction: flow.direction(of: y.name),
                              old: x.location, new: y.location, symbol: new.symbols.type(y.name))
        compareDocumentation(x.documentation, y.documentation, of: "type \(Self.display(y.name))", place.direction,
                             at: place.path, old: x.location, new: y.location, symbol: place.symbol)
        switch (x.kind, y.kind) {
        case (.record(let a), .record(let b)):
            if a.base != b.base {
                report(.baseTypeChanged, place.direction, at: place.path,
                       "type \(Self.display(y.name)): base \(a.base.map(Self.display) ?? "(none)") → \(b.base.map(Self.display) ?? "(none)")",
                       old: x.location, new: y.location, symbol: place.symbol)
            }
            compareFields(a.fields, b.fields, of: place, inChoice: false)
        case (.choice(let a), .choice(let b)):
            compareFields(a.alternatives, b.alternatives, of: place, inChoice: true)
        case (.simple(let a), .simple(let b)):
            compareBuiltin(a.builtin, b.builtin, place)
            compareFacets(a.facets, b.facets, place)
        case (.enumeration(let a), .enumeration(let b)):
            compareBuiltin(a.builtin, b.builtin, place)
            compareValues(a.values, b.values, place)
            compareFacets(a.facets, b.facets, place)
        case (.simple(let a), .enumeration(let b)):
            compareBuiltin(a.builtin, b.builtin, place)
            report(.facetTightened, place.direction, at: place.path,
                   "type \(Self.display(y.name)): now restricted to \(b.values.count) enumerated values",
                   old: x.location, new: y.location, symbol: place.symbol)
            compareFacets(a.facets, b.facets, place)
        case (.enumeration(let a), .simple(let b)):
            compareBuiltin(a.builtin, b.builtin, place)
            report(.facetRelaxed, place.direction, at: place.path,
                   "type \(Self.display(y.name)): no longer restricted to \(a.values.count) enumerated values",
                   old: x.location, new: y.location, symbol: place.symbol)
            compareFacets(a.facets, b.facets, place)
        case (.list(let a), .list(let b)):
            if a.itemType != b.itemType, !equivalence.equivalent(a.itemType, b.itemType) {
                report(.valueTypeChanged, place.direction, at: place.path,
                       "type \(Self.display(y.name)): list item type \(Self.display(a.itemType)) → \(Self.display(b.itemType))",
                       old: x.location, new: y.location, symbol: place.symbol)
            }
            compareFacets(a.facets, b.facets, place)
        case (.union(let a), .union(let b)):
            let same = a.memberTypes.count == b.memberTypes.count
                && zip(a.memberTypes, b.memberTypes).allSatisfy { $0 == $1 || equivalence.equivalent($0, $1) }
            if !same {
                let list = { (types: [QName]) in types.map(Self.display).joined(separator: " | ") }
                report(.valueTypeChanged, place.direction, at: place.path,
                       "type \(Self.display(y.name)): union members \(list(a.memberTypes)) → \(list(b.memberTypes))",
                       old: x.location, new: y.location, symbol: place.symbol)
            }
            compareFacets(a.facets, b.facets, place)
        default:
            report(.typeKindChanged, place.direction, at: place.path,
                   "type \(Self.display(y.name)): \(Self.kindName(x.kind)) → \(Self.kindName(y.kind))",
                   old: x.location, new: y.location, symbol: place.symbol)
        }
    }

    private mutating func compareBuiltin(_ a: QName, _ b: QName, _ place: TypePlace) {
        guard a != b else { return }
        report(.valueTypeChanged, place.direction, at: place.path,
               "type \(Self.display(place.name)): built-in base \(Self.display(a)) → \(Self.display(b))",
               old: place.old, new: place.new, symbol: place.symbol)
    }

    private mutating func compareValues(_ before: [EnumerationValue], _ after: [EnumerationValue], _ place: TypePlace) {
        let matching = Matching(before, after) { $0.value }
        let subject = "type \(Self.display(place.name))"
        for (key, value) in matching.removed {
            report(.enumValueRemoved, place.direction, at: "\(place.path)#\(key)", "\(subject): value \(Self.quoted(key)) removed",
                   old: value.location, new: place.new, symbol: old.symbols.enumerationCase(of: place.name, value))
        }
        for (key, value) in matching.added {
            report(.enumValueAdded, place.direction, at: "\(place.path)#\(key)", "\(subject): value \(Self.quoted(key)) added",
                   old: place.old, new: value.location, symbol: new.symbols.enumerationCase(of: place.name, value))
        }
        for (key, x, y) in matching.matched {
            compareDocumentation(x.documentation, y.documentation, of: "\(subject) value \(Self.quoted(key))", place.direction,
                                 at: "\(place.path)#\(key)", old: x.location, new: y.location,
                                 symbol: new.symbols.enumerationCase(of: place.name, y))
        }
    }

    static func typePath(_ name: QName) -> String { name.name }

    static func elementPath(_ name: QName) -> String { "element \(name.name)" }

    private static func kindName(_ kind: TypeDefinition.Kind) -> String {
        switch kind {
        case .record: "complex type"
        case .choice: "choice group"
        case .simple: "simple type"
        case .enumeration: "enumeration"
        case .list: "list type"
        case .union: "union type"
        }
    }
}

/// The type a field, value or facet belongs to, and how changes to it are addressed.
struct TypePlace {
    var name: QName
    var path: String
    var direction: Change.Direction
    var old: SourceLocation
    var new: SourceLocation
    var symbol: String?
}
