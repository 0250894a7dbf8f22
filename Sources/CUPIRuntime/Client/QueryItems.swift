/// The query parameters of a request, in the order they were appended.
///
/// Values are kept raw; the client percent-encodes them when it builds the URL (see
/// `PercentEncoding`), so callers never pre-encode.
public struct QueryItems: Sendable, Hashable {
    /// One `name=value` pair.
    public struct Item: Sendable, Hashable {
        /// The parameter name, unencoded.
        public var name: String
        /// The value's lexical form, unencoded.
        public var value: String
    }

    /// The pairs, in order; a repeating parameter appears once per value.
    public private(set) var items: [Item] = []

    /// An empty list.
    public init() {}

    /// Appends `name` with `value`'s lexical form; nil appends nothing.
    public mutating func append(_ name: String, _ value: (some XMLSimpleValue)?) {
        guard let value else { return }
        items.append(Item(name: name, value: value.lexical))
    }

    /// Appends `name` once per value, in order (a repeating parameter).
    public mutating func append(_ name: String, _ values: [some XMLSimpleValue]) {
        for value in values { items.append(Item(name: name, value: value.lexical)) }
    }

    /// Appends a query-language parameter (`query`, `sort`) from its raw text, for example
    /// `Query.rawValue`; nil appends nothing.
    public mutating func append(query name: String, _ value: String?) {
        guard let value else { return }
        items.append(Item(name: name, value: value))
    }

    /// Whether nothing was appended.
    public var isEmpty: Bool { items.isEmpty }

    /// `name=value&…`, percent-encoded; "" when empty.
    public var encoded: String {
        items.map { PercentEncoding.queryComponent($0.name) + "=" + PercentEncoding.queryComponent($0.value) }
            .joined(separator: "&")
    }
}
