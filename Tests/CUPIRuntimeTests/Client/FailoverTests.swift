@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct FailoverTests {
    private static let publisher = "cuc-pub.example.com"
    private static let subscriber = "cuc-sub.example.com"

    /// The publisher refuses connections; the subscriber answers.
    private static func clusterWithPublisherDown() -> RecordingTransport {
        RecordingTransport { request, _ in
            request.authority == publisher ? .failure(Fixtures.refused) : .ok("<User><Alias>from-sub</Alias></User>")
        }
    }

    private func client(_ transport: RecordingTransport, _ environment: TestEnvironment, retry: RetryPolicy = .default) throws -> APIClient {
        try Fixtures.client(
            transport, environment: environment,
            configuration: try Fixtures.configuration(publisher: Self.publisher, subscriber: Self.subscriber, retry: retry))
    }

    @Test func unreachablePublisherFailsOverAtOnceAndReportsTheSubscriber() async throws {
        let transport = Self.clusterWithPublisherDown()
        let environment = TestEnvironment()
        let client = try client(transport, environment)
        var request = OperationRequest(method: .get, path: "users/{id}")
        request.pathParameters["id"] = "1"
        let response = try await client.perform(request)

        #expect(response.server == .subscriber)
        #expect(response.status == 200)
        #expect(transport.requests.map(\.authority) == [Self.publisher, Self.subscriber])
        #expect(environment.recordedSleeps.isEmpty)
    }

    @Test func failoverWorksWithRetriesOff() async throws {
        let transport = Self.clusterWithPublisherDown()
        let user = try await UsersEndpoint(client: try client(transport, TestEnvironment(), retry: .never)).get(objectId: "1")
        #expect(user.alias == "from-sub")
    }

    @Test func requestsStickToTheSubscriberForTheFailoverDurationThenTryThePublisher() async throws {
        let transport = Self.clusterWithPublisherDown()
        let environment = TestEnvironment()
        let users = UsersEndpoint(client: try client(transport, environment))
        _ = try await users.get(objectId: "1")
        _ = try await users.get(objectId: "2")
        environment.advance(by: .seconds(299))
        _ = try await users.get(objectId: "3")
        #expect(transport.requests.map(\.authority) == [Self.publisher, Self.subscriber, Self.subscriber, Self.subscriber])

        environment.advance(by: .seconds(2))
        _ = try await users.get(objectId: "4")
        #expect(transport.requests.suffix(2).map(\.authority) == [Self.publisher, Self.subscriber])
    }

    @Test func busyPublisherIsRetriedNotFailedOver() async throws {
        let transport = RecordingTransport([.response(status: 503), .ok("<User/>")])
        let environment = TestEnvironment()
        let response = try await client(transport, environment).perform(OperationRequest(method: .get, path: "version"))
        #expect(response.server == .publisher)
        #expect(transport.requests.map(\.authority) == [Self.publisher, Self.publisher])
    }

    @Test func postFailsOverOnlyWhenProvablyNotSent() async throws {
        let created = RecordingTransport { request, _ in
            request.authority == Self.publisher ? .failure(Fixtures.refused) : .response(status: 201, body: "/vmrest/users/new")
        }
        #expect(try await UsersEndpoint(client: try client(created, TestEnvironment())).create(User(alias: "a"), templateAlias: "t").objectId == "new")
        #expect(created.requests.map(\.authority) == [Self.publisher, Self.subscriber])

        let timedOut = RecordingTransport { request, _ in
            request.authority == Self.publisher ? .failure(Fixtures.timedOut) : .response(status: 201, body: "/vmrest/users/new")
        }
        await #expect(throws: CUPIError.self) {
            try await UsersEndpoint(client: try client(timedOut, TestEnvironment())).create(User(alias: "a"), templateAlias: "t")
        }
        #expect(timedOut.requests.map(\.authority) == [Self.publisher])
    }

    @Test func bothServersDownEndsInATransportErrorAfterTheRetries() async throws {
        let transport = RecordingTransport([.failure(Fixtures.refused)])
        let environment = TestEnvironment()
        await #expect(throws: CUPIError.self) {
            try await UsersEndpoint(client: try client(transport, environment)).get(objectId: "1")
        }
        // publisher, free failover, then 3 retries alternating back to the publisher and over again.
        #expect(transport.requests.map(\.authority) == [Self.publisher, Self.subscriber, Self.publisher, Self.subscriber, Self.publisher])
        #expect(environment.recordedSleeps.count == 3)
    }

    @Test func withoutSubscriberThePublisherIsRetried() async throws {
        let transport = RecordingTransport([.failure(Fixtures.refused), .ok("<User/>")])
        let response = try await Fixtures.client(transport).perform(OperationRequest(method: .get, path: "version"))
        #expect(response.server == .publisher)
        #expect(transport.requests.count == 2)
    }
}
