/// Element declarations: local ones and references become fields; global ones become
/// `ElementDeclaration`s.
extension SchemaResolver {
    /// What may stand inside `xs:element` (identity constraints carry nothing we model).
    private static let elementChildren: Set<String> = ["complexType", "simpleType", "unique", "key", "keyref"]

    /// The field for a local element or element reference with `occurs`; nil when it is unusable (reported).
    func elementField(_ node: SchemaNode, occurs: Occurrence, scope: inout NameScope) -> Field? {
        reportUnexpectedChildren(of: node, allowing: Self.elementChildren)
        if let lexical = node.attribute("ref") {
            guard let (name, _) = reference(lexical, in: .element, at: node), let declared = elementDeclaration(name) else { return nil }
            return Field(kind: .element, name: name, type: declared.type, occurs: occurs, isNillable: declared.isNillable,
                         defaultValue: declared.defaultValue, fixedValue: declared.fixedValue, reference: name,
                         substitutes: substitutions.members(of: name),
                         documentation: node.documentation ?? declared.documentation, location: node.location)
        }
        guard let local = node.attribute("name"), SchemaNode.isNCName(local) else {
            report(.error("xs:element needs a valid name or a ref", at: node.location))
            return nil
        }
        let name = QName(isQualified(node, byDefault: node.schema.qualifiesElements) ? node.schema.targetNamespace : "", local)
        let documentation = node.documentation
        let type = elementType(node) { scope.claim(local, in: &names) }
        if let definition = anonymousType(of: node), node.attribute("type") == nil {
            readAnonymous(definition, named: type, documentation: documentation)
        }
        return Field(kind: .element, name: name, type: type, occurs: occurs, isNillable: flag("nillable", of: node),
                     defaultValue: valueConstraint("default", of: node), fixedValue: node.element.attribute("fixed"),
                     documentation: documentation, location: node.location)
    }

    /// Global element `name`'s declaration, computed on first use without reading its anonymous
    /// type (so that a type can refer to the element that holds it); nil when undefined, or when
    /// asked again while it is being computed (a substitution group cycle, reported elsewhere).
    func elementDeclaration(_ name: QName) -> ElementDeclaration? {
        if let done = elementDeclarations[name] { return done }
        guard let node = index.node(.element, name) else { return nil }
        let key = Self.key(.element, name)
        guard !inProgress.contains(key) else { return nil }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let head = substitutions.head(of: name)
        var type = elementType(node) { NameScope.global(name) }
        if node.attribute("type") == nil, anonymousType(of: node) == nil, let head {
            // XSD: a member of a substitution group without a type of its own has its head's.
            type = nested(at: node) { elementDeclaration(head)?.type }.flatMap { $0 } ?? type
        }
        let declaration = ElementDeclaration(
            name: name, type: type, isAbstract: flag("abstract", of: node), isNillable: flag("nillable", of: node),
            substitutionGroup: head, defaultValue: valueConstraint("default", of: node), fixedValue: node.element.attribute("fixed"),
            documentation: node.documentation, location: node.location)
        elementDeclarations[name] = declaration
        return declaration
    }

    /// Reads global element `name`: its declaration and its anonymous type, if it has one.
    func readGlobalElement(_ name: QName) -> ElementDeclaration? {
        guard let node = index.node(.element, name), let declaration = elementDeclaration(name) else { return nil }
        reportUnexpectedChildren(of: node, allowing: Self.elementChildren)
        if node.attribute("type") == nil, let definition = anonymousType(of: node) {
            readAnonymous(definition, named: declaration.type, documentation: declaration.documentation)
        }
        return declaration
    }

    /// The type an element declares: `type=`, the name of its anonymous type, or `xs:anyType`.
    private func elementType(_ node: SchemaNode, anonymousName: () -> QName) -> QName {
        let anonymous = anonymousType(of: node)
        if let lexical = node.attribute("type") {
            if anonymous != nil { report(.error("xs:element has both a type attribute and an anonymous type", at: node.location)) }
            return typeReference(lexical, at: node) ?? BuiltinTypes.anyType
        }
        return anonymous == nil ? BuiltinTypes.anyType : anonymousName()
    }

    private func anonymousType(of node: SchemaNode) -> SchemaNode? {
        node.contentChildren.first { $0.kind == "complexType" || $0.kind == "simpleType" }
    }

    /// `default`, reported when `fixed` is given too (XSD allows one value constraint).
    private func valueConstraint(_ attribute: String, of node: SchemaNode) -> String? {
        if node.element.attribute("default") != nil, node.element.attribute("fixed") != nil {
            report(.error("xs:\(node.kind) has both default and fixed", at: node.location))
        }
        return node.element.attribute(attribute)
    }
}
