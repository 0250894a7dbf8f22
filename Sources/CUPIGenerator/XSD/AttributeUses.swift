/// The attributes of a complex type while it is being built, and how derivation combines
/// them with the base's: an extension adds to the base's attributes, a restriction restates
/// them (an attribute it does not mention is inherited; `use="prohibited"` removes one).
struct AttributeUses {
    /// Attribute fields in order of first appearance; a later one of the same name replaces it.
    private(set) var fields: [Field] = []
    /// Names marked `use="prohibited"`.
    var prohibited: [QName] = []
    /// The first `xs:anyAttribute`.
    var wildcard: Field?

    init() {}

    /// The attributes and wildcard of a base record's effective fields.
    init(inheritedFrom fields: [Field]) {
        self.fields = fields.filter { $0.kind == .attribute }
        wildcard = fields.first { $0.kind == .anyAttribute }
    }

    mutating func add(_ field: Field) {
        if let index = fields.firstIndex(where: { $0.name == field.name }) {
            fields[index] = field
        } else {
            fields.append(field)
        }
    }

    /// These (the base's) attributes extended by `own`; the wildcard is the derived type's
    /// when it has one (XSD takes the union, which a client reads the same way).
    func extended(by own: AttributeUses) -> AttributeUses {
        var result = self
        own.fields.forEach { result.add($0) }
        result.wildcard = own.wildcard ?? wildcard
        return result
    }

    /// These (the base's) attributes restricted by `own`: prohibited ones removed, restated ones
    /// replaced; only the derived type's own wildcard remains.
    func restricted(by own: AttributeUses) -> AttributeUses {
        var result = AttributeUses()
        result.fields = fields.filter { field in !own.prohibited.contains { $0 == field.name } }
        own.fields.forEach { result.add($0) }
        result.wildcard = own.wildcard
        return result
    }

    /// The record fields: attributes, then the wildcard.
    var recordFields: [Field] { fields + (wildcard.map { [$0] } ?? []) }
}
