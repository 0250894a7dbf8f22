/// One difference between two API models, judged for a client built against the old one.
public struct Change: Sendable, Hashable, Codable {
    /// How much a change matters to an existing client, most severe first.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// An existing client stops working: a call fails or a payload no longer decodes.
        case breaking
        /// An existing client keeps working but may misbehave, or regenerating changes its Swift API.
        case warning
        /// Nothing an existing client does is affected.
        case info

        public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }

        private var rank: Int { Level.allCases.firstIndex(of: self)! }
    }

    /// Which way the data a change touches flows, which decides its level: the client writes
    /// requests and reads responses.
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        case request, response, both
    }

    /// The stable id of the rule that found the change (see `DiffRule.all`).
    public var rule: String
    public var level: Level
    public var direction: Direction
    /// Where in the API the change is, as an address the ignore file can match: `GET users/{}`,
    /// `User/Alias`, `User/@total`, `TransferType#Supervised`.
    public var path: String
    public var message: String
    /// Where the changed thing stands in the old description; nil for an addition.
    public var old: SourceLocation?
    /// Where it stands in the new description; nil for a removal.
    public var new: SourceLocation?
    /// The generated Swift declaration the change affects (`User.alias`), when there is one.
    public var symbol: String?

    public init(rule: String, level: Level, direction: Direction, path: String, message: String,
                old: SourceLocation?, new: SourceLocation?, symbol: String?) {
        self.rule = rule
        self.level = level
        self.direction = direction
        self.path = path
        self.message = message
        self.old = old
        self.new = new
        self.symbol = symbol
    }

    /// Report order: most severe first, then by place in the API, so that output is stable.
    static func reportOrder(_ a: Change, _ b: Change) -> Bool {
        if a.level != b.level { return a.level < b.level }
        if a.path != b.path { return a.path < b.path }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.message != b.message { return a.message < b.message }
        let oldA = a.old?.description ?? "", oldB = b.old?.description ?? ""
        if oldA != oldB { return oldA < oldB }
        return (a.new?.description ?? "") < (b.new?.description ?? "")
    }
}

extension Array where Element == Change {
    /// How many changes there are of `level`.
    public func count(_ level: Change.Level) -> Int { filter { $0.level == level }.count }
}
