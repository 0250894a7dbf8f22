import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation

/// The end-to-end suites run only when asked: two of them still fail or hang (IPv6 through
/// URLSession, the 401-then-cookie exchange), and CI must not wait on them.
let mockTestsEnabled = ProcessInfo.processInfo.environment["CUPIGEN_MOCK_TESTS"] == "1"

/// A mock started for one test, and clients pointed at it.
struct MockHarness: Sendable {
    let server: MockServer

    static func start(_ configuration: MockConfiguration = MockConfiguration(hosts: ["127.0.0.1"])) async throws -> MockHarness {
        MockHarness(server: try await MockServer.start(configuration))
    }

    /// A client of the mock on 127.0.0.1 in `format`, with short timeouts and quick retries.
    func client(_ format: WireFormat = .xml, password: String = "password", retry: RetryPolicy = .quick,
                transport: any Transport = URLSessionTransport(), maxInFlight: Int = 4) throws -> CUPI {
        // The mock listens on 127.0.0.1 in these tests unless a test asks for more.
        let configuration = ClientConfiguration(
            publisher: try ServerAddress("http://127.0.0.1:\(server.port)"),
            credentials: .basic(user: "admin", password: password), format: format, timeout: .seconds(5),
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

/// The unique suffix tests give aliases and extensions.
func uniqueNumber() -> Int { Int.random(in: 100_000...999_999) }
