import CUPIClient
import CUPIHTTPClientTransport
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

/// A mock started for one test, and clients pointed at it.
struct MockHarness: Sendable {
    let server: MockServer

    static func start(_ configuration: MockConfiguration = MockConfiguration(hosts: ["127.0.0.1"])) async throws -> MockHarness {
        MockHarness(server: try await MockServer.start(configuration))
    }

    /// A client of the mock on `host` (127.0.0.1 unless a test asks for `[::1]`) in `format`, with
    /// quick retries. The timeout is generous: `swift test` runs many tests at once, and on two
    /// busy cores one request of hundreds took over 5 s in CI. A test about timeouts sets its own.
    func client(_ format: WireFormat = .xml, host: String = "127.0.0.1", password: String = "password", retry: RetryPolicy = .quick,
                transport: any Transport = URLSessionTransport(), maxInFlight: Int = 4) throws -> CUPI {
        let configuration = ClientConfiguration(
            publisher: try ServerAddress("http://\(host):\(server.port)"),
            credentials: .basic(user: "admin", password: password), format: format, timeout: .seconds(30),
            retry: retry, maxConcurrentRequestsPerServer: maxInFlight)
        return CUPI(configuration: configuration, transport: transport)
    }

    func stop() async { await server.stop() }
}

extension RetryPolicy {
    /// Retries that do not slow the suite down.
    static let quick = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50))
}

/// Runs `body` against a fresh mock, stopping it afterwards even when `body` throws.
func withMock<T>(_ configuration: MockConfiguration = MockConfiguration(hosts: ["127.0.0.1"]),
                 _ body: (MockHarness) async throws -> T) async throws -> T {
    let harness = try await MockHarness.start(configuration)
    do {
        let result = try await body(harness)
        await harness.stop()
        return result
    } catch {
        await harness.stop()
        throw error
    }
}

/// Whether this machine can listen on `::1` (some containers have no IPv6): the IPv6 tests run only
/// where it can, and say why not elsewhere.
let hasIPv6Loopback: Bool = {
    let descriptor = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var address = sockaddr_in6()
    address.sin6_family = sa_family_t(AF_INET6)
    address.sin6_addr = in6addr_loopback
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) == 0 }
    }
}()

/// The unique suffix tests give aliases and extensions.
func uniqueNumber() -> Int { Int.random(in: 100_000...999_999) }

/// Runs `body` with an AsyncHTTPClient transport, shutting it down afterwards even when `body` throws.
func withHTTPClientTransport<T>(tls: TLSVerification = .system, _ body: (HTTPClientTransport) async throws -> T) async throws -> T {
    let transport = try HTTPClientTransport(tls: tls)
    do {
        let result = try await body(transport)
        try await transport.shutdown()
        return result
    } catch {
        try? await transport.shutdown()
        throw error
    }
}

/// The two transports the client ships with, as test arguments.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case urlSession, asyncHTTPClient

    var testDescription: String { rawValue }

    /// Runs `body` with a fresh transport of this kind.
    func with<T>(_ body: (any Transport) async throws -> T) async throws -> T {
        switch self {
        case .urlSession: try await body(URLSessionTransport())
        case .asyncHTTPClient: try await withHTTPClientTransport { try await body($0) }
        }
    }
}

/// Whether `condition` holds within `limit`, checked every 20 ms: for an effect the mock completes
/// after the client has stopped waiting.
func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline, (try? await Task.sleep(for: .milliseconds(20))) != nil else { return false }
    }
    return true
}
