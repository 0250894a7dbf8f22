/// Property and case names within one generated type, unique and stable.
struct MemberNames {
    /// Members every generated type has, which a schema name must not shadow, and `self`, which
    /// after a dot is always the expression itself.
    static let reserved: Set<String> = ["validate", "encode", "lexical", "rawValue", "hashValue", "hash", "description", "init", "self"]

    private var used: Set<String> = []

    init(reserving names: Set<String> = []) { used = names }

    /// A unique name for `wanted` (already an identifier): taken names get a number, in the
    /// order members are named, so the first keeps its name.
    mutating func claim(_ wanted: String) -> String {
        var name = Self.reserved.contains(wanted) ? wanted + "Value" : wanted
        if used.contains(name) || Self.reserved.contains(name) {
            var counter = 2
            while used.contains("\(name)\(counter)") { counter += 1 }
            name += String(counter)
        }
        used.insert(name)
        return name
    }
}
