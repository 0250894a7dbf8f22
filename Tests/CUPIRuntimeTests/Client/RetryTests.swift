@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct RetryTests {
    private static let busy = MockReply.response(status: 503, body: "busy")

    @Test(arguments: [502, 503, 504])
    func idempotentRequestsAreRetriedOnGatewayAndBusyStatuses(status: Int) async throws {
        let transport = RecordingTransport([.response(status: status), .response(status: status), .ok(#"<User><Alias>a</Alias></User>"#)])
        let environment = TestEnvironment()
        let user = try await UsersEndpoint(client: try Fixtures.client(transport, environment: environment)).get(objectId: "1")
        #expect(user.alias == "a")
        #expect(transport.requests.count == 3)
        #expect(environment.recordedSleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test func retriesStopAtMaxAttemptsAndReturnTheLastResponse() async throws {
        let transport = RecordingTransport([Self.busy])
        let environment = TestEnvironment()
        let client = try Fixtures.client(transport, environment: environment)
        await #expect { try await UsersEndpoint(client: client).delete(objectId: "1") } throws: { error in
            guard case .http(503, _, "busy") = error as? CUPIError else { return false }
            return true
        }
        #expect(transport.requests.count == 4)
        #expect(transport.requests.allSatisfy { $0.method == "DELETE" })
        #expect(environment.recordedSleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test func backoffIsExponentialCappedAndJittered() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(500), maxDelay: .seconds(8), jitter: 0.5)
        #expect((1...7).map { policy.backoff(beforeRetry: $0, random: 0) }
            == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
        #expect(policy.backoff(beforeRetry: 200, random: 0) == .seconds(8))
        for random in stride(from: 0.0, to: 1.0, by: 0.05) {
            let delay = policy.backoff(beforeRetry: 3, random: random)
            #expect(delay >= .seconds(1) && delay <= .seconds(2))
        }
        #expect(policy.backoff(beforeRetry: 3, random: 0.999) < .milliseconds(1010))
        #expect(RetryPolicy(jitter: 0).backoff(beforeRetry: 2, random: 0.9) == .seconds(1))
    }

    @Test func jitterComesFromTheInjectedRandomness() async throws {
        let transport = RecordingTransport([Self.busy, .ok("<User/>")])
        let environment = TestEnvironment()
        environment.randomValue = 0.5
        _ = try await UsersEndpoint(client: try Fixtures.client(transport, environment: environment)).get(objectId: "1")
        #expect(environment.recordedSleeps == [.milliseconds(375)])
    }

    @Test func retryAfterSecondsAndDatesAreHonouredAndCapped() async throws {
        let environment = TestEnvironment()
        let inTwentySeconds = DateFormatter.httpDate.string(from: environment.date.addingTimeInterval(20))
        let transport = RecordingTransport([
            .response(status: 503, headers: [("Retry-After", "3")]),
            .response(status: 503, headers: [("Retry-After", inTwentySeconds)]),
            .response(status: 503, headers: [("Retry-After", "86400")]),
            .ok("<User/>"),
        ])
        _ = try await UsersEndpoint(client: try Fixtures.client(transport, environment: environment)).get(objectId: "1")
        #expect(environment.recordedSleeps == [.seconds(3), .seconds(20), .seconds(30)])

        let policy = RetryPolicy.default
        #expect(policy.retryAfter("soon", now: environment.date) == nil)
        #expect(policy.retryAfter("99999999999999999999999", now: environment.date) == .seconds(30))
        #expect(policy.retryAfter(DateFormatter.httpDate.string(from: environment.date.addingTimeInterval(-60)), now: environment.date) == .zero)
    }

    @Test func idempotentRequestsAreRetriedOnConnectionErrors() async throws {
        let reset = TransportError(kind: .reset, requestWasNotSent: false, message: "reset")
        let transport = RecordingTransport([.failure(Fixtures.timedOut), .failure(reset), .response(status: 204)])
        try await UsersEndpoint(client: try Fixtures.client(transport)).update(objectId: "1", User(alias: "a"))
        #expect(transport.requests.count == 3)
        #expect(transport.requests.allSatisfy { $0.method == "PUT" })
    }

    @Test func connectionErrorsAfterTheLastAttemptAreThrown() async throws {
        let transport = RecordingTransport([.failure(Fixtures.timedOut)])
        await #expect { try await UsersEndpoint(client: try Fixtures.client(transport)).get(objectId: "1") } throws: { error in
            guard case .transport(let underlying) = error as? CUPIError else { return false }
            return underlying.kind == .timedOut
        }
        #expect(transport.requests.count == 4)
    }

    @Test(arguments: [400, 401, 404, 409, 500])
    func otherStatusesAreNotRetried(status: Int) async throws {
        let transport = RecordingTransport([.response(status: status), .ok("<User/>")])
        await #expect(throws: CUPIError.self) { try await UsersEndpoint(client: try Fixtures.client(transport)).get(objectId: "1") }
        #expect(transport.requests.count == 1)
    }

    @Test func postIsNeverRetriedOnBusyOrAfterItMayHaveBeenSent() async throws {
        for reply in [Self.busy, .response(status: 502), .failure(Fixtures.timedOut),
                      .failure(TransportError(kind: .reset, requestWasNotSent: false, message: "reset"))] {
            let transport = RecordingTransport([reply, .response(status: 201, body: "/vmrest/users/x")])
            let environment = TestEnvironment()
            await #expect(throws: CUPIError.self) {
                try await UsersEndpoint(client: try Fixtures.client(transport, environment: environment)).create(User(alias: "a"), templateAlias: "t")
            }
            #expect(transport.requests.count == 1)
            #expect(environment.recordedSleeps.isEmpty)
        }
    }

    @Test(arguments: [
        TransportError(kind: .connectionRefused, requestWasNotSent: true, message: "refused"),
        TransportError(kind: .unreachable, requestWasNotSent: true, message: "no such host"),
        TransportError(kind: .tls, requestWasNotSent: true, message: "handshake"),
    ])
    func postIsRetriedWhenProvablyNotSent(error: TransportError) async throws {
        let transport = RecordingTransport([.failure(error), .response(status: 201, body: "/vmrest/users/x")])
        let created = try await UsersEndpoint(client: try Fixtures.client(transport)).create(User(alias: "a"), templateAlias: "t")
        #expect(created.objectId == "x")
        #expect(transport.requests.count == 2)
        #expect(transport.requests.allSatisfy { $0.method == "POST" })
    }

    @Test func retriesCanBeTurnedOff() async throws {
        let transport = RecordingTransport([Self.busy])
        let client = try Fixtures.client(transport, configuration: try Fixtures.configuration(retry: .never))
        await #expect(throws: CUPIError.self) { try await UsersEndpoint(client: client).get(objectId: "1") }
        #expect(transport.requests.count == 1)
    }

    @Test func cancellationDuringBackoffStopsRetrying() async throws {
        let transport = RecordingTransport([Self.busy])
        let environment = ClientEnvironment(sleep: { _ in throw CancellationError() }, now: { .now }, date: { Date() }, random: { 0 })
        let client = APIClient(configuration: try Fixtures.configuration(), transport: transport, environment: environment)
        await #expect(throws: CancellationError.self) { try await UsersEndpoint(client: client).get(objectId: "1") }
        #expect(transport.requests.count == 1)
    }
}

extension DateFormatter {
    static var httpDate: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
