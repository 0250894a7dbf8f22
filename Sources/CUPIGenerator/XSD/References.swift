/// Binding the QNames that schema attributes hold (`type=`, `base=`, `ref=`, …) to components.
extension SchemaResolver {
    /// `lexical` resolved against the namespaces in scope at `node`; nil (reported) when its
    /// prefix is undeclared. Unprefixed names take the default namespace, as XSD references do.
    func qualifiedName(_ lexical: String, at node: SchemaNode) -> QName? {
        guard let resolved = node.element.resolveQName(lexical), !resolved.localName.isEmpty else {
            let prefix = lexical.trimmingXMLWhitespace().prefix { $0 != ":" }
            let problem = lexical.contains(":") ? "undeclared namespace prefix '\(prefix)' in '\(lexical)'" : "empty name reference"
            report(.error(problem, at: node.location))
            return nil
        }
        var namespace = resolved.namespace ?? ""
        if namespace.isEmpty, node.schema.isChameleon { namespace = node.schema.targetNamespace }
        return QName(namespace, resolved.localName)
    }

    /// The type `lexical` names at `node`, if it is built-in or defined; nil (reported) otherwise.
    func typeReference(_ lexical: String, at node: SchemaNode) -> QName? {
        guard let name = qualifiedName(lexical, at: node) else { return nil }
        guard BuiltinTypes.isBuiltin(name) || index.node(.type, name) != nil else {
            report(.error("undefined type '\(lexical)'", at: node.location))
            return nil
        }
        return name
    }

    /// Like `typeReference`, where XSD needs a simple type: attributes, list items, union
    /// members, simple bases.
    func simpleTypeReference(_ lexical: String, at node: SchemaNode) -> QName? {
        guard let name = typeReference(lexical, at: node) else { return nil }
        if name == BuiltinTypes.anyType || index.node(.type, name)?.kind == "complexType" {
            report(.error("'\(lexical)' is a complex type; a simple type is needed here", at: node.location))
            return nil
        }
        return name
    }

    /// The global component of `space` that `lexical` names at `node`; nil (reported) when undefined.
    func reference(_ lexical: String, in space: SchemaIndex.Space, at node: SchemaNode) -> (name: QName, node: SchemaNode)? {
        guard let name = qualifiedName(lexical, at: node) else { return nil }
        guard let target = index.node(space, name) else {
            report(.error("undefined \(space.rawValue) '\(lexical)'", at: node.location))
            return nil
        }
        return (name, target)
    }

    /// A boolean attribute (`true`/`1` or `false`/`0`); anything else is reported and read as false.
    func flag(_ attribute: String, of node: SchemaNode) -> Bool {
        switch node.attribute(attribute) {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let other?:
            report(.error("invalid \(attribute) '\(other)': expected true or false", at: node.location))
            return false
        }
    }

    /// Whether a local declaration's name takes the target namespace: its `form`, or the
    /// schema's default for its kind.
    func isQualified(_ node: SchemaNode, byDefault: Bool) -> Bool {
        switch node.attribute("form") {
        case "qualified": return true
        case "unqualified": return false
        case nil: return byDefault
        case let other?:
            report(.error("invalid form '\(other)': expected qualified or unqualified", at: node.location))
            return byDefault
        }
    }
}
