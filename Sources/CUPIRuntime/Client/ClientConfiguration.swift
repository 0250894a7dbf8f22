/// The representation requests and responses use on the wire.
public enum WireFormat: Sendable, Hashable {
    /// `application/xml`, CUPI's default.
    case xml
    /// `application/json`, CUPI's JSON dialect (every scalar a string, one-item lists as objects).
    case json

    /// The media type sent as `Accept` and, with a body, as `Content-Type`.
    public var mediaType: String {
        switch self {
        case .xml: "application/xml"
        case .json: "application/json"
        }
    }
}

/// Which server of a Unity Connection cluster served a response.
public enum ServerRole: Sendable, Hashable, CustomStringConvertible {
    /// The publisher, where CUPI says to provision.
    case publisher
    /// The subscriber, used while the publisher is unreachable (the acting primary on failover).
    case subscriber

    /// `publisher` or `subscriber`.
    public var description: String {
        switch self {
        case .publisher: "publisher"
        case .subscriber: "subscriber"
        }
    }
}

/// Everything an `APIClient` needs to know to talk to a cluster.
///
/// Printing a configuration (`description`, `dump`) never shows the password.
public struct ClientConfiguration: Sendable, CustomStringConvertible {
    /// The publisher, tried first.
    public var publisher: ServerAddress
    /// The subscriber, used when the publisher is unreachable; nil for a single server.
    public var subscriber: ServerAddress?
    /// The account requests authenticate with.
    public var credentials: Credentials
    /// The path CUPI is served under, `/vmrest/` by default; operation paths are relative to it.
    public var basePath: String
    /// XML (the default) or JSON.
    public var format: WireFormat
    /// How long one HTTP exchange may take (per attempt; `RequestOptions.timeout` overrides it per call).
    public var timeout: Duration
    /// When and how often a failed request is tried again.
    public var retry: RetryPolicy
    /// How many requests may be in flight at once to one server; the rest wait in a FIFO queue.
    /// Unity Connection processes about 5 REST requests at once across all clients and answers 503
    /// when its queue overflows, so the default of 4 leaves room for other clients.
    public var maxConcurrentRequestsPerServer: Int
    /// Whether request bodies are checked against their schema facets before they are sent
    /// (`RequestOptions.validatesRequest` overrides it per call).
    public var validatesRequests: Bool
    /// How long requests keep going to the subscriber after the publisher was found unreachable,
    /// before the publisher is tried again. Sticking avoids paying a connection timeout on every
    /// request while the publisher is down.
    public var failoverDuration: Duration

    /// Makes a configuration; only the publisher and the credentials are required.
    /// - Precondition: `maxConcurrentRequestsPerServer` is at least 1.
    public init(
        publisher: ServerAddress, subscriber: ServerAddress? = nil, credentials: Credentials,
        basePath: String = "/vmrest/", format: WireFormat = .xml, timeout: Duration = .seconds(30),
        retry: RetryPolicy = .default, maxConcurrentRequestsPerServer: Int = 4, validatesRequests: Bool = true,
        failoverDuration: Duration = .seconds(300)
    ) {
        precondition(maxConcurrentRequestsPerServer >= 1, "maxConcurrentRequestsPerServer must be at least 1")
        self.publisher = publisher
        self.subscriber = subscriber
        self.credentials = credentials
        self.basePath = basePath
        self.format = format
        self.timeout = timeout
        self.retry = retry
        self.maxConcurrentRequestsPerServer = maxConcurrentRequestsPerServer
        self.validatesRequests = validatesRequests
        self.failoverDuration = failoverDuration
    }

    /// The address of `role`; the publisher's when there is no subscriber.
    public func address(of role: ServerRole) -> ServerAddress {
        switch role {
        case .publisher: publisher
        case .subscriber: subscriber ?? publisher
        }
    }

    /// Every setting, with the password shown as `<redacted>`.
    public var description: String {
        var parts = ["publisher: \(publisher)"]
        if let subscriber { parts.append("subscriber: \(subscriber)") }
        parts += [
            "credentials: \(credentials)", "basePath: \(basePath)", "format: \(format)", "timeout: \(timeout)",
            "retry: \(retry)", "maxConcurrentRequestsPerServer: \(maxConcurrentRequestsPerServer)",
            "validatesRequests: \(validatesRequests)", "failoverDuration: \(failoverDuration)",
        ]
        return "ClientConfiguration(" + parts.joined(separator: ", ") + ")"
    }
}
