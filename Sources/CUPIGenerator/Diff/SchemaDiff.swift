/// The diff stage: two API models in, the changes between them out. Things are matched by what
/// they mean, never by where they are written: resources by path, operations by method and
/// path, params by style and name, representations by media type, types and elements by
/// qualified name (so a renamed prefix or a type moved to another file is no change), anonymous
/// types through the element or group they stand at.
public enum SchemaDiff {
    /// The changes from `old` to `new`, most severe first, in a stable order. `options` names the
    /// generated Swift symbols each change touches (name overrides, client name), as `generate` would.
    public static func compare(old: APIModel, new: APIModel, options: GeneratorOptions = GeneratorOptions()) -> [Change] {
        var run = DiffRun(old: old, new: new, options: options)
        run.compareAPI()
        run.compareElements()
        run.compareTypes()
        return run.changes.sorted(by: Change.reportOrder)
    }
}

/// One model of the two, with the lookups the comparison needs.
struct DiffSide {
    let model: APIModel
    let types: [QName: TypeDefinition]
    let symbols: SwiftSymbols

    init(_ model: APIModel, options: GeneratorOptions) {
        self.model = model
        types = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        symbols = SwiftSymbols(model, options: options)
    }

    func elementType(_ element: QName?) -> QName? {
        element.flatMap { model.element(named: $0)?.type }
    }
}

/// The state of one comparison: both sides and the changes found so far.
struct DiffRun {
    let old: DiffSide
    let new: DiffSide
    let flow: DataFlow
    let equivalence: TypeEquivalence
    private(set) var changes: [Change] = []

    init(old: APIModel, new: APIModel, options: GeneratorOptions) {
        self.old = DiffSide(old, options: options)
        self.new = DiffSide(new, options: options)
        flow = DataFlow(old, new)
        equivalence = TypeEquivalence(old: self.old.types, new: self.new.types)
    }

    /// Records a change found by `rule`, at the level the rule gives `direction`.
    mutating func report(_ rule: DiffRule, _ direction: Change.Direction, at path: String, _ message: String,
                         old: SourceLocation?, new: SourceLocation?, symbol: String?) {
        changes.append(Change(rule: rule.id, level: rule.level(for: direction), direction: direction, path: path,
                              message: message, old: old, new: new, symbol: symbol))
    }

    /// Reports a documentation-only change of `subject`, if its text differs (ignoring layout).
    mutating func compareDocumentation(_ old: String?, _ new: String?, of subject: String, _ direction: Change.Direction,
                                       at path: String, old oldLocation: SourceLocation?, new newLocation: SourceLocation?,
                                       symbol: String?) {
        guard Self.normalized(old) != Self.normalized(new) else { return }
        let what = old == nil ? "documentation added" : new == nil ? "documentation removed" : "documentation changed"
        report(.documentationChanged, direction, at: path, "\(subject): \(what)",
               old: oldLocation, new: newLocation, symbol: symbol)
    }

    /// Whether a reference to `old` in the old model and one to `new` in the new model mean the
    /// same; reports `type-changed` or `type-renamed` when they do not share a name.
    mutating func compareReference(_ oldType: QName, _ newType: QName, of subject: String, _ direction: Change.Direction,
                                   at path: String, old oldLocation: SourceLocation?, new newLocation: SourceLocation?,
                                   symbol: String?) {
        guard oldType != newType else { return }
        let text = "\(subject): type \(Self.display(oldType)) → \(Self.display(newType))"
        if equivalence.equivalent(oldType, newType) {
            report(.typeRenamed, direction, at: path, text + " (same structure)", old: oldLocation, new: newLocation, symbol: symbol)
        } else {
            report(.typeChanged, direction, at: path, text, old: oldLocation, new: newLocation, symbol: symbol)
        }
    }

    /// A qualified name as reports show it: the local name, `xs:` for built-ins, `{…}` spelled
    /// out only by the path where a namespace is needed to tell names apart.
    static func display(_ name: QName) -> String {
        name.isBuiltin ? "xs:\(name.name)" : name.name
    }

    private static func normalized(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Pairs up two lists by a key: what only the old one has, what only the new one has, and the
/// pairs. A key that repeats is numbered by its order of appearance, so lists stay comparable.
struct Matching<Item> {
    var removed: [(key: String, item: Item)] = []
    var added: [(key: String, item: Item)] = []
    var matched: [(key: String, old: Item, new: Item)] = []

    init(_ old: [Item], _ new: [Item], key: (Item) -> String) {
        func keyed(_ items: [Item]) -> [(String, Item)] {
            var seen: [String: Int] = [:]
            return items.map { item in
                let base = key(item)
                seen[base, default: 0] += 1
                let count = seen[base]!
                return (count == 1 ? base : "\(base)#\(count)", item)
            }
        }
        let oldKeyed = keyed(old), newKeyed = keyed(new)
        let newByKey = Dictionary(newKeyed, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(oldKeyed.map(\.0))
        for (key, item) in oldKeyed {
            if let partner = newByKey[key] { matched.append((key, item, partner)) } else { removed.append((key, item)) }
        }
        for (key, item) in newKeyed where !oldKeys.contains(key) { added.append((key, item)) }
    }
}
