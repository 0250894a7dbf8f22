/// The global components of every schema document, by qualified name: what references bind to.
struct SchemaIndex {
    /// XML Schema's symbol spaces. Simple and complex types share one, so a simple type and a
    /// complex type of the same name are duplicates.
    enum Space: String {
        case type, element, attribute, group
        case attributeGroup = "attribute group"
    }

    private var components: [Space: [QName: SchemaNode]] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(_ documents: [SchemaDocument]) {
        for document in documents {
            let schema = SchemaContext(document)
            for node in SchemaNode(element: document.element, schema: schema).children {
                add(node)
            }
        }
    }

    /// The global component named `name` in `space`.
    func node(_ space: Space, _ name: QName) -> SchemaNode? { components[space]?[name] }

    /// Every name defined in `space`, sorted, so that reading order (and with it anonymous
    /// names and diagnostics) does not depend on file order.
    func names(_ space: Space) -> [QName] { (components[space] ?? [:]).keys.sorted() }

    private mutating func add(_ node: SchemaNode) {
        switch node.kind {
        case "complexType", "simpleType": register(node, in: .type)
        case "element": register(node, in: .element)
        case "attribute": register(node, in: .attribute)
        case "group": register(node, in: .group)
        case "attributeGroup": register(node, in: .attributeGroup)
        case "annotation", "include", "import", "notation":
            // The loader followed includes and imports; notations declare nothing we model.
            break
        case "redefine":
            diagnostics.append(.warning("xs:redefine is read as a plain include: its redefinitions are ignored", at: node.location))
        default:
            diagnostics.append(XSD11Constructs.skipped(node, in: "xs:schema"))
        }
    }

    private mutating func register(_ node: SchemaNode, in space: Space) {
        guard let name = node.globalName else {
            diagnostics.append(.error("global xs:\(node.kind) has no name", at: node.location))
            return
        }
        guard SchemaNode.isNCName(name.name) else {
            diagnostics.append(.error("'\(name.name)' is not a valid name for xs:\(node.kind)", at: node.location))
            return
        }
        // The schema for schemas defines the built-ins in terms of themselves; they stay built-in.
        if space == .type, BuiltinTypes.isBuiltin(name) { return }
        if let first = components[space]?[name] {
            // The same declaration reached twice (one file loaded along two paths) is no conflict.
            guard first.location != node.location else { return }
            diagnostics.append(.error(
                "duplicate \(space.rawValue) '\(name.name)': already defined at \(first.location)", at: node.location))
            return
        }
        components[space, default: [:]][name] = node
    }
}
