/// Named model groups (`xs:group`), expanded inline where they are referenced.
extension SchemaResolver {
    /// Runs `body` on the model group that the `xs:group ref=` `node` names; nil when the group is
    /// undefined or already being expanded (a cycle), both reported.
    func expandGroup<Result>(_ node: SchemaNode, _ body: (SchemaNode) -> Result) -> Result? {
        reportUnexpectedChildren(of: node, allowing: [])
        guard let lexical = node.attribute("ref") else {
            report(.error("a local xs:group needs a ref attribute", at: node.location))
            return nil
        }
        guard let (name, group) = reference(lexical, in: .group, at: node) else { return nil }
        let key = Self.key(.group, name)
        guard !inProgress.contains(key) else {
            report(.error("circular group reference '\(lexical)'", at: node.location))
            return nil
        }
        guard let model = modelGroup(of: group), expansionFits(.group, name, at: node) else { return nil }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        return nested(at: node) { body(model) }
    }

    /// The one `xs:sequence`, `xs:choice` or `xs:all` of a group definition.
    private func modelGroup(of group: SchemaNode) -> SchemaNode? {
        let kinds: Set<String> = ["sequence", "choice", "all"]
        let content = group.contentChildren
        reportUnexpectedChildren(of: group, allowing: kinds)
        let models = content.filter { kinds.contains($0.kind) }
        if models.count != 1 {
            report(.error("xs:group '\(group.attribute("name") ?? "")' needs exactly one xs:sequence, xs:choice or xs:all", at: group.location))
        }
        return models.first
    }

    /// Reads the groups and attribute groups that no reference reached, so that their errors
    /// are reported too; the anonymous types they yield are dropped, as no type holds them.
    /// (A group reached only through a group refused for its size stays unread: that group's
    /// error stands for both.)
    func checkUnusedGroups() {
        discardsAnonymousTypes = true
        defer { discardsAnonymousTypes = false }
        for name in index.names(.group) where expansionSizes[Self.key(.group, name)] == nil {
            guard let group = index.node(.group, name), let model = modelGroup(of: group),
                  expansionFits(.group, name, at: group) else { continue }
            // A space keeps this scratch path apart from every real one.
            var scope = NameScope(QName(name.namespace, "group " + name.name))
            reading(Self.key(.group, name)) { _ = contentFields(model, scope: &scope) }
        }
        for name in index.names(.attributeGroup) where expansionSizes[Self.key(.attributeGroup, name)] == nil {
            guard let group = index.node(.attributeGroup, name), expansionFits(.attributeGroup, name, at: group) else { continue }
            var scope = NameScope(QName(name.namespace, "attributeGroup " + name.name))
            reading(Self.key(.attributeGroup, name)) { _ = readAttributeUses(group.contentChildren, scope: &scope) }
        }
    }

    private func reading(_ key: String, _ body: () -> Void) {
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        body()
    }
}
