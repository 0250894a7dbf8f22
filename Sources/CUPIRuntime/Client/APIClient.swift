import Foundation

/// Sends CUPI operations to a Unity Connection cluster: the object generated endpoints call.
///
/// Per request it builds the URL and header fields, validates and encodes the body, authenticates
/// (HTTP Basic, then the session cookies the server issues), caps requests in flight per server,
/// retries what is safe to retry, and fails over from the publisher to the subscriber. One client
/// can be shared by any number of tasks.
public final class APIClient: Sendable {
    /// The configuration the client was made with.
    public let configuration: ClientConfiguration
    private let transport: any Transport
    private let environment: ClientEnvironment
    private let publisher: ServerConnection
    private let subscriber: ServerConnection?
    private let selector: ServerSelector

    /// Per-server state: its in-flight cap and its session cookies.
    private struct ServerConnection: Sendable {
        let address: ServerAddress
        let limiter: RequestLimiter
        let cookies = SessionCookies()
    }

    /// A request ready to go: everything that does not depend on the server or the attempt.
    private struct PreparedRequest: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let headers: [HTTPField]
        let body: Data?
        let timeout: Duration
    }

    /// Methods that may be sent twice with the effect of once (RFC 9110 §9.2.2).
    private static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options, .trace]

    /// Statuses that mean "busy or briefly unavailable, try again": Unity Connection answers 503
    /// when its request queue overflows; a proxy in front of it may answer 502 or 504.
    private static let retryableStatuses: Set<Int> = [502, 503, 504]

    /// Makes a client; `transport` defaults to URLSession (use `HTTPClientTransport` from
    /// CUPIHTTPClientTransport for a custom CA bundle or a pinned certificate).
    public convenience init(configuration: ClientConfiguration, transport: any Transport = URLSessionTransport()) {
        self.init(configuration: configuration, transport: transport, environment: .live)
    }

    init(configuration: ClientConfiguration, transport: any Transport, environment: ClientEnvironment) {
        self.configuration = configuration
        self.transport = transport
        self.environment = environment
        let limit = configuration.maxConcurrentRequestsPerServer
        publisher = ServerConnection(address: configuration.publisher, limiter: RequestLimiter(limit: limit))
        subscriber = configuration.subscriber.map { ServerConnection(address: $0, limiter: RequestLimiter(limit: limit)) }
        selector = ServerSelector(hasSubscriber: configuration.subscriber != nil, failoverDuration: configuration.failoverDuration)
    }

    /// Sends `request` and returns the response, whatever its status, once no retry applies.
    /// - Throws: `CUPIError.invalidRequest` (nothing sent) when the body fails validation or the
    ///   request cannot be built; `CUPIError.transport` when no response came after retries and
    ///   failover; `CancellationError` when the task is cancelled.
    public func perform(_ request: OperationRequest) async throws -> OperationResponse {
        let prepared = try prepare(request)
        let policy = configuration.retry
        let isIdempotent = Self.idempotentMethods.contains(request.method)
        var attempt = 1
        var failedOver = false
        while true {
            let role = selector.current(now: environment.now())
            switch try await exchange(prepared, on: role) {
            case .success(let response):
                guard isIdempotent, Self.retryableStatuses.contains(response.status), attempt < policy.maxAttempts else {
                    return response
                }
                let retryAfter = response.headerFields[.retryAfter].flatMap { policy.retryAfter($0, now: environment.date()) }
                try await environment.sleep(retryAfter ?? policy.backoff(beforeRetry: attempt, random: environment.random()))
            case .failure(let error):
                // Resending a POST the server may have processed could create the object twice.
                guard isIdempotent || error.requestWasNotSent else { throw CUPIError.transport(error) }
                if role == .publisher, subscriber != nil {
                    selector.publisherUnreachable(now: environment.now())
                    // The first failover is immediate and free: the subscriber is a different server.
                    if !failedOver {
                        failedOver = true
                        continue
                    }
                } else if role == .subscriber {
                    selector.subscriberUnreachable()
                }
                guard attempt < policy.maxAttempts else { throw CUPIError.transport(error) }
                try await environment.sleep(policy.backoff(beforeRetry: attempt, random: environment.random()))
            }
            attempt += 1
        }
    }

    /// Decodes a declared response's body as `T`, by its `Content-Type` or else the client's format.
    /// - Throws: `CUPIError.decoding` with the decoder's message (element path and line).
    public func decode<T: XMLElementDecodable & CUPIJSONDecodable>(
        _ type: T.Type, rootName: String, from response: OperationResponse
    ) throws -> T {
        do {
            switch response.bodyFormat ?? configuration.format {
            case .xml: return try XMLCoding.decode(type, from: response.body, rootName: rootName)
            case .json: return try CUPIJSON.decode(type, from: response.body, rootName: rootName)
            }
        } catch {
            throw CUPIError.decoding("HTTP \(response.status) from the \(response.server): \(error)")
        }
    }

    /// The object a `201 Created` made: its URI from the plain-text body, else from `Location`.
    /// - Throws: `CUPIError.decoding` when neither holds a URI.
    public func created(_ response: OperationResponse) throws -> CreatedObject {
        guard let object = CreatedObject(response: response) else {
            throw CUPIError.decoding("HTTP \(response.status) carried no URI in its body or Location field")
        }
        return object
    }

    /// Like `created(_:)`, for the creates CUPI documents as answering 201 with no body
    /// (distribution-list members, call-handler templates): nil when there is no URI.
    public func createdIfPresent(_ response: OperationResponse) -> CreatedObject? {
        CreatedObject(response: response)
    }

    /// The error for a status the operation does not declare, with CUPI's `ErrorDetails` when the
    /// body holds them (XML or JSON) and the raw body text always.
    public func failure(_ response: OperationResponse) -> CUPIError {
        .http(status: response.status, details: ErrorDetailsDocument.details(in: response), body: response.bodyText)
    }

    /// How many requests wait for a slot on `role`'s server.
    func queuedRequests(on role: ServerRole) -> Int {
        (role == .subscriber ? (subscriber ?? publisher) : publisher).limiter.queuedCount
    }

    private func prepare(_ request: OperationRequest) throws -> PreparedRequest {
        let pathAndQuery = try request.resolvedPathAndQuery()
        var base = configuration.basePath
        if !base.hasPrefix("/") { base = "/" + base }
        if !base.hasSuffix("/") { base += "/" }

        var fields = [HTTPField(name: .accept, value: configuration.format.mediaType)]
        var body: Data?
        if let requestBody = request.body {
            if request.options.validatesRequest ?? configuration.validatesRequests {
                let issues = requestBody.validate()
                guard issues.isEmpty else { throw CUPIError.invalidRequest(issues) }
            }
            do {
                body = try requestBody.encode(configuration.format)
            } catch {
                throw CUPIError.invalidRequest([ValidationIssue(path: "", rule: "encodable body (\(error))")])
            }
            fields.append(HTTPField(name: .contentType, value: requestBody.contentType ?? configuration.format.mediaType))
        }
        for (name, value) in request.headers + request.options.headers {
            guard let fieldName = HTTPField.Name(name), HTTPField.isValidValue(value) else {
                throw CUPIError.invalidRequest([ValidationIssue(path: name, rule: "valid HTTP header field")])
            }
            if fieldName == .accept || fieldName == .contentType { fields.removeAll { $0.name == fieldName } }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return PreparedRequest(
            method: request.method, path: base + pathAndQuery, headers: fields, body: body,
            timeout: request.options.timeout ?? configuration.timeout)
    }

    /// One exchange with `role`'s server inside its in-flight cap, authenticating with its session
    /// cookies when it has some, else with Basic. A 401 to the cookies means the session ended:
    /// the request goes again at once with Basic — safe for any method, as the server refused it
    /// before processing it.
    private func exchange(_ prepared: PreparedRequest, on role: ServerRole) async throws -> Result<OperationResponse, TransportError> {
        let server = role == .subscriber ? (subscriber ?? publisher) : publisher
        try await server.limiter.acquire()
        defer { server.limiter.release() }
        var mayUseCookies = true
        while true {
            let cookie = mayUseCookies ? server.cookies.headerValue() : nil
            var fields = HTTPFields()
            if let cookie {
                fields.append(HTTPField(name: .cookie, value: cookie))
            } else {
                var authorization = HTTPField(name: .authorization, value: configuration.credentials.authorizationValue)
                // Keeps the secret out of HTTP/2 and HTTP/3 header compression tables.
                authorization.indexingStrategy = .disallow
                fields.append(authorization)
            }
            fields.append(contentsOf: prepared.headers)
            let request = HTTPRequest(
                method: prepared.method, scheme: server.address.scheme, authority: server.address.authority,
                path: prepared.path, headerFields: fields)
            let response: HTTPResponse
            let data: Data
            do {
                (response, data) = try await transport.send(request, body: prepared.body, timeout: prepared.timeout)
            } catch let error as TransportError {
                return .failure(error)
            } catch {
                if error is CancellationError || Task.isCancelled { throw CancellationError() }
                return .failure(TransportError(kind: .other, requestWasNotSent: false, message: String(describing: error)))
            }
            if response.status.code == 401, cookie != nil {
                server.cookies.clear()
                mayUseCookies = false
                continue
            }
            server.cookies.store(from: response.headerFields)
            return .success(OperationResponse(status: response.status.code, headerFields: response.headerFields, body: data, server: role))
        }
    }
}
