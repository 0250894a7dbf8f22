/// The state of one read: the index to bind references against, the types produced so far
/// (which also memoize named types, so each is read once however often it is a base), and
/// the guards that keep hostile input from recursing or expanding without bound.
///
/// The readers for each kind of component are extensions of this class, one file each.
final class SchemaResolver {
    let index: SchemaIndex
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var types: [QName: TypeDefinition] = [:]
    var names = AnonymousNames()
    var substitutions = SubstitutionGroups()
    /// Global element and attribute declarations, read on first reference.
    var elementDeclarations: [QName: ElementDeclaration] = [:]
    var attributeDeclarations: [QName: Field] = [:]
    /// Named types, elements, groups and attribute groups being read: meeting one again is a cycle.
    var inProgress: Set<String> = []
    /// While checking an unused group, the anonymous types it yields are not kept.
    var discardsAnonymousTypes = false

    /// Nesting of anonymous types, groups and derivations. Real schemas stay far below this;
    /// the limit keeps a hostile chain from exhausting the stack.
    static let maximumDepth = 128
    private var depth = 0
    /// Particles and attributes read in all (a schema of 2,000 types of 20 particles reads about
    /// 50,000), so that group references that fan out cannot expand exponentially.
    static let maximumWork = 1_000_000
    private(set) var work = 0
    /// How many particles one expansion of a group or attribute group reads, by `key(_:_:)`.
    /// A group is in here once a reference to it was met (expanded or refused).
    var expansionSizes: [String: Int] = [:]

    init(index: SchemaIndex) {
        self.index = index
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Adds a type to the output (anonymous ones unless an unused group is being checked).
    func emit(_ type: TypeDefinition) {
        if discardsAnonymousTypes, type.isAnonymous { return }
        types[type.name] = type
    }

    /// Runs `body` one level deeper, or reports that `node` nests too deeply and returns nil.
    func nested<Result>(at node: SchemaNode, _ body: () -> Result) -> Result? {
        guard depth < Self.maximumDepth else {
            report(.error("schema components nest more than \(Self.maximumDepth) levels deep here; not read further", at: node.location))
            return nil
        }
        depth += 1
        defer { depth -= 1 }
        return body()
    }

    /// Takes the types and memos that a resolver over the same index read for other names
    /// (`ParallelRead`); false when it read a type differently from this one, which only the
    /// order of reading can explain.
    func absorb(_ read: SliceRead) -> Bool {
        for (name, type) in read.types {
            guard let mine = types[name] else {
                types[name] = type
                continue
            }
            guard mine == type else { return false }
        }
        elementDeclarations.merge(read.elementDeclarations) { mine, _ in mine }
        attributeDeclarations.merge(read.attributeDeclarations) { mine, _ in mine }
        expansionSizes.merge(read.expansionSizes) { mine, _ in mine }
        work += read.work
        return true
    }

    /// Counts one unit of work at `node`; false (reported once) when the budget is spent.
    func spend(at node: SchemaNode) -> Bool {
        work += 1
        if work == Self.maximumWork {
            report(.error("content models expand to more than \(Self.maximumWork) particles; the rest is not read", at: node.location))
        }
        return work < Self.maximumWork
    }

    /// `name` as a key of `inProgress` for components of `space`.
    static func key(_ space: SchemaIndex.Space, _ name: QName) -> String { "\(space.rawValue) \(name)" }
}
