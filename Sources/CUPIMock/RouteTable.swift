import CUPIRuntime
import Foundation

/// What the mock does for one WADL operation, derived from its method, its path and the
/// elements it exchanges, so that every operation the client can call has a route.
enum RouteAction: Sendable, Hashable {
    /// GET on a collection: a list document whose root is `listElement`, holding `itemElement`s.
    case list(listElement: String, itemElement: String)
    /// POST on a collection: a new `element` in it; 201 with its URI.
    case create(element: String)
    /// GET of one object (or of a singleton such as `credential/pin`).
    case read(element: String)
    /// PUT of the fields present into one object.
    case update(element: String)
    /// DELETE of one object.
    case delete
    /// POST on an object (`?method=resetmwi`): accepted, nothing stored.
    case action
    /// GET of bytes (a greeting's audio): what was last uploaded to the path, byte for byte.
    case download
    /// PUT of bytes: stored as they came, with their media type.
    case upload
}

/// One operation's route: the path template split into segments.
struct Route: Sendable {
    /// Literal segments, and `nil` where the template has a `{param}`.
    var segments: [String?]
    var method: String
    var action: RouteAction
    /// Query parameters the WADL marks required (for example `templateAlias` on a create).
    var requiredQuery: [String]
    /// The status the operation declares for success.
    var successStatus: Int
    /// Media types of bodies the route takes or answers as bytes (`audio/wav`), not as documents.
    var binaryRequestTypes: [String] = []
    var binaryResponseTypes: [String] = []

    /// Whether a body sent with `contentType` is bytes this route takes (`audio/wav`).
    func takesBytes(_ contentType: String?) -> Bool {
        guard let type = contentType?.lowercased() else { return false }
        return binaryRequestTypes.contains { type.hasPrefix($0.lowercased()) }
    }
}

/// The request path matched to a route: where its object lives in the store.
struct RouteMatch: Sendable {
    var route: Route
    /// The decoded path segments after `/vmrest/`.
    var segments: [String]

    /// The store key of the collection a create or list works on: the whole path.
    var collectionKey: String { segments.joined(separator: "/") }
    /// For an item route: the key of its collection (the path without its last segment).
    var parentKey: String { segments.dropLast().joined(separator: "/") }
    /// For an item route: the item's id (the last segment).
    var itemId: String { segments.last ?? "" }
    /// True when the path ends with a `{param}`, so it names one member of a collection.
    var isItem: Bool { route.segments.last.map { $0 == nil } ?? false }
}

/// Every operation of the generated route table, ready to match request paths against.
struct RouteTable: Sendable {
    private(set) var routes: [Route] = []

    /// Builds routes from `operations` (a generated client's `routes`); an operation whose shape
    /// the mock cannot serve is left out.
    init(_ operations: [OperationRoute]) {
        for operation in operations {
            let segments: [String?] = operation.path.split(separator: "/").map { part in
                part.hasPrefix("{") ? nil : String(part)
            }
            guard let action = Self.action(for: operation, segments: segments) else { continue }
            routes.append(Route(segments: segments, method: operation.method, action: action,
                                requiredQuery: operation.requiredQuery, successStatus: operation.successStatuses.first ?? 200,
                                binaryRequestTypes: operation.requestMediaTypes.filter(Self.isBinary),
                                binaryResponseTypes: operation.responseMediaTypes.filter(Self.isBinary)))
        }
    }

    /// The route for `method` on `segments`, and whether the path exists for another method (405).
    func match(method: String, segments: [String]) -> (match: RouteMatch?, pathExists: Bool) {
        var pathExists = false
        for route in routes where route.segments.count == segments.count {
            let fits = zip(route.segments, segments).allSatisfy { template, actual in
                template.map { $0.caseInsensitiveCompare(actual) == .orderedSame } ?? !actual.isEmpty
            }
            guard fits else { continue }
            pathExists = true
            if route.method == method { return (RouteMatch(route: route, segments: segments), true) }
        }
        return (nil, pathExists)
    }

    /// A media type neither XML, JSON nor text.
    static func isBinary(_ mediaType: String) -> Bool {
        let type = mediaType.lowercased()
        return !type.contains("xml") && !type.contains("json") && !type.hasPrefix("text/") && type != "*/*"
    }

    private static func action(for operation: OperationRoute, segments: [String?]) -> RouteAction? {
        let endsWithParam = segments.last.map { $0 == nil } ?? false
        switch operation.method {
        case "GET":
            if operation.responseElement == nil, operation.responseMediaTypes.contains(where: isBinary) { return .download }
            guard let element = operation.responseElement else { return nil }
            if let item = operation.listItemElement { return .list(listElement: element, itemElement: item) }
            return .read(element: element)
        case "POST":
            if let element = operation.requestElement, !endsWithParam { return .create(element: element) }
            return .action
        case "PUT":
            if let element = operation.requestElement { return .update(element: element) }
            return operation.requestMediaTypes.contains(where: isBinary) ? .upload : nil
        case "DELETE":
            return .delete
        default:
            return nil
        }
    }
}
