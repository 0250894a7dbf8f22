import Foundation

/// One CUPI call as generated endpoint code describes it, before the client turns it into HTTP.
public struct OperationRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path relative to the base path, with `{name}` placeholders: `users/{objectId}`.
    public var path: String
    /// Per-call settings.
    public var options: RequestOptions
    /// The raw value for each `{name}` placeholder; the client percent-encodes each as one segment.
    public var pathParameters: [String: String] = [:]
    /// Query parameters, in order.
    public var query = QueryItems()
    /// Header parameters, sent after the client's own fields.
    public var headers: [(String, String)] = []
    /// The request body, if any.
    public var body: RequestBody?

    /// Makes a request for `path` (relative to the base path, placeholders unreplaced).
    public init(method: HTTPRequest.Method, path: String, options: RequestOptions = RequestOptions()) {
        self.method = method
        self.path = path
        self.options = options
    }

    /// The path after the base path with every placeholder replaced by its encoded value, then
    /// `?query` when there is one.
    /// - Throws: `CUPIError.invalidRequest` when a placeholder has no value or a `{` is unclosed.
    func resolvedPathAndQuery() throws -> String {
        var result = ""
        var rest = Substring(path.hasPrefix("/") ? String(path.dropFirst()) : path)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw CUPIError.invalidRequest([ValidationIssue(path: path, rule: "a '{' without '}' in the path template")])
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = pathParameters[name] else {
                throw CUPIError.invalidRequest([ValidationIssue(path: "{\(name)}", rule: "required path parameter")])
            }
            result += PercentEncoding.pathSegment(value)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return query.isEmpty ? result : result + "?" + query.encoded
    }
}

/// A request body: a generated model value written as XML or JSON as the client is configured, or
/// raw bytes of a given media type (a greeting's audio, say).
public struct RequestBody: Sendable {
    /// The media type for raw bytes; nil to follow the client's wire format.
    let contentType: String?
    let encode: @Sendable (WireFormat) throws -> Data
    let validate: @Sendable () -> [ValidationIssue]

    /// A model value sent as root element `rootName` (XML) or as a bare object (JSON).
    public init<T: XMLElementEncodable & CUPIJSONEncodable & Validatable & Sendable>(_ value: T, rootName: String) {
        contentType = nil
        encode = { format in
            switch format {
            // Checked: replacing characters XML cannot carry would silently change what is stored.
            case .xml: try XMLCoding.encodeChecked(value, rootName: rootName)
            case .json: CUPIJSON.encode(value)
            }
        }
        validate = {
            var issues: [ValidationIssue] = []
            value.validate(at: rootName, into: &issues)
            return issues
        }
    }

    /// Raw bytes sent with `Content-Type: contentType`, whatever the client's wire format.
    public init(data: Data, contentType: String) {
        self.contentType = contentType
        encode = { _ in data }
        validate = { [] }
    }
}
