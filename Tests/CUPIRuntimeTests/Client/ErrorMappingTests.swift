@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct ErrorMappingTests {
    private func getUser(answering reply: MockReply) async throws -> (any Error)? {
        let transport = RecordingTransport([reply])
        let users = UsersEndpoint(client: try Fixtures.client(transport, configuration: try Fixtures.configuration(retry: .never)))
        do {
            _ = try await users.get(objectId: "42")
            return nil
        } catch {
            return error
        }
    }

    @Test func undeclaredSuccessStatusIsAnHTTPError() async throws {
        let error = try await getUser(answering: .response(status: 202, body: "accepted"))
        guard case .http(202, let details, "accepted")? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(details.isEmpty)
    }

    @Test(arguments: [301, 302])
    func redirectsAreErrorsNotFollowed(status: Int) async throws {
        let error = try await getUser(answering: .response(status: status, headers: [("Location", "https://elsewhere/")]))
        guard case .http(let got, [], "")? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(got == status)
    }

    @Test func clientErrorWithXMLErrorDetails() async throws {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ErrorDetails><errors><message>Alias already exists</message><code>DUPLICATE_OBJECT</code></errors>\
            <errors><code>DATA_EXCEPTION</code><message>second</message></errors></ErrorDetails>
            """
        let error = try await getUser(answering: .response(status: 400, headers: [("Content-Type", "application/xml")], body: body))
        guard case .http(400, let details, let raw)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(details == [ErrorDetail(code: "DUPLICATE_OBJECT", message: "Alias already exists"), ErrorDetail(code: "DATA_EXCEPTION", message: "second")])
        #expect(raw == body)
        #expect(error.map { "\($0)" } == "HTTP 400: DUPLICATE_OBJECT: Alias already exists; DATA_EXCEPTION: second")
    }

    @Test(arguments: [
        #"{"errors":{"code":"NOT_FOUND","message":"no such user"}}"#,
        #"{"ErrorDetails":{"errors":[{"code":"NOT_FOUND","message":"no such user"}]}}"#,
    ])
    func clientErrorWithJSONErrorDetails(body: String) async throws {
        let error = try await getUser(answering: .response(status: 404, headers: [("Content-Type", "application/json")], body: body))
        guard case .http(404, let details, _)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(details == [ErrorDetail(code: "NOT_FOUND", message: "no such user")])
    }

    @Test func errorDetailsAreFoundWithoutContentType() async throws {
        let error = try await getUser(answering: .response(status: 403, body: "  <ErrorDetails><errors><code>FORBIDDEN</code><message>no</message></errors></ErrorDetails>"))
        guard case .http(403, let details, _)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(details == [ErrorDetail(code: "FORBIDDEN", message: "no")])
    }

    @Test func clientErrorWithoutErrorDetailsKeepsTheBody() async throws {
        let html = "<html><body>Unauthorized</body></html>"
        let error = try await getUser(answering: .response(status: 401, headers: [("Content-Type", "text/html")], body: html))
        guard case .http(401, [], html)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        let malformed = try await getUser(answering: .response(status: 400, headers: [("Content-Type", "application/xml")], body: "<ErrorDetails><errors>"))
        guard case .http(400, [], "<ErrorDetails><errors>")? = malformed as? CUPIError else { Issue.record("\(String(describing: malformed))"); return }
    }

    @Test func serverErrorIsAnHTTPErrorAndLongBodiesAreClippedInDescriptions() async throws {
        let body = String(repeating: "x", count: 2000)
        let error = try await getUser(answering: .response(status: 500, body: body))
        guard case .http(500, [], body)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(String(describing: error!).count < 600)
    }

    @Test func undecodableDeclaredBodyIsADecodingError() async throws {
        let error = try await getUser(answering: .ok("<Users/>"))
        guard case .decoding(let message)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(message.contains("expected root element <User>"))
    }

    @Test func transportFailureIsATransportError() async throws {
        let error = try await getUser(answering: .failure(Fixtures.refused))
        guard case .transport(let underlying)? = error as? CUPIError else { Issue.record("\(String(describing: error))"); return }
        #expect(underlying == Fixtures.refused)
    }

    @Test func createdReadsBodyOrLocation() throws {
        let client = try Fixtures.client(RecordingTransport([.ok()]))
        let fromBody = OperationResponse(status: 201, body: Data("/vmrest/users/abc-1\n".utf8))
        #expect(try client.created(fromBody) == CreatedObject(objectId: "abc-1", uri: "/vmrest/users/abc-1"))
        var fields = HTTPFields()
        fields[.location] = "https://cuc/vmrest/distributionlists/dl-9"
        let fromLocation = OperationResponse(status: 201, headerFields: fields)
        #expect(try client.created(fromLocation).objectId == "dl-9")
        let empty = OperationResponse(status: 201)
        #expect(throws: CUPIError.self) { try client.created(empty) }
        #expect(client.createdIfPresent(empty) == nil)
        #expect(client.createdIfPresent(fromBody)?.objectId == "abc-1")
    }
}
