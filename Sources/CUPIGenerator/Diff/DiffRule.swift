/// A kind of change the diff recognizes: a stable id, the level it has for each direction and
/// an example. The table of rules (`DiffRule.all`) is the single source of the reference page
/// `docs/diff-rules.md`, so code and documentation cannot drift apart.
public struct DiffRule: Sendable, Hashable {
    /// Stable, kebab-case; reports, the ignore file and CI scripts key on it.
    public var id: String
    /// The level when the changed thing is sent by the client.
    public var request: Change.Level
    /// The level when the changed thing is received by the client.
    public var response: Change.Level
    /// What the rule finds, one sentence.
    public var summary: String
    /// A before → after example.
    public var example: String

    public init(_ id: String, request: Change.Level, response: Change.Level, summary: String, example: String) {
        self.id = id
        self.request = request
        self.response = response
        self.summary = summary
        self.example = example
    }

    init(_ id: String, level: Change.Level, summary: String, example: String) {
        self.init(id, request: level, response: level, summary: summary, example: example)
    }

    /// The level of a change in `direction`: data used both ways gets the more severe level,
    /// the way oasdiff judges a schema shared by request and response bodies.
    public func level(for direction: Change.Direction) -> Change.Level {
        switch direction {
        case .request: request
        case .response: response
        case .both: min(request, response)
        }
    }

    /// Every rule, in the order the reference page lists them.
    public static let all: [DiffRule] = apiRules + schemaRules

    /// The rule with `id`, if there is one.
    public static func named(_ id: String) -> DiffRule? { all.first { $0.id == id } }
}
