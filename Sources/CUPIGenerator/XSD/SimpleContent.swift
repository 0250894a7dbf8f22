/// `xs:simpleContent`: a complex type whose content is one simple value (a `.text` field)
/// with attributes.
extension SchemaResolver {
    /// The base is either a simple type (its values are the text) or a complex type with
    /// simple content (its text type and attributes carry over). A restriction with facets
    /// gets a synthesized text type `T/text` derived from the base's text type.
    func simpleContent(_ node: SchemaNode, scope: inout NameScope) -> Record {
        guard let derivation = derivation(in: node) else { return Record() }
        let isExtension = derivation.kind == "extension"
        let baseName = base(of: derivation)
        var textType = BuiltinTypes.anySimpleType
        var inherited: [Field] = []
        if let baseName {
            switch BuiltinTypes.isBuiltin(baseName) ? nil : definition(of: baseName, at: derivation)?.kind {
            case .record(let record)?:
                if let text = record.fields.first(where: { $0.kind == .text }) {
                    textType = text.type ?? textType
                } else if !record.isMixed || isExtension {
                    report(.error("xs:simpleContent needs a simple base or a complex one with simple content, and '\(baseName.name)' has element content", at: derivation.location))
                }
                inherited = record.fields.filter { !$0.isContent }
            case _ where baseName == BuiltinTypes.anyType:
                report(.error("xs:simpleContent cannot derive from xs:anyType", at: derivation.location))
            default:
                textType = baseName
            }
        }
        let children = derivation.contentChildren
        let attributeNodes = children.filter { Self.attributeKinds.contains($0.kind) }
        let others = children.filter { !Self.attributeKinds.contains($0.kind) }
        if isExtension {
            others.forEach { report(XSD11Constructs.skipped($0, in: "xs:extension")) }
        } else if !others.isEmpty {
            let name = scope.claim("text", in: &names)
            let kind = restriction(derivation, of: textType, ignoring: Self.attributeKinds, scope: NameScope(name))
            emit(TypeDefinition(name: name, isAnonymous: true, kind: kind, location: derivation.location))
            textType = name
        }
        let own = readAttributeUses(attributeNodes, scope: &scope)
        let base = AttributeUses(inheritedFrom: inherited)
        let attributes = isExtension ? base.extended(by: own) : base.restricted(by: own)
        let text = Field(kind: .text, type: textType, location: derivation.location)
        return Record(base: baseName, derivation: baseName == nil ? nil : (isExtension ? .extension : .restriction),
                      fields: [text] + attributes.recordFields)
    }
}
