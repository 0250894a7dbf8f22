/// A JSON value as parsed: numbers keep their text so no precision is lost, and objects keep
/// their member order so output is deterministic.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number's lexical text, exactly as written.
    case number(String)
    /// A string, unescaped.
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object, members in order.
    case object(JSONObject)

    /// A short name of the value's kind, for error messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON object: members in the order they were read or written.
public struct JSONObject: Sendable, Hashable {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: JSONValue
        /// Makes a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in order.
    public var members: [Member]

    /// An object with `members` in the given order.
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = members.map { Member(key: $0.0, value: $0.1) }
    }

    /// The value of the first member named `key`, or nil.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// Appends a member (a repeated key is kept, as JSON text would).
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// The number of members, repeated keys counted.
    public var count: Int { members.count }
}
