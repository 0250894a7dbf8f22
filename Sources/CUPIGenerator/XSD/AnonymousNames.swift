/// Deterministic names for anonymous types, built from the path to where the type stands
/// (see `TypeDefinition.name`): `/E` for global element `E`, `T/C` for local element `C` of
/// type `T`, `T/@a` for an attribute, `T/choice(1)` for a synthesized group, `T/item`,
/// `T/union(1)`, `T/base`, `T/text` for simple types. Every path contains a `/`, which no
/// declared name can (declared names are checked to be NCNames), so none collides with a real one.
struct AnonymousNames {
    private var used: Set<QName> = []
    /// The next suffix to try for a path that is taken, so that many repeats stay linear.
    private var nextSuffix: [QName: Int] = [:]

    /// The name for `path`, made unique by appending `(2)`, `(3)`, … when the same path repeats
    /// (two local elements of one name in one type, or one group referenced twice).
    mutating func claim(_ path: String, namespace: String) -> QName {
        let plain = QName(namespace, path)
        guard used.contains(plain) else {
            used.insert(plain)
            return plain
        }
        var suffix = nextSuffix[plain] ?? 2
        var candidate = QName(namespace, "\(path)(\(suffix))")
        while used.contains(candidate) {
            suffix += 1
            candidate = QName(namespace, "\(path)(\(suffix))")
        }
        nextSuffix[plain] = suffix + 1
        used.insert(candidate)
        return candidate
    }
}

/// The type whose anonymous parts are being named, with per-kind counters so that groups and
/// union members are numbered 1, 2, … in document order within their parent.
struct NameScope {
    let path: String
    let namespace: String
    private var counters: [String: Int] = [:]

    init(_ name: QName) {
        path = name.name
        namespace = name.namespace
    }

    /// The name of the anonymous type of global element `name` (`/E`) or attribute (`/@a`).
    /// Global names are unique, so these need no claim.
    static func global(_ name: QName, attribute: Bool = false) -> QName {
        QName(name.namespace, "/" + (attribute ? "@" : "") + name.name)
    }

    /// The name for the anonymous type at `local` (`C`, `@a`, `choice(1)`, `item`, …) in this scope.
    func claim(_ local: String, in names: inout AnonymousNames) -> QName {
        names.claim(path + "/" + local, namespace: namespace)
    }

    /// `kind(n)`, n counting the calls for `kind` in this scope from 1.
    mutating func numbered(_ kind: String) -> String {
        let count = (counters[kind] ?? 0) + 1
        counters[kind] = count
        return "\(kind)(\(count))"
    }
}

extension SchemaNode {
    /// Whether `name` can be a declared name: an approximation of NCName that rejects every
    /// ASCII character an NCName may not hold (`/`, `:`, `(`, `@`, spaces, …), which is what keeps
    /// anonymous paths collision-free.
    static func isNCName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        let isStart: (Unicode.Scalar) -> Bool = { $0.value > 0x7F || $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        guard isStart(first) else { return false }
        return name.unicodeScalars.allSatisfy { isStart($0) || $0 == "-" || $0 == "." || ("0"..."9").contains($0) }
    }
}
