/// `xs:complexType` into a record: its content model, attributes, and derivation.
extension SchemaResolver {
    private static let particleKinds: Set<String> = ["sequence", "choice", "all", "group"]

    /// The effective record of the complex type `node`, whose anonymous parts are named in `scope`.
    func complexRecord(_ node: SchemaNode, scope: inout NameScope) -> Record {
        let isAbstract = flag("abstract", of: node)
        let isMixed = flag("mixed", of: node)
        var content: [Field] = []
        var attributeNodes: [SchemaNode] = []
        var derived: Record?
        for child in node.contentChildren {
            switch child.kind {
            case _ where Self.particleKinds.contains(child.kind): content += contentFields(child, scope: &scope)
            case _ where Self.attributeKinds.contains(child.kind): attributeNodes.append(child)
            case "complexContent": derived = complexContent(child, scope: &scope)
            case "simpleContent": derived = simpleContent(child, scope: &scope)
            default: report(XSD11Constructs.skipped(child, in: "xs:complexType"))
            }
        }
        if var derived {
            derived.isAbstract = isAbstract
            derived.isMixed = derived.isMixed || isMixed
            return derived
        }
        let attributes = readAttributeUses(attributeNodes, scope: &scope)
        return Record(fields: content + attributes.recordFields, isAbstract: isAbstract, isMixed: isMixed)
    }

    /// `xs:complexContent`: an extension's fields are its base's content, then its own, then
    /// the attributes of both; a restriction restates the content and restricts the attributes.
    /// Deriving from `xs:anyType` is no derivation at all, so such a record has no base.
    private func complexContent(_ node: SchemaNode, scope: inout NameScope) -> Record {
        let isMixed = flag("mixed", of: node)
        guard let derivation = derivation(in: node) else { return Record(isMixed: isMixed) }
        let isExtension = derivation.kind == "extension"
        let base = complexBase(of: derivation)
        var content: [Field] = []
        var attributeNodes: [SchemaNode] = []
        for child in derivation.contentChildren {
            if Self.particleKinds.contains(child.kind) {
                content += contentFields(child, scope: &scope)
            } else if Self.attributeKinds.contains(child.kind) {
                attributeNodes.append(child)
            } else {
                report(XSD11Constructs.skipped(child, in: "xs:\(derivation.kind)"))
            }
        }
        let own = readAttributeUses(attributeNodes, scope: &scope)
        let inherited = base?.record.fields ?? []
        let attributes = AttributeUses(inheritedFrom: inherited)
        let fields = isExtension
            ? inherited.filter(\.isContent) + content + attributes.extended(by: own).recordFields
            : content + attributes.restricted(by: own).recordFields
        return Record(base: base?.name, derivation: base == nil ? nil : (isExtension ? .extension : .restriction),
                      fields: fields, isMixed: isMixed || (isExtension && base?.record.isMixed == true))
    }

    /// The complex type a complexContent derivation names, read (for its effective fields) on
    /// first use; nil for `xs:anyType` and for bases that cannot be used (reported).
    private func complexBase(of derivation: SchemaNode) -> (name: QName, record: Record)? {
        guard let name = base(of: derivation), name != BuiltinTypes.anyType else { return nil }
        let definition = definition(of: name, at: derivation)
        guard !BuiltinTypes.isBuiltin(name), let definition, case .record(let record) = definition.kind else {
            if BuiltinTypes.isBuiltin(name) || definition != nil {
                report(.error("xs:complexContent needs a complex base type, and '\(name.name)' is simple; use xs:simpleContent", at: derivation.location))
            }
            return nil
        }
        return (name, record)
    }

    /// The one `xs:extension` or `xs:restriction` of a complexContent or simpleContent.
    func derivation(in node: SchemaNode) -> SchemaNode? {
        let content = node.contentChildren
        reportUnexpectedChildren(of: node, allowing: ["extension", "restriction"])
        guard let derivation = content.first(where: { $0.kind == "extension" || $0.kind == "restriction" }) else {
            report(.error("xs:\(node.kind) needs an xs:extension or xs:restriction", at: node.location))
            return nil
        }
        return derivation
    }

    /// The `base` of a derivation, resolved; nil when missing or undefined (reported).
    func base(of derivation: SchemaNode) -> QName? {
        guard let lexical = derivation.attribute("base") else {
            report(.error("xs:\(derivation.kind) needs a base attribute", at: derivation.location))
            return nil
        }
        return typeReference(lexical, at: derivation)
    }
}

extension Field {
    /// Whether the field is part of the content model (not an attribute or attribute wildcard).
    var isContent: Bool { kind != .attribute && kind != .anyAttribute }
}
