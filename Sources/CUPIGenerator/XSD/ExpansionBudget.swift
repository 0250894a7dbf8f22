/// Bounding the work of group expansion before doing it. A group referenced twice by a group
/// referenced twice by … doubles at every level: twenty levels are a small file and a million
/// particles. Each group's expansion size is estimated from its text (references counted by
/// their own size), so such an expansion is refused at once rather than after the budget is spent.
extension SchemaResolver {
    /// Whether expanding `name` of `space` fits in what is left of the budget; reported when not.
    func expansionFits(_ space: SchemaIndex.Space, _ name: QName, at node: SchemaNode) -> Bool {
        let size = expansionSize(space, name, at: node)
        guard work + size >= Self.maximumWork else { return true }
        report(.error("\(space.rawValue) '\(name.name)' expands to more than \(Self.maximumWork) particles in all; it is not expanded here", at: node.location))
        return false
    }

    /// The particles, attributes and wildcards that one expansion of the component reads,
    /// capped just above the budget; a cycle or undefined reference counts as 0 (reported where
    /// the expansion meets it).
    private func expansionSize(_ space: SchemaIndex.Space, _ name: QName, at node: SchemaNode) -> Int {
        let key = Self.key(space, name)
        if let known = expansionSizes[key] { return known }
        guard let definition = index.node(space, name) else { return 0 }
        expansionSizes[key] = 0
        let size = nested(at: node) { subtreeSize(definition) } ?? 0
        expansionSizes[key] = size
        return size
    }

    private func subtreeSize(_ root: SchemaNode) -> Int {
        var size = 0
        var pending = root.children
        while let node = pending.popLast(), size <= Self.maximumWork {
            switch node.kind {
            case "element", "attribute", "any", "anyAttribute":
                size += 1
            case "group", "attributeGroup":
                let space: SchemaIndex.Space = node.kind == "group" ? .group : .attributeGroup
                if let lexical = node.attribute("ref"), let resolved = node.element.resolveQName(lexical) {
                    let namespace = resolved.namespace ?? (node.schema.isChameleon ? node.schema.targetNamespace : "")
                    size += 1 + expansionSize(space, QName(namespace, resolved.localName), at: node)
                }
            default:
                break
            }
            pending += node.children
        }
        return min(size, Self.maximumWork + 1)
    }
}
