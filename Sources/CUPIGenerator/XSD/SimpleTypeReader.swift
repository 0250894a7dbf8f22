/// `xs:simpleType`: restriction, list and union, with facets merged along the derivation chain.
extension SchemaResolver {
    /// The kind of the simple type `node` (named or anonymous), whose anonymous parts are named in `scope`.
    func simpleKind(_ node: SchemaNode, scope: inout NameScope) -> TypeDefinition.Kind {
        let content = node.contentChildren
        guard let position = content.firstIndex(where: { ["restriction", "list", "union"].contains($0.kind) }) else {
            report(.error("xs:simpleType needs an xs:restriction, xs:list or xs:union", at: node.location))
            return Self.rootKind(BuiltinTypes.anySimpleType)
        }
        for (offset, other) in content.enumerated() where offset != position {
            report(XSD11Constructs.skipped(other, in: "xs:simpleType"))
        }
        let derivation = content[position]
        switch derivation.kind {
        case "list": return .list(ListType(itemType: listItem(derivation, scope: scope)))
        case "union": return .union(UnionType(memberTypes: unionMembers(derivation, scope: &scope)))
        default:
            let base = derivation.attribute("base").flatMap { simpleTypeReference($0, at: derivation) }
            return restriction(derivation, of: base, scope: scope)
        }
    }

    /// A restriction of `declaredBase`, or of the anonymous simple type among `node`'s children
    /// (named `…/base`), by the facets among them. Children of a kind in `ignoring` belong to the
    /// caller (the attributes of a simpleContent restriction).
    func restriction(_ node: SchemaNode, of declaredBase: QName?, ignoring: Set<String> = [], scope: NameScope) -> TypeDefinition.Kind {
        let declared = readFacets(node.contentChildren)
        var base = declaredBase
        for child in declared.otherChildren where !ignoring.contains(child.kind) {
            if child.kind == "simpleType" {
                base = anonymousSimpleType(child, at: "base", in: scope)
            } else {
                report(XSD11Constructs.skipped(child, in: "xs:restriction"))
            }
        }
        if base == nil, node.attribute("base") == nil {
            report(.error("xs:restriction needs a base attribute or an xs:simpleType", at: node.location))
        }
        return derive(from: base ?? BuiltinTypes.anySimpleType, by: declared, at: node)
    }

    /// What restricting `base` by `declared` yields: the base's kind with merged facets; an
    /// enumeration when this step enumerates, or when it restricts an enumeration without
    /// enumerating (the base's values still apply); `builtin` is the built-in at the chain's root.
    private func derive(from base: QName, by declared: DeclaredFacets, at node: SchemaNode) -> TypeDefinition.Kind {
        let values = declared.enumeration
        switch simpleKind(of: base, at: node) {
        case .enumeration(let enumeration):
            return .enumeration(Enumeration(base: base, builtin: enumeration.builtin, values: values.isEmpty ? enumeration.values : values,
                                            facets: declared.merged(onto: enumeration.facets)))
        case .list(let list) where values.isEmpty:
            return .list(ListType(itemType: list.itemType, facets: declared.merged(onto: list.facets)))
        case .union(let union) where values.isEmpty:
            return .union(UnionType(memberTypes: union.memberTypes, facets: declared.merged(onto: union.facets)))
        case .list(let list):
            // An enumerated list or union is, for a client, a set of allowed strings.
            return .enumeration(Enumeration(base: base, builtin: BuiltinTypes.anySimpleType, values: values,
                                            facets: declared.merged(onto: list.facets)))
        case .union(let union):
            return .enumeration(Enumeration(base: base, builtin: BuiltinTypes.anySimpleType, values: values,
                                            facets: declared.merged(onto: union.facets)))
        case .simple(let simple):
            let facets = declared.merged(onto: simple.facets)
            if values.isEmpty { return .simple(SimpleType(base: base, builtin: simple.builtin, facets: facets)) }
            return .enumeration(Enumeration(base: base, builtin: simple.builtin, values: values, facets: facets))
        case .record, .choice:
            // `simpleKind(of:)` never answers these: complex bases were refused when resolved.
            return Self.rootKind(BuiltinTypes.anySimpleType)
        }
    }

    /// The kind of the simple type `name` as a base: built-ins are roots without facets; a
    /// defined type is read on first use (a cycle or a complex type reads as `anySimpleType`).
    private func simpleKind(of name: QName, at node: SchemaNode) -> TypeDefinition.Kind {
        guard !BuiltinTypes.isBuiltin(name) else { return Self.rootKind(name) }
        switch definition(of: name, at: node)?.kind {
        case .record?, .choice?, nil: return Self.rootKind(BuiltinTypes.anySimpleType)
        case let kind?: return kind
        }
    }

    private static func rootKind(_ builtin: QName) -> TypeDefinition.Kind {
        .simple(SimpleType(base: builtin, builtin: builtin))
    }

    private func listItem(_ node: SchemaNode, scope: NameScope) -> QName {
        var item = node.attribute("itemType").flatMap { simpleTypeReference($0, at: node) }
        for child in node.contentChildren {
            if child.kind == "simpleType", node.attribute("itemType") == nil, item == nil {
                item = anonymousSimpleType(child, at: "item", in: scope)
            } else {
                report(XSD11Constructs.skipped(child, in: "xs:list"))
            }
        }
        if item == nil, node.attribute("itemType") == nil {
            report(.error("xs:list needs an itemType attribute or an xs:simpleType", at: node.location))
        }
        return item ?? BuiltinTypes.anySimpleType
    }

    private func unionMembers(_ node: SchemaNode, scope: inout NameScope) -> [QName] {
        let listed = (node.attribute("memberTypes") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        var members = listed.compactMap { simpleTypeReference(String($0), at: node) }
        for child in node.contentChildren {
            if child.kind == "simpleType" {
                let local = scope.numbered("union")
                members.append(anonymousSimpleType(child, at: local, in: scope))
            } else {
                report(XSD11Constructs.skipped(child, in: "xs:union"))
            }
        }
        if members.isEmpty, listed.isEmpty {
            report(.error("xs:union needs memberTypes or xs:simpleType members", at: node.location))
        }
        return members
    }
}
