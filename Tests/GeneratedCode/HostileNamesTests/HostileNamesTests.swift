import CUPIRuntime
import Foundation
import HostileNamesModel
import Testing

/// The client generated from a schema whose names are the runtime's and the standard library's
/// (`Page`, `String`, `Transport`, …) compiles (the build is that test) and works: its types keep
/// their names, and its list endpoint pages through `Page` with `query` and `sort`.
@Suite("Generated code with hostile names")
struct HostileNamesTests {
    /// Records each request and answers with the next canned body.
    final class Recorder: CUPIRuntime.Transport, @unchecked Sendable {
        private let lock = NSLock()
        private var bodies: [(Swift.Int, Swift.String)]
        private(set) var requests: [HTTPRequest] = []

        init(_ bodies: [(Swift.Int, Swift.String)]) { self.bodies = bodies }

        func send(_ request: HTTPRequest, body: Foundation.Data?, timeout: Duration) async throws -> (HTTPResponse, Foundation.Data) {
            let (status, text) = lock.withLock {
                requests.append(request)
                return bodies.isEmpty ? (204, "") : bodies.removeFirst()
            }
            let fields = HTTPFields([HTTPField(name: .contentType, value: "application/xml")])
            return (HTTPResponse(status: .init(code: status), headerFields: fields), Foundation.Data(text.utf8))
        }
    }

    static let pages = """
        <Pages total="2"><Page Transport="udp"><ObjectId>a</ObjectId><String>hello</String><Int>7</Int>\
        <Never>String</Never><Result><Int>3</Int></Result></Page><Page><ObjectId>b</ObjectId></Page></Pages>
        """

    @Test func aPageOfPagesDecodesThroughTheListEndpoint() async throws {
        let recorder = Recorder([(200, Self.pages)])
        let configuration = ClientConfiguration(publisher: try ServerAddress("api.example.com"), credentials: .basic(user: "u", password: "p"))
        let api = HostileAPI(client: APIClient(configuration: configuration, transport: recorder))
        let page = try await api.pages.list(query: .is(.string, "hello"), sort: .ascending(.int), page2: "p", client2: "c", transport: .udp)
        #expect(page.total == HostileNamesModel.Int(rawValue: 2))
        #expect(page.page.map { $0.objectId } == ["a", "b"])
        let first = try #require(page.page.first)
        #expect(first.string == HostileNamesModel.String(rawValue: "hello"))
        #expect(first.int == HostileNamesModel.Int(rawValue: 7))
        #expect(first.never == .string)
        #expect(first.result?.choice == .int(HostileNamesModel.Int(rawValue: 3)))
        #expect(first.transport == .udp)
        let target = try #require(recorder.requests.first?.path)
        #expect(target.contains("query=(String%20is%20hello)") && target.contains("sort=(Int%20asc)") && target.contains("Transport=udp"), "\(target)")
    }

    /// The parameters named like the method's own locals got other labels, decided by the translator.
    @Test func theRouteTableAndDescriptionAreGenerated() {
        #expect(HostileAPI.routes.map { "\($0.method) \($0.path)" }
                == ["GET pages", "POST pages", "GET pages/{request}", "DELETE pages/{request}", "GET pages/{request}/audio", "PUT pages/{request}/audio"])
        #expect(HostileAPI.routes[0].listItemElement == "Page")
        #expect(HostileAPI.routes[4].responseMediaTypes == ["audio/wav"])
        #expect(HostileAPI.descriptionFiles.map(\.path) == ["hostile.wadl", "hostile.xsd"])
    }

    @Test func audioTravelsAsBytes() async throws {
        let recorder = Recorder([(204, "")])
        let configuration = ClientConfiguration(publisher: try ServerAddress("api.example.com"), credentials: .basic(user: "u", password: "p"))
        let api = HostileAPI(client: APIClient(configuration: configuration, transport: recorder))
        try await api.pages.audio.put(request2: "x", Foundation.Data([0x52, 0x49, 0x46, 0x46]))
        let sent = try #require(recorder.requests.first)
        #expect(sent.method == .put)
        #expect(sent.headerFields[.contentType] == "audio/wav")
    }
}
