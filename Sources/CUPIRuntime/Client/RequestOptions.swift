/// Settings for one call, overriding the client's where given.
public struct RequestOptions: Sendable {
    /// Whether to check the request body before sending it; nil follows
    /// `ClientConfiguration.validatesRequests`.
    public var validatesRequest: Bool?
    /// How long one HTTP exchange of this call may take; nil follows `ClientConfiguration.timeout`.
    public var timeout: Duration?
    /// Extra header fields, sent after the client's own; a field named like one the client sets
    /// (`Accept`, `Content-Type`) replaces it.
    public var headers: [(String, String)]

    /// Makes options; the defaults change nothing.
    public init(validatesRequest: Bool? = nil, timeout: Duration? = nil, headers: [(String, String)] = []) {
        self.validatesRequest = validatesRequest
        self.timeout = timeout
        self.headers = headers
    }
}
