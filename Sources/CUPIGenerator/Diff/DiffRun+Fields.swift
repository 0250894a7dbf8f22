/// Fields of a record, or alternatives of a choice, matched by kind and qualified name (groups
/// by the type they stand for, wildcards by kind).
extension DiffRun {
    mutating func compareFields(_ before: [Field], _ after: [Field], of owner: TypePlace, inChoice: Bool) {
        let matching = Matching(Array(before.enumerated()), Array(after.enumerated())) { Self.key($0.element) }
        for (_, (index, field)) in matching.removed {
            let rule: DiffRule = inChoice ? .choiceAlternativeRemoved : field.occurs.min > 0 ? .requiredFieldRemoved : .optionalFieldRemoved
            report(rule, owner.direction, at: Self.path(field, owner), "\(Self.subject(field, owner)) removed",
                   old: field.location, new: owner.new, symbol: old.symbols.member(of: owner.name, at: index))
        }
        for (_, (index, field)) in matching.added {
            let required = field.occurs.min > 0 && field.kind != .any && field.kind != .anyAttribute
            let rule: DiffRule = inChoice ? .choiceAlternativeAdded : required ? .requiredFieldAdded : .optionalFieldAdded
            report(rule, owner.direction, at: Self.path(field, owner),
                   "\(Self.subject(field, owner)) added\(required && !inChoice ? " (required)" : "")",
                   old: owner.old, new: field.location, symbol: new.symbols.member(of: owner.name, at: index))
        }
        for (_, x, y) in matching.matched {
            compareField(x.element, y.element, of: owner, symbol: new.symbols.member(of: owner.name, at: y.offset))
        }
    }

    private mutating func compareField(_ x: Field, _ y: Field, of owner: TypePlace, symbol: String?) {
        let path = Self.path(y, owner), subject = Self.subject(y, owner), direction = owner.direction
        if let a = x.type, let b = y.type {
            compareReference(a, b, of: subject, direction, at: path, old: x.location, new: y.location, symbol: symbol)
        }
        if let (rule, text) = Self.minimumChange(x, y) {
            report(rule, direction, at: path, "\(subject): \(text)", old: x.location, new: y.location, symbol: symbol)
        }
        if let (rule, text) = Self.maximumChange(x.occurs.max, y.occurs.max) {
            report(rule, direction, at: path, "\(subject): \(text)", old: x.location, new: y.location, symbol: symbol)
        }
        compareTraits(x, y, of: subject, direction, at: path, symbol: symbol)
    }

    /// What a field and a global element declaration both carry: nillable, default, fixed, docs.
    mutating func compareTraits<T: DeclarationTraits>(_ x: T, _ y: T, of subject: String, _ direction: Change.Direction,
                                                      at path: String, symbol: String?) {
        if x.isNillable != y.isNillable {
            report(y.isNillable ? .fieldBecameNillable : .fieldNoLongerNillable, direction, at: path,
                   "\(subject): nillable \(x.isNillable) → \(y.isNillable)", old: x.location, new: y.location, symbol: symbol)
        }
        compareValue(x.defaultValue, y.defaultValue, .defaultChanged, "default", of: subject, direction,
                     at: path, old: x.location, new: y.location, symbol: symbol)
        compareValue(x.fixedValue, y.fixedValue, .fixedChanged, "fixed value", of: subject, direction,
                     at: path, old: x.location, new: y.location, symbol: symbol)
        compareDocumentation(x.documentation, y.documentation, of: subject, direction,
                             at: path, old: x.location, new: y.location, symbol: symbol)
    }

    /// minOccurs across 0 changes whether the field is required (and whether its Swift property
    /// is optional); within 1… it only narrows or widens the count.
    private static func minimumChange(_ x: Field, _ y: Field) -> (DiffRule, String)? {
        let a = x.occurs.min, b = y.occurs.min
        guard a != b else { return nil }
        let text = x.kind == .attribute ? (b > 0 ? "optional → required" : "required → optional") : "minOccurs \(a) → \(b)"
        if a == 0 { return (.fieldBecameRequired, text) }
        if b == 0 { return (.fieldBecameOptional, text) }
        return (b > a ? .occurrenceTightened : .occurrenceRelaxed, text)
    }

    /// maxOccurs across 1 turns a Swift property into an array or back; above 1 it only
    /// narrows or widens the count. Nil is `unbounded`.
    private static func maximumChange(_ a: Int?, _ b: Int?) -> (DiffRule, String)? {
        guard a != b else { return nil }
        let spell = { (value: Int?) in value.map(String.init) ?? "unbounded" }
        let text = "maxOccurs \(spell(a)) → \(spell(b))"
        let repeatingBefore = a.map { $0 > 1 } ?? true, repeatingAfter = b.map { $0 > 1 } ?? true
        if !repeatingBefore, repeatingAfter { return (.fieldBecameRepeating, text) }
        if repeatingBefore, !repeatingAfter { return (.fieldBecameSingle, text) }
        let wider = switch (a, b) {
        case (_, nil): true
        case (nil, _): false
        case let (x?, y?): y > x
        }
        return (wider ? .occurrenceRelaxed : .occurrenceTightened, text)
    }

    private static func key(_ field: Field) -> String {
        switch field.kind {
        case .element: "element \(field.name?.description ?? "")"
        case .attribute: "attribute \(field.name?.description ?? "")"
        case .sequence, .choice: "\(field.kind.rawValue) \(field.type?.description ?? "")"
        case .text, .any, .anyAttribute: field.kind.rawValue
        }
    }

    /// `User/Alias`, `Users/@total`, `Rate/text()`, `Record/choice(1)`, `User/any`.
    private static func path(_ field: Field, _ owner: TypePlace) -> String {
        "\(owner.path)/\(step(field))"
    }

    private static func step(_ field: Field) -> String {
        switch field.kind {
        case .element: field.name?.name ?? "element"
        case .attribute: "@" + (field.name?.name ?? "attribute")
        case .text: "text()"
        case .sequence, .choice: field.type.map { String($0.name.split(separator: "/").last ?? "") } ?? field.kind.rawValue
        case .any: "any"
        case .anyAttribute: "@any"
        }
    }

    private static func subject(_ field: Field, _ owner: TypePlace) -> String {
        let what = switch field.kind {
        case .element: "element"
        case .attribute: "attribute"
        case .text: "text content"
        case .sequence: "sequence group"
        case .choice: "choice group"
        case .any: "element wildcard"
        case .anyAttribute: "attribute wildcard"
        }
        return "\(display(owner.name)): \(what) \(step(field))"
    }
}

/// The parts of a declaration `compareTraits` reads.
protocol DeclarationTraits {
    var isNillable: Bool { get }
    var defaultValue: String? { get }
    var fixedValue: String? { get }
    var documentation: String? { get }
    var location: SourceLocation { get }
}

extension Field: DeclarationTraits {}
extension ElementDeclaration: DeclarationTraits {}
