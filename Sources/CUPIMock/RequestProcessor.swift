import CUPIRuntime
import Foundation
import NIOConcurrencyHelpers

/// A request as it came off the wire.
struct RawRequest: Sendable {
    var method: String
    var target: String
    var headers: [(String, String)]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }
}

/// What the connection does with a processed request.
enum Outcome: Sendable {
    case respond(MockResponse)
    /// Send the head and part of the body, then close.
    case truncate(MockResponse)
    /// Close without an answer.
    case reset
}

/// Counters a test can assert on.
public struct MockStatistics: Sendable, Hashable {
    /// Every request that arrived.
    public var requests = 0
    /// Every POST that arrived, whether it succeeded or not (a create sent twice shows here).
    public var posts = 0
    /// Requests answered 503 because the throttle's queue was full.
    public var throttled = 0
    /// The most requests ever processed at once (never more than the throttle's limit).
    public var maxConcurrency = 0
    /// The most requests ever held at once, processed or waiting in the throttle's queue: how many
    /// the clients had outstanding together, which a client keeping to the limit holds under it.
    public var maxInFlight = 0
    /// Requests waiting in the throttle's queue at the moment the statistics were read.
    public var queued = 0
    /// Requests let in by HTTP Basic, and by a session cookie.
    public var basicAuthentications = 0
    /// Requests let in by a session cookie.
    public var sessionAuthentications = 0
}

/// The steps every request goes through, in the real server's order: the throttle, an injected
/// fault if any, authentication (Basic or session cookie), then the CUPI service.
final class RequestProcessor: Sendable {
    private struct State {
        var statistics = MockStatistics()
        var sessions: Set<String> = []
        var inFlight = 0
        var faults = FaultPlan()
    }

    let configuration: MockConfiguration
    let service: CUPIService
    let throttle: Throttle
    private let state: NIOLockedValueBox<State>

    init(configuration: MockConfiguration, service: CUPIService) {
        self.configuration = configuration
        self.service = service
        throttle = Throttle(limit: configuration.maxConcurrentRequests, queueLimit: configuration.maxQueuedRequests)
        state = NIOLockedValueBox(State(faults: FaultPlan(rates: configuration.faultRates)))
    }

    var statistics: MockStatistics {
        var statistics = state.withLockedValue { $0.statistics }
        statistics.maxConcurrency = throttle.maxObserved
        statistics.throttled = throttle.rejected
        statistics.queued = throttle.queued
        return statistics
    }

    func queue(_ fault: Fault, count: Int) {
        state.withLockedValue { $0.faults.queued += Array(repeating: fault, count: count) }
    }

    func process(_ raw: RawRequest) async -> Outcome {
        state.withLockedValue { state in
            state.statistics.requests += 1
            if raw.method == "POST" { state.statistics.posts += 1 }
            state.inFlight += 1
            state.statistics.maxInFlight = max(state.statistics.maxInFlight, state.inFlight)
        }
        defer { state.withLockedValue { $0.inFlight -= 1 } }
        let request = serviceRequest(raw)
        guard await throttle.acquire() else {
            var busy = service.error(503, "SERVER_BUSY", "too many requests; try again later", request)
            busy.headers.append(("Retry-After", "1"))
            return .respond(busy)
        }
        defer { throttle.release() }
        let fault = raw.header(Fault.headerName).flatMap(Fault.init) ?? state.withLockedValue { $0.faults.next() }
        switch fault {
        case .status(let status, let retryAfter):
            var response = service.error(status, status == 503 ? "SERVER_BUSY" : "INTERNAL_ERROR", "injected fault \(status)", request)
            if let retryAfter { response.headers.append(("Retry-After", String(retryAfter))) }
            return .respond(response)
        case .slow(let seconds):
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        case .truncate:
            return .truncate(service.render(200, AnyXMLElement(localName: "VersionInformation"), request))
        case .malformed:
            let body = request.responseFormat == .json ? "{\"Alias\": " : "<User><Alias>broken"
            return .respond(MockResponse(status: 200, headers: [("Content-Type", request.responseFormat.mediaType)], body: Data(body.utf8)))
        case .reset:
            return .reset
        case nil:
            break
        }
        guard let cookies = authenticate(raw) else {
            var denied = service.error(401, "AUTHENTICATION_FAILED", "authentication required", request)
            denied.headers.append(("WWW-Authenticate", "Basic realm=\"Cisco Unity Connection\""))
            return .respond(denied)
        }
        var response = service.handle(request)
        response.headers += cookies.map { ("Set-Cookie", $0) }
        return .respond(response)
    }

    /// Nil when the request may not pass; otherwise the cookies to set (a new session after Basic).
    private func authenticate(_ raw: RawRequest) -> [String]? {
        let presented = Self.cookies(raw.header("Cookie") ?? "")
        if let token = presented["JSESSIONIDSSO"], state.withLockedValue({ $0.sessions.contains(token) }) {
            state.withLockedValue { $0.statistics.sessionAuthentications += 1 }
            return []
        }
        let expected = "Basic " + Data("\(configuration.user):\(configuration.password)".utf8).base64EncodedString()
        guard raw.header("Authorization") == expected else { return nil }
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        state.withLockedValue { state in
            state.sessions.insert(token)
            state.statistics.basicAuthentications += 1
        }
        // The real server marks them Secure; over plain HTTP a client would then never send them.
        let secure = configuration.tls == nil ? "" : "; Secure"
        return ["JSESSIONID=\(token.prefix(16)); Path=/vmrest/; HttpOnly\(secure)",
                "JSESSIONIDSSO=\(token); Path=/; HttpOnly\(secure)",
                "REQUEST_TOKEN_KEY=\(token.suffix(12)); Path=/; HttpOnly\(secure)"]
    }

    private func serviceRequest(_ raw: RawRequest) -> ServiceRequest {
        let parts = raw.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let isJSON = { (value: String?) in value?.lowercased().contains("json") ?? false }
        return ServiceRequest(
            method: raw.method, path: String(parts.first ?? ""),
            parameters: PathCoding.queryParameters(of: parts.count > 1 ? parts[1] : nil), body: raw.body,
            bodyFormat: isJSON(raw.header("Content-Type")) ? .json : .xml,
            responseFormat: isJSON(raw.header("Accept")) ? .json : .xml,
            contentType: raw.header("Content-Type"))
    }

    private static func cookies(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { result[parts[0]] = parts[1] }
        }
        return result
    }
}
