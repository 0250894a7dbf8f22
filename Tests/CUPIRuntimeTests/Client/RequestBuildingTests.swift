@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct RequestBuildingTests {
    @Test func listSendsExactMethodPathQueryAndHeaders() async throws {
        let transport = RecordingTransport([.ok(#"<Users total="0"/>"#)])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        _ = try await users.list(query: .startsWith(.alias, "John Sm"), sort: .ascending(.alias), rowsPerPage: 50, pageNumber: 2)

        let sent = try #require(transport.requests.first)
        #expect(sent.method == "GET")
        #expect(sent.url == "https://cuc-pub.example.com/vmrest/users?query=(alias%20startswith%20John%20Sm)&sort=(alias%20asc)&rowsPerPage=50&pageNumber=2")
        #expect(sent.headerLines == ["Authorization: \(Fixtures.basicValue)", "Accept: application/xml"])
        #expect(sent.body == nil)
        #expect(sent.timeout == .seconds(30))
    }

    @Test func createSendsXMLBodyWithContentType() async throws {
        let transport = RecordingTransport([.response(status: 201, body: "/vmrest/users/f82b301d-aaaa")])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        let created = try await users.create(User(alias: "jdoe", displayName: "John Doe"), templateAlias: "voicemailusertemplate")

        #expect(created == CreatedObject(objectId: "f82b301d-aaaa", uri: "/vmrest/users/f82b301d-aaaa"))
        let sent = try #require(transport.requests.first)
        #expect(sent.method == "POST")
        #expect(sent.path == "/vmrest/users?templateAlias=voicemailusertemplate")
        #expect(sent.headerLines == [
            "Authorization: \(Fixtures.basicValue)", "Accept: application/xml", "Content-Type: application/xml",
        ])
        #expect(sent.bodyText?.contains("<User><Alias>jdoe</Alias><DisplayName>John Doe</DisplayName></User>") == true)
        #expect(sent.bodyText == String(decoding: XMLCoding.encode(User(alias: "jdoe", displayName: "John Doe"), rootName: "User"), as: UTF8.self))
    }

    @Test func jsonFormatSetsAcceptContentTypeAndBody() async throws {
        let transport = RecordingTransport([
            .response(status: 204),
            .response(status: 200, headers: [("Content-Type", "application/json")], body: #"{"Alias":"jdoe","ObjectId":"42"}"#),
        ])
        let client = try Fixtures.client(transport, configuration: try Fixtures.configuration(format: .json))
        let users = UsersEndpoint(client: client)
        try await users.update(objectId: "42", User(alias: "jdoe"))
        let user = try await users.get(objectId: "42")

        #expect(user.alias == "jdoe")
        let put = transport.requests[0]
        #expect(put.method == "PUT")
        #expect(put.path == "/vmrest/users/42")
        #expect(put.header("Accept") == "application/json")
        #expect(put.header("Content-Type") == "application/json")
        #expect(put.bodyText == #"{"Alias":"jdoe"}"#)
        #expect(transport.requests[1].header("Content-Type") == nil)
    }

    @Test(arguments: [
        ("*", "%2A"), ("#", "%23"), ("Off Hours", "Off%20Hours"), ("a/b", "a%2Fb"), ("what?", "what%3F"),
        ("100%", "100%25"), ("Zürich", "Z%C3%BCrich"), ("日本", "%E6%97%A5%E6%9C%AC"), ("a+b&c=d;e", "a%2Bb%26c%3Dd%3Be"),
        ("..", ".."), ("-._~", "-._~"),
    ])
    func pathParametersAreEncodedAsOneSegment(value: String, encoded: String) async throws {
        let transport = RecordingTransport([.ok()])
        let menu = MenuEntriesEndpoint(client: try Fixtures.client(transport))
        _ = try await menu.get(callHandlerObjectId: "h1", touchtoneKey: value)
        #expect(transport.requests.first?.path == "/vmrest/handlers/callhandlers/h1/menuentries/\(encoded)")
    }

    @Test func hostileQueryValuesAreEncodedWithSpaceAsPercent20() async throws {
        let transport = RecordingTransport([.ok(#"<Users total="0"/>"#)])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        _ = try await users.list(query: .is(.alias, "a b+c&d=e#f?g/h%i*j(k)ü"))
        #expect(transport.requests.first?.path
            == "/vmrest/users?query=(alias%20is%20a%20b%2Bc%26d%3De%23f%3Fg%2Fh%25i%2Aj(k)%C3%BC)")
    }

    @Test func repeatingQueryParametersKeepOrder() throws {
        var items = QueryItems()
        items.append("id", ["b a", "c"])
        items.append("flag", true)
        items.append("skip", Int?.none)
        items.append(query: "query", nil)
        #expect(items.encoded == "id=b%20a&id=c&flag=true")
    }

    @Test(arguments: [
        ("2001:db8::10", "https://[2001:db8::10]/vmrest/users"),
        ("[2001:db8::10]:8443", "https://[2001:db8::10]:8443/vmrest/users"),
        ("http://[::1]:8080", "http://[::1]:8080/vmrest/users"),
        ("fe80::1%eth0", "https://[fe80::1%25eth0]/vmrest/users"),
        ("10.0.0.5", "https://10.0.0.5/vmrest/users"),
        ("cuc:8443", "https://cuc:8443/vmrest/users"),
    ])
    func urlsAreBuiltForEveryAddressForm(address: String, url: String) async throws {
        let transport = RecordingTransport([.ok(#"<Users total="0"/>"#)])
        let client = try Fixtures.client(transport, configuration: try Fixtures.configuration(publisher: address))
        _ = try await UsersEndpoint(client: client).list()
        #expect(transport.requests.first?.url == url)
    }

    @Test func basePathIsNormalizedAndHeadersOverride() async throws {
        let transport = RecordingTransport([.ok()])
        let configuration = ClientConfiguration(
            publisher: try ServerAddress("cuc"), credentials: Fixtures.credentials, basePath: "vmrest", timeout: .seconds(5))
        let client = APIClient(configuration: configuration, transport: transport, environment: TestEnvironment().environment)
        var request = OperationRequest(
            method: .get, path: "/version",
            options: RequestOptions(timeout: .seconds(2), headers: [("Accept", "application/json"), ("X-Trace", "7")]))
        request.headers = [("X-Header-Param", "v")]
        _ = try await client.perform(request)

        let sent = try #require(transport.requests.first)
        #expect(sent.path == "/vmrest/version")
        #expect(sent.timeout == .seconds(2))
        #expect(sent.headerLines == [
            "Authorization: \(Fixtures.basicValue)", "X-Header-Param: v", "Accept: application/json", "X-Trace: 7",
        ])
    }

    @Test func missingPathParameterOrBadHeaderIsRefusedUnsent() async throws {
        let transport = RecordingTransport([.ok()])
        let client = try Fixtures.client(transport)
        await #expect(throws: CUPIError.self) {
            try await client.perform(OperationRequest(method: .get, path: "users/{objectId}"))
        }
        var request = OperationRequest(method: .get, path: "users")
        request.headers = [("Bad Name", "x")]
        await #expect(throws: CUPIError.self) { try await client.perform(request) }
        #expect(transport.requests.isEmpty)
    }

    @Test func rawBodiesKeepTheirMediaType() async throws {
        let transport = RecordingTransport([.response(status: 204)])
        let client = try Fixtures.client(transport)
        var request = OperationRequest(method: .put, path: "users/{id}/greetings/{greeting}/audio")
        request.pathParameters = ["id": "u1", "greeting": "Off Hours"]
        request.body = RequestBody(data: Data([0x52, 0x49, 0x46, 0x46]), contentType: "audio/wav")
        _ = try await client.perform(request)
        #expect(transport.requests.first?.path == "/vmrest/users/u1/greetings/Off%20Hours/audio")
        #expect(transport.requests.first?.header("Content-Type") == "audio/wav")
        #expect(transport.requests.first?.body == Data([0x52, 0x49, 0x46, 0x46]))
    }

    @Test func queryAndSortValues() {
        #expect(Query<UserColumn>.is(.alias, "jdoe").rawValue == "(alias is jdoe)")
        #expect(Query<UserColumn>.startsWith(.alias, "jo").rawValue == "(alias startswith jo)")
        #expect(Query<UserColumn>.isNull(.emailAddress).rawValue == "(emailaddress isnull)")
        #expect(Query<UserColumn>.isNotNull(.emailAddress).rawValue == "(emailaddress isnotnull)")
        #expect(Sort<UserColumn>.ascending(.alias).rawValue == "(alias asc)")
        #expect(Sort<UserColumn>.descending(.alias).rawValue == "(alias desc)")
    }
}
