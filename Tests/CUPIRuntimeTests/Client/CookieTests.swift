@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct CookieTests {
    private static let setCookies: [(String, String)] = [
        ("Set-Cookie", "JSESSIONIDSSO=SSO123; Path=/; Secure; HttpOnly"),
        ("Set-Cookie", "JSESSIONID=J456; Path=/vmrest/; Secure; HttpOnly"),
        ("Set-Cookie", "REQUEST_TOKEN_KEY=T789; Path=/; Secure; HttpOnly"),
    ]
    private static let cookieValue = "JSESSIONIDSSO=SSO123; JSESSIONID=J456; REQUEST_TOKEN_KEY=T789"

    @Test func basicFirstThenCookiesWithoutBasic() async throws {
        let transport = RecordingTransport([.response(status: 200, headers: Self.setCookies, body: "<User/>"), .ok("<User/>")])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        _ = try await users.get(objectId: "1")
        _ = try await users.get(objectId: "2")

        #expect(transport.requests[0].header("Authorization") == Fixtures.basicValue)
        #expect(transport.requests[0].header("Cookie") == nil)
        #expect(transport.requests[1].header("Cookie") == Self.cookieValue)
        #expect(transport.requests[1].header("Authorization") == nil)
    }

    @Test func a401ToTheCookiesResendsOnceWithBasic() async throws {
        let transport = RecordingTransport([
            .response(status: 200, headers: Self.setCookies, body: "<User/>"),
            .response(status: 401),
            .response(status: 200, headers: [("Set-Cookie", "JSESSIONID=NEW; Path=/vmrest/")], body: "<User/>"),
            .ok("<User/>"),
        ])
        let environment = TestEnvironment()
        let users = UsersEndpoint(client: try Fixtures.client(transport, environment: environment))
        _ = try await users.get(objectId: "1")
        _ = try await users.get(objectId: "2")
        _ = try await users.get(objectId: "3")

        #expect(transport.requests.map { $0.header("Authorization") } == [Fixtures.basicValue, nil, Fixtures.basicValue, nil])
        #expect(transport.requests[1].header("Cookie") == Self.cookieValue)
        #expect(transport.requests[2].header("Cookie") == nil)
        #expect(transport.requests[3].header("Cookie") == "JSESSIONID=NEW")
        #expect(transport.requests[1].path == transport.requests[2].path)
        #expect(environment.recordedSleeps.isEmpty)
    }

    @Test func a401ToBasicIsReturned() async throws {
        let transport = RecordingTransport([.response(status: 401), .ok("<User/>")])
        await #expect(throws: CUPIError.self) { try await UsersEndpoint(client: try Fixtures.client(transport)).get(objectId: "1") }
        #expect(transport.requests.count == 1)
    }

    @Test func cookiesAreUpdatedAndDeletedAndKeptPerServer() async throws {
        let transport = RecordingTransport { request, index in
            switch index {
            case 0: .response(status: 200, headers: [("Set-Cookie", "A=1"), ("Set-Cookie", "B=2")], body: "<User/>")
            case 1: .response(status: 200, headers: [("Set-Cookie", "A=3; Path=/"), ("Set-Cookie", "B=; Max-Age=0")], body: "<User/>")
            default: .ok("<User/>")
            }
        }
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        for id in ["1", "2", "3"] { _ = try await users.get(objectId: id) }
        #expect(transport.requests.map { $0.header("Cookie") } == [nil, "A=1; B=2", "A=3"])

        let jar = SessionCookies()
        var fields = HTTPFields()
        fields.append(HTTPField(name: .setCookie, value: "X=1; Max-Age=0"))
        jar.store(from: fields)
        #expect(jar.headerValue() == nil)
    }

    @Test func subscriberGetsItsOwnSession() async throws {
        let transport = RecordingTransport { request, _ in
            request.authority == "pub" ? .failure(Fixtures.refused)
                : .response(status: 200, headers: [("Set-Cookie", "JSESSIONID=SUB")], body: "<User/>")
        }
        let client = try Fixtures.client(transport, configuration: try Fixtures.configuration(publisher: "pub", subscriber: "sub"))
        let users = UsersEndpoint(client: client)
        _ = try await users.get(objectId: "1")
        _ = try await users.get(objectId: "2")
        #expect(transport.requests.map(\.authority) == ["pub", "sub", "sub"])
        #expect(transport.requests[1].header("Authorization") == Fixtures.basicValue)
        #expect(transport.requests[2].header("Cookie") == "JSESSIONID=SUB")
    }

    @Test func joinedSetCookieFieldsAreSplitAgain() {
        let joined = "JSESSIONID=J1; Path=/vmrest/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure, JSESSIONIDSSO=S2; Path=/, REQUEST_TOKEN_KEY=T3"
        #expect(URLSessionTransport.splitSetCookie(joined) == [
            "JSESSIONID=J1; Path=/vmrest/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure", "JSESSIONIDSSO=S2; Path=/", "REQUEST_TOKEN_KEY=T3",
        ])
    }
}
