import Foundation

/// The HTTP response to an `OperationRequest`, after retries and failover.
public struct OperationResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The response header fields.
    public var headerFields: HTTPFields
    /// The whole body.
    public var body: Data
    /// Which server answered.
    public var server: ServerRole

    /// Makes a response (the client does; tests and custom code may too).
    public init(status: Int, headerFields: HTTPFields = [:], body: Data = Data(), server: ServerRole = .publisher) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.server = server
    }

    /// The wire format of the body by its `Content-Type`, or nil when it names neither XML nor JSON.
    var bodyFormat: WireFormat? {
        guard let type = headerFields[.contentType]?.lowercased() else { return nil }
        if type.contains("json") { return .json }
        if type.contains("xml") { return .xml }
        return nil
    }

    /// The body as text, invalid UTF-8 replaced.
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// What a create (`201 Created`) returns: the new object's id and its URI.
public struct CreatedObject: Sendable, Hashable, CustomStringConvertible {
    /// The new object's id, the last segment of its URI.
    public var objectId: String
    /// The URI as the server gave it, for example `/vmrest/users/f82b301d-…`.
    public var uri: String

    /// Makes a value.
    public init(objectId: String, uri: String) {
        self.objectId = objectId
        self.uri = uri
    }

    /// Reads the URI from a 201 response: the plain-text body CUPI sends, else the `Location` field.
    init?(response: OperationResponse) {
        let text = response.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        let candidates = [text, response.headerFields[.location] ?? ""]
        guard let uri = candidates.first(where: { $0.contains("/") && !$0.contains("<") && !$0.contains("{") }) else {
            return nil
        }
        // An absolute Location (`https://host/vmrest/users/id`) still ends with the id.
        let path = uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? uri
        guard let last = path.split(separator: "/").last, !last.isEmpty else { return nil }
        self.init(objectId: String(last).removingPercentEncoding ?? String(last), uri: uri)
    }

    /// `OBJECT-ID (URI)`.
    public var description: String { "\(objectId) (\(uri))" }
}
