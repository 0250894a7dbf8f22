@testable import CUPIRuntime
import Foundation

/// What the mock transport does with one request.
enum MockReply: Sendable {
    case response(status: Int, headers: [(String, String)] = [], body: String = "")
    case failure(TransportError)

    static func ok(_ body: String = "", contentType: String = "application/xml") -> MockReply {
        .response(status: 200, headers: [("Content-Type", contentType)], body: body)
    }
}

/// One request as the transport received it.
struct RecordedRequest: Sendable {
    var request: HTTPRequest
    var body: Data?
    var timeout: Duration

    var method: String { request.method.rawValue }
    var authority: String { request.authority ?? "" }
    var path: String { request.path ?? "" }
    var url: String { "\(request.scheme ?? "")://\(authority)\(path)" }
    var bodyText: String? { body.map { String(decoding: $0, as: UTF8.self) } }
    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { request.headerFields[$0] } }
    /// Every field as `name: value`, in order.
    var headerLines: [String] { request.headerFields.map { "\($0.name.rawName): \($0.value)" } }
}

/// A transport that records every request and answers from a script, tracking how many requests
/// are in flight at once.
final class RecordingTransport: Transport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var inFlight = 0
    private(set) var maxInFlight = 0
    private let reply: @Sendable (RecordedRequest, Int) async -> MockReply

    /// Answers request number `index` (0-based) with `reply(request, index)`.
    init(reply: @escaping @Sendable (RecordedRequest, Int) async -> MockReply) {
        self.reply = reply
    }

    /// Answers the requests with `replies` in order; the last one repeats.
    convenience init(_ replies: [MockReply]) {
        self.init { _, index in replies[min(index, replies.count - 1)] }
    }

    var requests: [RecordedRequest] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        let entry = RecordedRequest(request: request, body: body, timeout: timeout)
        let index = lock.withLock {
            recorded.append(entry)
            inFlight += 1
            maxInFlight = max(maxInFlight, inFlight)
            return recorded.count - 1
        }
        defer { lock.withLock { inFlight -= 1 } }
        switch await reply(entry, index) {
        case .failure(let error):
            throw error
        case .response(let status, let headers, let body):
            var fields = HTTPFields()
            for (name, value) in headers { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
            return (HTTPResponse(status: .init(code: status), headerFields: fields), Data(body.utf8))
        }
    }
}

/// Instant, recorded sleeps and a controllable clock.
final class TestEnvironment: @unchecked Sendable {
    private let lock = NSLock()
    private var sleeps: [Duration] = []
    private var offset: Duration = .zero
    private let start = ContinuousClock.now
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    var randomValue = 0.0

    var recordedSleeps: [Duration] { lock.withLock { sleeps } }

    func advance(by duration: Duration) { lock.withLock { offset += duration } }

    var environment: ClientEnvironment {
        ClientEnvironment(
            sleep: { duration in self.lock.withLock { self.sleeps.append(duration) } },
            now: { self.lock.withLock { self.start + self.offset } },
            date: { self.date },
            random: { self.lock.withLock { self.randomValue } }
        )
    }
}

enum Fixtures {
    static let password = "s3cr3t-P@ss"
    static let credentials = Credentials.basic(user: "admin", password: password)
    /// `Basic base64("admin:s3cr3t-P@ss")`.
    static let basicValue = "Basic " + Data("admin:\(password)".utf8).base64EncodedString()

    static func configuration(
        publisher: String = "cuc-pub.example.com", subscriber: String? = nil, format: WireFormat = .xml,
        retry: RetryPolicy = .default, maxConcurrent: Int = 4, validates: Bool = true
    ) throws -> ClientConfiguration {
        ClientConfiguration(
            publisher: try ServerAddress(publisher), subscriber: try subscriber.map(ServerAddress.init),
            credentials: credentials, format: format, retry: retry, maxConcurrentRequestsPerServer: maxConcurrent,
            validatesRequests: validates)
    }

    static func client(
        _ transport: RecordingTransport, environment: TestEnvironment = TestEnvironment(),
        configuration: ClientConfiguration? = nil
    ) throws -> APIClient {
        APIClient(configuration: try configuration ?? Self.configuration(), transport: transport, environment: environment.environment)
    }

    static let refused = TransportError(kind: .connectionRefused, requestWasNotSent: true, message: "connection refused")
    static let timedOut = TransportError(kind: .timedOut, requestWasNotSent: false, message: "timed out")
}
