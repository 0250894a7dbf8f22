/// The types each type refers to.
struct TypeGraph {
    private var edges: [QName: [QName]] = [:]

    init(_ model: APIModel) {
        let elementTypes = Dictionary(model.elements.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        for type in model.types {
            var targets: [QName] = []
            func add(_ fields: [Field]) {
                for field in fields {
                    if let target = field.type { targets.append(target) }
                    targets += field.substitutes.compactMap { elementTypes[$0] }
                }
            }
            switch type.kind {
            case .record(let record):
                if let base = record.base { targets.append(base) }
                add(record.fields)
            case .choice(let choice): add(choice.alternatives)
            case .simple(let simple): targets.append(simple.base)
            case .enumeration(let enumeration): targets.append(enumeration.base)
            case .list(let list): targets.append(list.itemType)
            case .union(let union): targets += union.memberTypes
            }
            edges[type.name] = targets
        }
    }

    func closure(of roots: [QName]) -> Set<QName> {
        var seen: Set<QName> = []
        var stack = roots
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            stack += edges[next] ?? []
        }
        return seen
    }
}
