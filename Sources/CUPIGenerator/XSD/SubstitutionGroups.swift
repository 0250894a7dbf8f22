/// Substitution groups: which global element heads which, and for each head every element
/// that may stand in its place.
struct SubstitutionGroups {
    private var heads: [QName: QName] = [:]
    private var members: [QName: [QName]] = [:]

    init() {}

    fileprivate init(heads: [QName: QName], members: [QName: [QName]]) {
        self.heads = heads
        self.members = members
    }

    /// The head of the group `element` belongs to, if it names a defined one.
    func head(of element: QName) -> QName? { heads[element] }

    /// The global elements whose substitution chain leads to `head`, abstract ones left out, sorted.
    func members(of head: QName) -> [QName] { members[head] ?? [] }
}

extension SchemaResolver {
    /// Binds every global element's `substitutionGroup`, reporting undefined heads and cycles.
    func readSubstitutionGroups() {
        var heads: [QName: QName] = [:]
        var abstract: Set<QName> = []
        for name in index.names(.element) {
            guard let node = index.node(.element, name) else { continue }
            if flag("abstract", of: node) { abstract.insert(name) }
            if let lexical = node.attribute("substitutionGroup"), let head = reference(lexical, in: .element, at: node) {
                heads[name] = head.name
            }
        }
        var members: [QName: Set<QName>] = [:]
        for name in index.names(.element) {
            guard let node = index.node(.element, name) else { continue }
            var visited: Set<QName> = [name]
            var current = name
            while let head = heads[current], spend(at: node) {
                if head == name {
                    // Reported once per cycle, at the member with the smallest name.
                    if visited.min() == name {
                        report(.error("circular substitution group: element '\(name.name)' is its own head", at: node.location))
                    }
                    break
                }
                guard visited.insert(head).inserted else { break }
                if !abstract.contains(name) { members[head, default: []].insert(name) }
                current = head
            }
        }
        substitutions = SubstitutionGroups(heads: heads, members: members.mapValues { $0.sorted() })
    }
}
