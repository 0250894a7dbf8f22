/// A group of endpoints, a nested struct of the client named like a static path segment
/// (`cupi.users.credential.pin`): its methods, the nested types they share, and its subgroups.
struct EndpointGroupDecl: Sendable {
    /// The property on the parent (`callHandlers`).
    var property: String
    /// The struct's name, nested in the parent (`CallHandlersEndpoints`).
    var typeName: String
    var nestedTypes: [NestedTypeDecl] = []
    var methods: [EndpointDecl] = []
    var children: [EndpointGroupDecl] = []
}

/// An option list or a column list, declared in the group that uses it.
enum NestedTypeDecl: Sendable {
    /// A `String`-backed enum of a parameter's WADL `option`s.
    case options(name: String, cases: [(name: String, value: String, documentation: [String])])
    /// The columns of `item` a query or sort may name: case name → column name.
    case columns(name: String, item: String, columns: [(name: String, column: String)])

    var name: String {
        switch self {
        case .options(let name, _), .columns(let name, _, _): return name
        }
    }
}

/// One WADL method as a Swift method, with every name decided.
struct EndpointDecl: Sendable {
    /// The method's name in its group (`list`).
    var name: String
    var httpMethod: String
    /// The path template the request goes to (`users/{objectId}`).
    var path: String
    var operationId: String?
    var documentation: [String]
    var arguments: [ArgumentDecl]
    var result: ResultDecl
    /// For a paged list: its `all` and `count` companions.
    var paging: PagingDecl?

    /// The labels of the call, `options` last: `list(query:sort:rowsPerPage:pageNumber:options:)`.
    var signature: String {
        name + "(" + (arguments.map(\.label) + ["options"]).map { $0 + ":" }.joined() + ")"
    }
}

/// An argument of an endpoint method and where its value goes in the request.
struct ArgumentDecl: Sendable {
    enum Placement: Sendable {
        case template, query, header, matrix
        /// The request body: an XML or JSON document whose root is `rootName`.
        case body(rootName: String)
        /// The request body as bytes of `mediaType` (audio, for example).
        case data(mediaType: String)
    }

    /// The argument label (`_` for a body).
    var label: String
    /// The name inside the method (differs from the label only for a body).
    var name: String
    /// The Swift type of one value.
    var type: String
    /// The parameter's name in the request (the query key, the template name).
    var key: String
    var placement: Placement
    var isRequired: Bool
    var isRepeating: Bool
    /// The value is an enum of options or a query/sort value, written by its `rawValue`.
    var isRaw: Bool
}

/// What a successful response returns.
enum ResultDecl: Sendable {
    /// A document decoded as `type` from root element `root`.
    case decoded(type: String, root: String, statuses: [Int])
    /// The new object of a create (`201` with its URI as text).
    case created(statuses: [Int])
    /// A text body.
    case text(statuses: [Int])
    /// A body of another media type, as bytes.
    case data(mediaType: String, statuses: [Int])
    case none(statuses: [Int])
}

/// A paged list's companions: `all` walks every page, `count` asks for the total alone.
struct PagingDecl: Sendable {
    /// The item type (`User`).
    var item: String
    /// The list document's property holding the items (`user`).
    var itemsProperty: String
    /// An `Int?` expression over `page` for the total, when the list has one.
    var total: String?
    var allName: String
    var countName: String
}
