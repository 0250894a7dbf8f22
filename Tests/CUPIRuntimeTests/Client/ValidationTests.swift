@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct ValidationTests {
    private static let invalid = User(alias: String(repeating: "a", count: 65))

    @Test func aViolationNeverReachesTheTransport() async throws {
        let transport = RecordingTransport([.response(status: 201, body: "/vmrest/users/x")])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        await #expect { try await users.create(Self.invalid, templateAlias: "t") } throws: { error in
            guard case .invalidRequest(let issues) = error as? CUPIError else { return false }
            return issues.map(\.path) == ["User/Alias"] && issues[0].rule == "maxLength 64"
        }
        await #expect(throws: CUPIError.self) { try await users.update(objectId: "1", User()) }
        #expect(transport.requests.isEmpty)
    }

    @Test func validationCanBeTurnedOffPerCall() async throws {
        let transport = RecordingTransport([.response(status: 201, body: "/vmrest/users/x")])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        _ = try await users.create(Self.invalid, templateAlias: "t", options: RequestOptions(validatesRequest: false))
        #expect(transport.requests.count == 1)
    }

    @Test func validationCanBeTurnedOffPerClientAndBackOnPerCall() async throws {
        let transport = RecordingTransport([.response(status: 201, body: "/vmrest/users/x")])
        let users = UsersEndpoint(client: try Fixtures.client(transport, configuration: try Fixtures.configuration(validates: false)))
        _ = try await users.create(Self.invalid, templateAlias: "t")
        #expect(transport.requests.count == 1)
        await #expect(throws: CUPIError.self) {
            try await users.create(Self.invalid, templateAlias: "t", options: RequestOptions(validatesRequest: true))
        }
        #expect(transport.requests.count == 1)
    }

    @Test func charactersXMLCannotCarryAreRefusedEvenWithoutValidation() async throws {
        let transport = RecordingTransport([.response(status: 201, body: "/vmrest/users/x")])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        await #expect(throws: CUPIError.self) {
            try await users.create(User(alias: "bell\u{7}"), templateAlias: "t", options: RequestOptions(validatesRequest: false))
        }
        #expect(transport.requests.isEmpty)
    }
}
