/// Attribute declarations (local and global), `xs:attributeGroup` references and `xs:anyAttribute`.
extension SchemaResolver {
    static let attributeKinds: Set<String> = ["attribute", "attributeGroup", "anyAttribute"]

    /// The attribute uses that `nodes` (attributes, attribute group references, wildcards) declare.
    func readAttributeUses(_ nodes: [SchemaNode], scope: inout NameScope) -> AttributeUses {
        var uses = AttributeUses()
        add(nodes, to: &uses, scope: &scope)
        return uses
    }

    private func add(_ nodes: [SchemaNode], to uses: inout AttributeUses, scope: inout NameScope) {
        for node in nodes where spend(at: node) {
            switch node.kind {
            case "attribute": addAttribute(node, to: &uses, scope: &scope)
            case "attributeGroup": addGroup(node, to: &uses, scope: &scope)
            case "anyAttribute":
                let wildcard = wildcardField(node, kind: .anyAttribute, occurs: .optional)
                if uses.wildcard == nil { uses.wildcard = wildcard }
            default: report(XSD11Constructs.skipped(node, in: "xs:attributeGroup"))
            }
        }
    }

    private func addGroup(_ node: SchemaNode, to uses: inout AttributeUses, scope: inout NameScope) {
        reportUnexpectedChildren(of: node, allowing: [])
        guard let lexical = node.attribute("ref") else {
            report(.error("a local xs:attributeGroup needs a ref attribute", at: node.location))
            return
        }
        if let name = qualifiedName(lexical, at: node), index.node(.attributeGroup, name) == nil,
           let standard = XMLNamespaceAttributes.group(name, at: node.location) {
            standard.forEach { uses.add($0) }
            return
        }
        guard let (name, group) = reference(lexical, in: .attributeGroup, at: node) else { return }
        let key = Self.key(.attributeGroup, name)
        guard !inProgress.contains(key) else {
            report(.error("circular attribute group reference '\(lexical)'", at: node.location))
            return
        }
        guard expansionFits(.attributeGroup, name, at: node) else { return }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        _ = nested(at: node) { add(group.contentChildren, to: &uses, scope: &scope) }
    }

    private func addAttribute(_ node: SchemaNode, to uses: inout AttributeUses, scope: inout NameScope) {
        reportUnexpectedChildren(of: node, allowing: ["simpleType"])
        let use = node.attribute("use") ?? "optional"
        guard ["optional", "required", "prohibited"].contains(use) else {
            report(.error("invalid use '\(use)': expected optional, required or prohibited", at: node.location))
            return
        }
        let reference = node.attribute("ref")
        let local = node.attribute("name")
        guard reference != nil || local.map(SchemaNode.isNCName) == true else {
            report(.error("xs:attribute needs a valid name or a ref", at: node.location))
            return
        }
        if use == "prohibited" {
            // Only the name matters: it removes the base's attribute (and reads no anonymous type).
            let name = reference.flatMap { qualifiedName($0, at: node) } ?? local.map { localAttributeName($0, of: node) }
            if let name { uses.prohibited.append(name) }
            return
        }
        var field: Field
        if let reference {
            guard let declared = attributeReference(reference, at: node) else { return }
            field = declared
            field.location = node.location
            field.documentation = node.documentation ?? declared.documentation
            // A reference may give its own value constraint.
            if let value = node.element.attribute("default") { field.defaultValue = value }
            if let value = node.element.attribute("fixed") { field.fixedValue = value }
        } else {
            let local = local ?? ""
            field = declaration(node, named: localAttributeName(local, of: node), readsAnonymousType: true) {
                scope.claim("@" + local, in: &names)
            }
        }
        field.occurs = use == "required" ? .one : .optional
        uses.add(field)
    }

    private func localAttributeName(_ local: String, of node: SchemaNode) -> QName {
        QName(isQualified(node, byDefault: node.schema.qualifiesAttributes) ? node.schema.targetNamespace : "", local)
    }

    /// The declaration `ref=` names: a global attribute, or one of the `xml:` namespace's.
    private func attributeReference(_ lexical: String, at node: SchemaNode) -> Field? {
        if let name = qualifiedName(lexical, at: node), index.node(.attribute, name) == nil,
           let standard = XMLNamespaceAttributes.attribute(name, at: node.location) {
            return standard
        }
        guard let (name, _) = reference(lexical, in: .attribute, at: node) else { return nil }
        return globalAttribute(name)
    }

    /// The global attribute `name` as a field (optional until a use says otherwise), read once.
    func globalAttribute(_ name: QName) -> Field? {
        if let done = attributeDeclarations[name] { return done }
        guard let node = index.node(.attribute, name) else { return nil }
        let field = declaration(node, named: name, readsAnonymousType: false) { NameScope.global(name, attribute: true) }
        attributeDeclarations[name] = field
        return field
    }

    /// Reads global attribute `name`'s anonymous type, if it has one.
    func readGlobalAttribute(_ name: QName) {
        guard let node = index.node(.attribute, name), let field = globalAttribute(name) else { return }
        reportUnexpectedChildren(of: node, allowing: ["simpleType"])
        if node.attribute("type") == nil, let type = field.type, let definition = node.contentChildren.first(where: { $0.kind == "simpleType" }) {
            readAnonymous(definition, named: type, documentation: field.documentation)
        }
    }

    /// An attribute declaration as a field, its anonymous type named by `anonymousName`. A local
    /// one's anonymous type is read here; a global one's is read once, by `readGlobalAttribute`,
    /// however often the attribute is referenced.
    private func declaration(_ node: SchemaNode, named name: QName, readsAnonymousType: Bool, anonymousName: () -> QName) -> Field {
        let documentation = node.documentation
        var type = BuiltinTypes.anySimpleType
        let anonymous = node.contentChildren.first { $0.kind == "simpleType" }
        if let lexical = node.attribute("type") {
            if anonymous != nil { report(.error("xs:attribute has both a type attribute and an anonymous type", at: node.location)) }
            type = simpleTypeReference(lexical, at: node) ?? type
        } else if let anonymous {
            type = anonymousName()
            if readsAnonymousType {
                readAnonymous(anonymous, named: type, documentation: documentation)
            }
        }
        if node.element.attribute("default") != nil, node.element.attribute("fixed") != nil {
            report(.error("xs:attribute has both default and fixed", at: node.location))
        }
        return Field(kind: .attribute, name: name, type: type, occurs: .optional,
                     defaultValue: node.element.attribute("default"), fixedValue: node.element.attribute("fixed"),
                     documentation: documentation, location: node.location)
    }
}
