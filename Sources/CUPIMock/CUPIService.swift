import CUPIRuntime
import Foundation

/// One HTTP request as the service sees it, after authentication.
struct ServiceRequest: Sendable {
    var method: String
    var path: String
    var parameters: [String: String]
    var body: Data
    /// The format of `body`, from `Content-Type`.
    var bodyFormat: WireFormat
    /// The format to answer in, from `Accept`.
    var responseFormat: WireFormat
    /// `Content-Type` as sent, for bodies of bytes.
    var contentType: String? = nil
}

/// A complete response: status, header fields and body.
public struct MockResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The header fields, in order.
    public var headers: [(String, String)]
    /// The body bytes (empty for `204`).
    public var body: Data

    init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// CUPI's semantics over the store: the route says which operation a request is, the codec
/// reads and writes its bodies, and each operation's change to the store is atomic.
struct CUPIService: Sendable {
    let routes: RouteTable
    let codec: WireCodec
    let store: MockStore
    let description: PublishedDescription

    func handle(_ request: ServiceRequest) -> MockResponse {
        if let published = description.response(method: request.method, path: request.path) { return published }
        guard let segments = PathCoding.segments(of: request.path) else {
            return error(404, "NOT_FOUND", "no resource at \(request.path)", request)
        }
        let (found, pathExists) = routes.match(method: request.method, segments: segments)
        guard let match = found else {
            return pathExists
                ? error(405, "METHOD_NOT_ALLOWED", "\(request.method) is not allowed on \(request.path)", request)
                : error(404, "NOT_FOUND", "no resource at \(request.path)", request)
        }
        if let missing = match.route.requiredQuery.first(where: { request.parameters[$0] == nil }) {
            return error(400, "INVALID_PARAMETER", "the query parameter \(missing) is required", request)
        }
        do {
            switch match.route.action {
            case .list(let listElement, let itemElement):
                return try list(match, listElement: listElement, itemElement: itemElement, request)
            case .read(let element):
                return try read(match, element: element, request)
            case .create(let element):
                return try create(match, element: element, request)
            case .update(let element):
                // A PUT that takes bytes or a document (a greeting's audio, or a CallControl) by its Content-Type.
                if match.route.takesBytes(request.contentType) { return try upload(match, request) }
                return try update(match, element: element, request)
            case .upload:
                return try upload(match, request)
            case .download:
                return try download(match, request)
            case .delete:
                return try delete(match, request)
            case .action:
                try withExisting(match) { _, _ in }
                return MockResponse(status: match.route.successStatus)
            }
        } catch {
            return self.error(error.status, error.code, error.message, request)
        }
    }

    private func list(_ match: RouteMatch, listElement: String, itemElement: String, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        let query: ListQuery
        do { query = try ListQuery(parameters: request.parameters) } catch { throw ServiceFailure.badRequest(error) }
        let items = try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: true)
            return state.collections[match.collectionKey]?.items ?? []
        }
        let (page, total) = query.apply(to: items)
        let document = AnyXMLElement(localName: listElement,
                                     attributes: [XMLAttributeValue(localName: "total", value: String(total))],
                                     children: page.map { .element($0.renamed(itemElement)) })
        return render(200, document, request)
    }

    private func read(_ match: RouteMatch, element: String, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        guard match.isItem else {
            let object = try store.withState { state throws(ServiceFailure) in
                try checkParents(match, in: state, includingLast: true)
                if let stored = state.collections[match.collectionKey]?.objects[""] { return stored }
                guard let initial = Self.initialSingleton(match, element: element) else { throw ServiceFailure.notFound(request.path) }
                return initial
            }
            return render(200, object.renamed(element), request)
        }
        var found = AnyXMLElement(localName: element)
        try withExisting(match) { _, object in found = object }
        return render(200, found.renamed(element), request)
    }

    private func upload(_ match: RouteMatch, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        guard let type = request.contentType, match.route.takesBytes(type) else {
            throw ServiceFailure(status: 415, code: "UNSUPPORTED_MEDIA_TYPE",
                                 message: "\(request.path) takes \(match.route.binaryRequestTypes.joined(separator: " or "))")
        }
        try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: true, keptOnly: true)
            state.blobs[match.collectionKey.lowercased()] = (type, request.body)
        }
        return MockResponse(status: match.route.successStatus)
    }

    private func download(_ match: RouteMatch, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        let blob = try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: true, keptOnly: true)
            return state.blobs[match.collectionKey.lowercased()]
        }
        guard let blob else { throw ServiceFailure.notFound(request.path) }
        return MockResponse(status: 200, headers: [("Content-Type", blob.contentType)], body: blob.data)
    }

    private func delete(_ match: RouteMatch, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: false)
            guard let id = state.collections[match.parentKey]?.storedId(match.itemId),
                  let object = state.collections[match.parentKey]?.objects[id] else {
                throw ServiceFailure.notFound(request.path)
            }
            if object.field("Undeletable") == "true" {
                throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "\(match.itemId) is a system object and cannot be deleted")
            }
            _ = state.collections[match.parentKey]?.remove(id)
            // Everything below the object (greetings, alternate extensions, credentials) goes with it.
            let prefix = "\(match.parentKey)/\(id)/"
            state.collections = state.collections.filter { !$0.key.hasPrefix(prefix) }
            state.secrets = state.secrets.filter { !$0.key.hasPrefix(prefix) }
            state.blobs = state.blobs.filter { !$0.key.hasPrefix(prefix.lowercased()) }
        }
        return MockResponse(status: match.route.successStatus)
    }

    /// Runs `body` on the existing item `match` names, inside the lock; 404 when it is missing.
    func withExisting(_ match: RouteMatch, _ body: (inout MockStore.State, AnyXMLElement) throws(ServiceFailure) -> Void) throws(ServiceFailure) {
        try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: false)
            let key = match.isItem ? match.parentKey : match.collectionKey
            let id = match.isItem ? match.itemId : ""
            guard let storedId = state.collections[key]?.storedId(id), let object = state.collections[key]?.objects[storedId] else {
                throw ServiceFailure.notFound("/vmrest/" + match.collectionKey)
            }
            try body(&state, object)
        }
    }

    /// 404 unless every object the path passes through exists (`users/{id}/…` needs the user);
    /// `includingLast` also checks a trailing `{param}`. With `keptOnly`, a `{param}` of a
    /// collection the store does not keep (a greeting's stream files, which an upload of audio
    /// makes) is not checked.
    func checkParents(_ match: RouteMatch, in state: MockStore.State, includingLast: Bool, keptOnly: Bool = false) throws(ServiceFailure) {
        for (index, template) in match.route.segments.enumerated() where template == nil {
            if index == match.segments.count - 1 && !includingLast { continue }
            let key = match.segments[..<index].joined(separator: "/")
            if keptOnly, state.collections[key] == nil { continue }
            guard state.collections[key]?.storedId(match.segments[index]) != nil else {
                throw ServiceFailure.notFound("/vmrest/" + match.segments[...index].joined(separator: "/"))
            }
        }
    }

    /// What a one-object resource holds before anything was set: a credential's metadata; nil for
    /// any other resource, which does not exist until it is set.
    static func initialSingleton(_ match: RouteMatch, element: String) -> AnyXMLElement? {
        element == "Credential" ? defaultCredential(for: match) : nil
    }

    /// What GET returns for a credential never set: its metadata, never a secret.
    private static func defaultCredential(for match: RouteMatch) -> AnyXMLElement {
        var credential = AnyXMLElement(localName: "Credential")
        credential.setField("URI", "/vmrest/" + match.collectionKey)
        credential.setField("UserObjectId", match.segments.count > 1 ? match.segments[1] : "")
        credential.setField("CredentialType", match.segments.last == "pin" ? "4" : "3")
        credential.setField("Locked", "false")
        credential.setField("HackCount", "0")
        return credential
    }

    func render(_ status: Int, _ element: AnyXMLElement, _ request: ServiceRequest) -> MockResponse {
        let (body, contentType) = codec.encode(element, format: request.responseFormat)
        return MockResponse(status: status, headers: [("Content-Type", contentType)], body: body)
    }

    /// An `ErrorDetails` response.
    func error(_ status: Int, _ code: String, _ message: String, _ request: ServiceRequest) -> MockResponse {
        render(status, Self.errorDetails(code: code, message: message), request)
    }

    static func errorDetails(code: String, message: String) -> AnyXMLElement {
        var entry = AnyXMLElement(localName: "errors")
        entry.setField("code", code)
        entry.setField("message", message)
        return AnyXMLElement(localName: "ErrorDetails", children: [.element(entry)])
    }
}

/// A request the service refuses: status, CUPI error code and message.
struct ServiceFailure: Error, Sendable {
    var status: Int
    var code: String
    var message: String

    static func notFound(_ path: String) -> ServiceFailure {
        ServiceFailure(status: 404, code: "NOT_FOUND", message: "no object at \(path)")
    }

    static func badRequest(_ problem: BodyProblem) -> ServiceFailure {
        ServiceFailure(status: 400, code: problem.code, message: problem.message)
    }
}
