/// Decides whether a type of the old model and a type of the new one have the same structure
/// (same fields, occurrences, values and facets, recursively), whatever their names, files or
/// documentation. This tells a renamed type, whose wire format is unchanged, from a real change.
struct TypeEquivalence {
    let old: [QName: TypeDefinition]
    let new: [QName: TypeDefinition]

    private struct Pair: Hashable {
        var old: QName
        var new: QName
    }

    func equivalent(_ oldName: QName, _ newName: QName) -> Bool {
        var assumed: Set<Pair> = []
        return equivalent(oldName, newName, assuming: &assumed)
    }

    // Recursive types compare coinductively: a pair under comparison is taken as equal, so a
    // self-referencing type equals its renamed copy.
    private func equivalent(_ oldName: QName, _ newName: QName, assuming assumed: inout Set<Pair>) -> Bool {
        if oldName.isBuiltin || newName.isBuiltin { return oldName == newName }
        guard let oldType = old[oldName], let newType = new[newName] else { return oldName == newName }
        guard assumed.insert(Pair(old: oldName, new: newName)).inserted else { return true }
        switch (oldType.kind, newType.kind) {
        case (.record(let a), .record(let b)):
            return a.isAbstract == b.isAbstract && a.isMixed == b.isMixed && fields(a.fields, b.fields, &assumed)
        case (.choice(let a), .choice(let b)):
            return fields(a.alternatives, b.alternatives, &assumed)
        case (.simple(let a), .simple(let b)):
            return a.builtin == b.builtin && a.facets == b.facets
        case (.enumeration(let a), .enumeration(let b)):
            return a.builtin == b.builtin && a.facets == b.facets && a.values.map(\.value) == b.values.map(\.value)
        case (.list(let a), .list(let b)):
            return a.facets == b.facets && equivalent(a.itemType, b.itemType, assuming: &assumed)
        case (.union(let a), .union(let b)):
            return a.facets == b.facets && a.memberTypes.count == b.memberTypes.count
                && zip(a.memberTypes, b.memberTypes).allSatisfy { equivalent($0, $1, assuming: &assumed) }
        default:
            return false
        }
    }

    private func fields(_ a: [Field], _ b: [Field], _ assumed: inout Set<Pair>) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.kind == y.kind, x.name == y.name, x.occurs == y.occurs, x.isNillable == y.isNillable,
                  x.defaultValue == y.defaultValue, x.fixedValue == y.fixedValue, x.wildcard == y.wildcard,
                  x.substitutes == y.substitutes else { return false }
            switch (x.type, y.type) {
            case (nil, nil): continue
            case let (p?, q?): if !equivalent(p, q, assuming: &assumed) { return false }
            default: return false
            }
        }
        return true
    }
}
