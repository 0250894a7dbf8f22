import CUPIClient
import CUPIRuntime
import Foundation
import Testing

/// The generated endpoints put on the wire exactly what CUPI expects: method, path, query,
/// headers and body, for every endpoint family, with hostile values encoded.
@Suite("Generated endpoints on the wire")
struct EndpointRequestTests {
    /// Records each request and answers with the next canned response.
    final class RecordingTransport: Transport, @unchecked Sendable {
        struct Exchange {
            var request: HTTPRequest
            var body: Data?
        }

        private let lock = NSLock()
        private var responses: [(Int, [HTTPField], String)]
        private(set) var exchanges: [Exchange] = []

        init(_ responses: [(Int, [HTTPField], String)]) { self.responses = responses }

        func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
            let (status, fields, text) = lock.withLock {
                exchanges.append(Exchange(request: request, body: body))
                return responses.isEmpty ? (204, [], "") : responses.removeFirst()
            }
            return (HTTPResponse(status: .init(code: status), headerFields: HTTPFields(fields)), Data(text.utf8))
        }
    }

    private func client(_ responses: [(Int, [HTTPField], String)] = [], format: WireFormat = .xml) throws -> (CUPI, RecordingTransport) {
        let transport = RecordingTransport(responses)
        let configuration = ClientConfiguration(publisher: try ServerAddress("cuc.example.com"),
                                                credentials: .basic(user: "admin", password: "s3cret"), format: format)
        return (CUPI(client: APIClient(configuration: configuration, transport: transport)), transport)
    }

    private static let xml = [HTTPField(name: .contentType, value: "application/xml")]

    @Test func usersListSendsQuerySortAndPaging() async throws {
        let (cupi, transport) = try client([(200, Self.xml, #"<Users total="1"><User><Alias>jdoe</Alias></User></Users>"#)])
        let page = try await cupi.users.list(query: .startsWith(.alias, "j doe"), sort: .ascending(.alias), rowsPerPage: 50, pageNumber: 2)
        #expect(page.user.first?.alias == "jdoe")
        let request = try #require(transport.exchanges.first?.request)
        #expect(request.method == .get)
        #expect(request.path == "/vmrest/users?query=(Alias%20startswith%20j%20doe)&sort=(Alias%20asc)&rowsPerPage=50&pageNumber=2")
        #expect(request.headerFields[.accept] == "application/xml")
        #expect(request.headerFields[.authorization]?.hasPrefix("Basic ") == true)
    }

    @Test func userCreateSendsTheBodyAndTemplateAndReturnsTheNewId() async throws {
        let id = "f82b301d-1e88-4b32-8e44-3e0f43a2b7c1"
        let (cupi, transport) = try client([(201, [], "/vmrest/users/\(id)")])
        let created = try await cupi.users.create(User(alias: "jdoe", dtmfAccessId: "5001"), templateAlias: "voicemailusertemplate")
        #expect(created.objectId == id)
        let exchange = try #require(transport.exchanges.first)
        #expect(exchange.request.method == .post)
        #expect(exchange.request.path == "/vmrest/users?templateAlias=voicemailusertemplate")
        #expect(exchange.request.headerFields[.contentType] == "application/xml")
        let body = String(decoding: try #require(exchange.body), as: UTF8.self)
        #expect(body.contains("<User><Alias>jdoe</Alias><DtmfAccessId>5001</DtmfAccessId></User>"))
    }

    @Test func anInvalidBodyNeverLeaves() async throws {
        let (cupi, transport) = try client()
        await #expect(throws: CUPIError.self) {
            _ = try await cupi.users.create(User(alias: Alias(String(repeating: "x", count: 65))), templateAlias: "voicemailusertemplate")
        }
        #expect(transport.exchanges.isEmpty)
    }

    @Test func updateGetAndDeleteUseTheObjectPath() async throws {
        let (cupi, transport) = try client([(204, [], ""), (200, Self.xml, "<User><Alias>x</Alias></User>"), (204, [], "")])
        try await cupi.users.update(objectId: "abc", User(displayName: "X"))
        _ = try await cupi.users.get(objectId: "abc")
        try await cupi.users.delete(objectId: "abc")
        #expect(transport.exchanges.map { "\($0.request.method) \($0.request.path ?? "")" } == [
            "PUT /vmrest/users/abc", "GET /vmrest/users/abc", "DELETE /vmrest/users/abc",
        ])
    }

    @Test func nestedGroupsAndHostilePathSegments() async throws {
        let (cupi, transport) = try client()
        try await cupi.users.credential.pin.update(objectId: "u1", Credential(credentials: "738291"))
        try await cupi.distributionLists.distributionListMembers.remove(objectId: "dl 1", memberObjectId: "a/b?c#d%e")
        try await cupi.handlers.callHandlers.greetings.update(objectId: "h1", greetingType: .offHours, Greeting(ignoreDigits: true))
        try await cupi.handlers.callHandlers.menuEntries.update(objectId: "h1", touchtoneKey: .star, MenuEntry(locked: true))
        try await cupi.handlers.callHandlers.menuEntries.update(objectId: "h1", touchtoneKey: .pound, MenuEntry(locked: true))
        #expect(transport.exchanges.map { $0.request.path ?? "" } == [
            "/vmrest/users/u1/credential/pin",
            "/vmrest/distributionlists/dl%201/distributionlistmembers/a%2Fb%3Fc%23d%25e",
            "/vmrest/handlers/callhandlers/h1/greetings/Off%20Hours",
            "/vmrest/handlers/callhandlers/h1/menuentries/%2A",
            "/vmrest/handlers/callhandlers/h1/menuentries/%23",
        ])
    }

    @Test func anUndeclaredStatusIsATypedErrorWithCUPIsDetails() async throws {
        let body = "<ErrorDetails><errors><code>NOT_FOUND</code><message>No user</message></errors></ErrorDetails>"
        let (cupi, _) = try client([(404, Self.xml, body)])
        do {
            _ = try await cupi.users.get(objectId: "missing")
            Issue.record("expected an error")
        } catch let CUPIError.http(status, details, _) {
            #expect(status == 404)
            #expect(details.first?.code == "NOT_FOUND")
            #expect(details.first?.message == "No user")
        }
    }

    @Test func jsonIsSelectableAndDecodesCUPIsQuirks() async throws {
        let json = [HTTPField(name: .contentType, value: "application/json")]
        let (cupi, transport) = try client([(200, json, #"{"@total":"1","User":{"Alias":"jdoe","DtmfAccessId":"5001"}}"#)], format: .json)
        let page = try await cupi.users.list()
        #expect(page.user.map(\.alias) == ["jdoe"])
        #expect(page.total?.rawValue == 1)
        #expect(transport.exchanges.first?.request.headerFields[.accept] == "application/json")
    }

    @Test func allWalksThePagesAndCountAsksForNoRows() async throws {
        let users = (1...3).map { "<User><Alias>u\($0)</Alias></User>" }
        let (cupi, transport) = try client([
            (200, Self.xml, #"<Users total="3">\#(users[0])\#(users[1])</Users>"#),
            (200, Self.xml, #"<Users total="3">\#(users[2])</Users>"#),
            (200, Self.xml, #"<Users total="3"/>"#),
        ])
        var aliases: [String] = []
        for try await user in cupi.users.all(rowsPerPage: 2) { aliases.append(user.alias?.rawValue ?? "") }
        #expect(aliases == ["u1", "u2", "u3"])
        #expect(try await cupi.users.count() == 3)
        #expect(transport.exchanges.map { $0.request.path ?? "" } == [
            "/vmrest/users?rowsPerPage=2&pageNumber=1", "/vmrest/users?rowsPerPage=2&pageNumber=2",
            "/vmrest/users?rowsPerPage=0&pageNumber=1",
        ])
    }
}
