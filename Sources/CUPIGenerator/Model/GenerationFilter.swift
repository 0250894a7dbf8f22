/// What a client keeps of a description: operations by id, by path prefix or by resource, and
/// types by name. Generation then keeps exactly those operations and the types they reach
/// (request and response elements, params, fields, bases, substitution members, faults), plus
/// the types named. An empty filter keeps everything.
public struct GenerationFilter: Sendable, Hashable {
    /// A name as the user wrote it, and where (for a diagnostic when the description lacks it).
    public struct Name: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation?

        public init(_ text: String, at location: SourceLocation? = nil) {
            self.text = text
            self.location = location
        }
    }

    /// WADL method ids (`listUsers`).
    public var operations: [Name] = []
    /// Path prefixes, whole segments (`users` keeps `users` and `users/{objectId}/…`).
    public var paths: [Name] = []
    /// Resource paths, exactly (`users/{objectId}`).
    public var resources: [Name] = []
    /// Type names, local (`User`) or qualified (`{urn:x}User`).
    public var types: [Name] = []

    public init(operations: [Name] = [], paths: [Name] = [], resources: [Name] = [], types: [Name] = []) {
        self.operations = operations
        self.paths = paths
        self.resources = resources
        self.types = types
    }

    public var isEmpty: Bool { operations.isEmpty && paths.isEmpty && resources.isEmpty && types.isEmpty }

    /// The filter's stage: `model` with only the selected operations and the types they reach, or
    /// an error for each name the description does not have.
    public func apply(to model: APIModel) -> (model: APIModel, diagnostics: [Diagnostic]) {
        guard !isEmpty else { return (model, []) }
        var diagnostics: [Diagnostic] = []
        func trimmed(_ path: String) -> String { path.split(separator: "/").joined(separator: "/") }
        for name in operations where !model.operations.contains(where: { $0.id == name.text }) {
            diagnostics.append(.error("filter: no operation has the id '\(name.text)'", at: name.location))
        }
        for name in paths where !model.operations.contains(where: { Self.path(trimmed($0.path), startsWith: trimmed(name.text)) }) {
            diagnostics.append(.error("filter: no operation's path starts with '\(name.text)'", at: name.location))
        }
        for name in resources where !model.operations.contains(where: { trimmed($0.path) == trimmed(name.text) }) {
            diagnostics.append(.error("filter: no resource has the path '\(name.text)'", at: name.location))
        }
        let named = types.map { name in (name, model.types.first { $0.name.description == name.text || $0.name.name == name.text }) }
        for (name, type) in named where type == nil {
            diagnostics.append(.error("filter: no type is named '\(name.text)'", at: name.location))
        }
        guard diagnostics.isEmpty else { return (model, diagnostics) }

        var filtered = model
        filtered.operations = model.operations.filter { operation in
            let path = trimmed(operation.path)
            return operations.contains { $0.text == operation.id }
                || paths.contains { Self.path(path, startsWith: trimmed($0.text)) }
                || resources.contains { trimmed($0.text) == path }
        }
        var roots = named.compactMap { $0.1?.name }
        for operation in filtered.operations {
            roots += operation.params.map(\.type)
            let representations = operation.request + operation.responses.flatMap(\.representations)
            for representation in representations {
                roots += representation.params.map(\.type)
                if let element = representation.element, let type = model.element(named: element)?.type { roots.append(type) }
            }
            roots += operation.responses.flatMap(\.params).map(\.type)
        }
        let kept = TypeGraph(model).closure(of: roots)
        filtered.types = model.types.filter { kept.contains($0.name) }
        filtered.elements = model.elements.filter { kept.contains($0.type) }
        return (filtered, [])
    }

    /// Whether `path` is `prefix` or below it, segment by segment (`users/{id}` is below `users`,
    /// `userroles` is not).
    static func path(_ path: String, startsWith prefix: String) -> Bool {
        path == prefix || path.hasPrefix(prefix + "/")
    }
}
