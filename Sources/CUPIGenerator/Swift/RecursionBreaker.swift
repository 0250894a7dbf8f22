/// Finds where a value type would contain itself (a struct holding an optional of itself, a
/// choice whose alternative leads back to it), which Swift rejects as "infinite size", and
/// picks the least indirection that breaks every such cycle: choices in a cycle become
/// `indirect enum`s; struct properties that still close a cycle are stored boxed.
struct RecursionBreaker {
    private(set) var indirectChoices: Set<QName> = []
    /// (record, property index) pairs to box.
    private(set) var boxedFields: Set<FieldKey> = []

    struct FieldKey: Hashable {
        var owner: QName
        var index: Int
    }

    init(_ types: [TypeDefinition]) {
        let byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func inlineEdges(_ type: TypeDefinition) -> [(target: QName, field: Int?)] {
            switch type.kind {
            case .record(let record):
                return record.fields.enumerated().compactMap { index, field in
                    guard !field.occurs.isRepeating, let target = field.type, Self.isValueType(byName[target]) else { return nil }
                    return (target, index)
                }
            case .choice(let choice):
                return choice.alternatives.compactMap { field in
                    guard let target = field.type, Self.isValueType(byName[target]) else { return nil }
                    return (target, nil)
                }
            default: return []
            }
        }
        let nodes = types.filter { Self.isValueType($0) }.map(\.name)
        let edges = Dictionary(uniqueKeysWithValues: nodes.map { name in (name, inlineEdges(byName[name]!)) })
        let first = StronglyConnected(nodes: nodes, successors: { edges[$0]?.map(\.target) ?? [] })
        for name in nodes where first.isCyclic(name) {
            if case .choice = byName[name]?.kind { indirectChoices.insert(name) }
        }
        let second = StronglyConnected(nodes: nodes, successors: { name in
            self.indirectChoices.contains(name) ? [] : edges[name]?.map(\.target) ?? []
        })
        for name in nodes where second.isCyclic(name) {
            for edge in edges[name] ?? [] where edge.field != nil && second.component(of: edge.target) == second.component(of: name) {
                boxedFields.insert(FieldKey(owner: name, index: edge.field!))
            }
        }
    }

    private static func isValueType(_ type: TypeDefinition?) -> Bool {
        switch type?.kind {
        case .record, .choice: return true
        default: return false
        }
    }
}

/// Strongly connected components (Tarjan's algorithm, iterative so that deep schemas cannot
/// overflow the stack).
struct StronglyConnected {
    private var componentOf: [QName: Int] = [:]
    private var cyclic: Set<QName> = []

    init(nodes: [QName], successors: (QName) -> [QName]) {
        var index: [QName: Int] = [:], lowLink: [QName: Int] = [:]
        var onStack: Set<QName> = [], stack: [QName] = []
        var counter = 0, components = 0
        for root in nodes where index[root] == nil {
            var work: [(node: QName, next: [QName], position: Int)] = [(root, successors(root), 0)]
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while !work.isEmpty {
                let top = work.count - 1
                let (node, next, position) = work[top]
                if position < next.count {
                    work[top].position += 1
                    let successor = next[position]
                    if successor == node { cyclic.insert(node) }
                    if index[successor] == nil {
                        index[successor] = counter; lowLink[successor] = counter; counter += 1
                        stack.append(successor); onStack.insert(successor)
                        work.append((successor, successors(successor), 0))
                    } else if onStack.contains(successor) {
                        lowLink[node] = min(lowLink[node]!, index[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent]!, lowLink[node]!) }
                guard lowLink[node] == index[node] else { continue }
                var members: [QName] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    componentOf[member] = components
                    members.append(member)
                    if member == node { break }
                }
                if members.count > 1 { cyclic.formUnion(members) }
                components += 1
            }
        }
    }

    func component(of node: QName) -> Int? { componentOf[node] }

    /// The node lies on a cycle (its component has several nodes, or it reaches itself).
    func isCyclic(_ node: QName) -> Bool { cyclic.contains(node) }
}
