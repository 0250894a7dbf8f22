/// Reading type definitions: named ones on first use (memoized), anonymous ones where they stand.
extension SchemaResolver {
    /// The definition of the named type `name`, read on first use; nil for built-ins, undefined
    /// names, and a derivation cycle (reported at `node`, the derivation that closes it).
    @discardableResult
    func definition(of name: QName, at node: SchemaNode) -> TypeDefinition? {
        if let done = types[name] { return done }
        guard let definition = index.node(.type, name) else { return nil }
        let key = Self.key(.type, name)
        guard !inProgress.contains(key) else {
            report(.error("circular derivation: type '\(name.name)' derives from itself", at: node.location))
            return nil
        }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        return nested(at: definition) { read(definition, named: name, isAnonymous: false, documentation: nil) }
    }

    /// Reads the anonymous `xs:complexType` or `xs:simpleType` `node` as the type `name`, which
    /// takes `documentation` (its element's or attribute's) when it has none of its own.
    func readAnonymous(_ node: SchemaNode, named name: QName, documentation: String?) {
        _ = nested(at: node) { read(node, named: name, isAnonymous: true, documentation: documentation) }
    }

    /// The simple type `node` stands for at `local` in `scope` (`item`, `base`, `union(1)`): its name.
    func anonymousSimpleType(_ node: SchemaNode, at local: String, in scope: NameScope) -> QName {
        let name = scope.claim(local, in: &names)
        readAnonymous(node, named: name, documentation: nil)
        return name
    }

    private func read(_ node: SchemaNode, named name: QName, isAnonymous: Bool, documentation: String?) -> TypeDefinition {
        var scope = NameScope(name)
        let kind: TypeDefinition.Kind
        if node.kind == "complexType" {
            kind = .record(complexRecord(node, scope: &scope))
        } else {
            kind = simpleKind(node, scope: &scope)
        }
        let type = TypeDefinition(name: name, isAnonymous: isAnonymous, kind: kind,
                                  documentation: node.documentation ?? documentation, location: node.location)
        emit(type)
        return type
    }

    /// Reports every child of `node` that is not one of `allowed` (annotations always are).
    func reportUnexpectedChildren(of node: SchemaNode, allowing allowed: Set<String>) {
        for child in node.contentChildren where !allowed.contains(child.kind) {
            report(XSD11Constructs.skipped(child, in: "xs:\(node.kind)"))
        }
    }
}
