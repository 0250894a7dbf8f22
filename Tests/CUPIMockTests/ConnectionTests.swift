import CUPIClient
import CUPIHTTPClientTransport
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Addresses, authentication and failover")
struct ConnectionTests {
    @Test("the client works over the IPv4 loopback base URL", arguments: [WireFormat.xml, .json])
    func ipv4(format: WireFormat) async throws {
        try await addressFamily(format: format, ipv6: false)
    }

    @Test("the client works over the IPv6 loopback base URL", .enabled(if: hasIPv6Loopback, "this machine has no ::1 to listen on"),
          arguments: [WireFormat.xml, .json])
    func ipv6(format: WireFormat) async throws {
        try await addressFamily(format: format, ipv6: true)
    }

    private func addressFamily(format: WireFormat, ipv6: Bool) async throws {
        try await withMock(MockConfiguration()) { mock in
            #expect(mock.server.ipv4URL != nil)
            if ipv6 { #expect(mock.server.ipv6URL != nil, "the mock did not listen on ::1") }
            // URLSession on Linux cannot reach an IPv6 literal (swift-corelibs-foundation #5496,
            // see URLSessionTransport), so [::1] goes through AsyncHTTPClient; 127.0.0.1 through both.
            try await withHTTPClientTransport { asyncHTTPClient in
                let routes: [(host: String, transport: any Transport)] = ipv6
                    ? [("[::1]", asyncHTTPClient)]
                    : [("127.0.0.1", URLSessionTransport()), ("127.0.0.1", asyncHTTPClient)]
                for (index, route) in routes.enumerated() {
                    let cupi = try mock.client(format, host: route.host, transport: route.transport)
                    #expect(try await cupi.version.get().name == "vmrest", "\(route.host)")
                    let number = uniqueNumber()
                    let id = try await cupi.users.create(User(alias: Alias("net\(number)"), dtmfAccessId: Extension("\(number)")),
                                                         templateAlias: SeedData.voicemailUserTemplateAlias).objectId
                    #expect(try await cupi.users.get(objectId: id).alias?.rawValue == "net\(number)", "\(route.host)")
                    #expect(try await cupi.users.count() == SeedData.defaultUserAliases.count + index + 1, "\(route.host)")
                }
            }
        }
    }

    @Test("wrong credentials get 401; after Basic once, the session cookie is used", arguments: TransportKind.allCases)
    func authenticationAndSessions(transport kind: TransportKind) async throws {
        try await withMock { mock in
            try await kind.with { transport in
                // Over URLSession on Linux this used to hang: the WWW-Authenticate challenge was never answered.
                await expectError(try await mock.client(password: "wrong", retry: .never, transport: transport).users.count()) { error in
                    if case .http(401, _, _) = error { return true }
                    return false
                }
                let cupi = try mock.client(transport: transport)
                for _ in 0..<3 { _ = try await cupi.users.count() }
                let statistics = mock.server.statistics
                #expect(statistics.basicAuthentications == 1)
                #expect(statistics.sessionAuthentications == 2)
                #expect(statistics.requests == 4)
            }
        }
    }

    @Test("a dead publisher fails over to the subscriber, which says it answered")
    func failover() async throws {
        try await withMock { subscriber in
            try await withMock { publisher in
                await publisher.server.goDown()
                let client = APIClient(configuration: ClientConfiguration(
                    publisher: try ServerAddress("http://127.0.0.1:\(publisher.server.port)"),
                    subscriber: try ServerAddress("http://127.0.0.1:\(subscriber.server.port)"),
                    credentials: .basic(user: "admin", password: "password"), timeout: .seconds(5), retry: .quick))
                let response = try await client.perform(OperationRequest(method: .get, path: "version"))
                #expect(response.status == 200)
                #expect(response.server == .subscriber)
                // A create is safe to send to the subscriber: the refused connection proves it never arrived.
                let number = uniqueNumber()
                _ = try await CUPI(client: client).users.create(User(alias: Alias("fo\(number)"), dtmfAccessId: Extension("\(number)")),
                                                               templateAlias: SeedData.voicemailUserTemplateAlias)
                #expect(subscriber.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count + 1)
                #expect(publisher.server.statistics.requests == 0)
            }
        }
    }

    @Test("unknown ids are 404; an invalid body is 400 with ErrorDetails", arguments: [WireFormat.xml, .json])
    func errors(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            do {
                _ = try await cupi.users.get(objectId: "00000000-0000-0000-0000-000000000000")
                Issue.record("an unknown id was found")
            } catch CUPIError.http(let status, let details, _) {
                #expect(status == 404)
                #expect(details.first?.code == "NOT_FOUND")
            }
            // Skip the client's own validation so the mock's libxml2 check is what refuses it.
            let options = RequestOptions(validatesRequest: false)
            do {
                _ = try await cupi.users.create(User(alias: Alias(String(repeating: "a", count: 200)), dtmfAccessId: "1234"),
                                                templateAlias: SeedData.voicemailUserTemplateAlias, options: options)
                Issue.record("an over-long alias was accepted")
            } catch CUPIError.http(let status, let details, _) {
                #expect(status == 400)
                #expect(details.first?.code == "DATA_EXCEPTION")
            }
            #expect(mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count)
        }
    }
}
