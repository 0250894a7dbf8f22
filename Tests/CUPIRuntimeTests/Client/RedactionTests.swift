@testable import CUPIRuntime
import Foundation
import Testing

/// The password, and the Basic field value that encodes it, never show in text the library makes.
@Suite struct RedactionTests {
    private static let base64 = Data("admin:\(Fixtures.password)".utf8).base64EncodedString()

    private func expectNoSecret(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains(Fixtures.password), "password in: \(text)", sourceLocation: sourceLocation)
        #expect(!text.contains(Self.base64), "Basic value in: \(text)", sourceLocation: sourceLocation)
    }

    private func dumped(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    @Test func credentialsAndConfigurationDescriptionsAndDumps() throws {
        let configuration = try Fixtures.configuration(subscriber: "cuc-sub")
        for text in [
            String(describing: Fixtures.credentials), String(reflecting: Fixtures.credentials), "\(Fixtures.credentials)",
            dumped(Fixtures.credentials), String(describing: configuration), String(reflecting: configuration),
            dumped(configuration), dumped(APIClient(configuration: configuration, transport: RecordingTransport([.ok()]))),
        ] {
            expectNoSecret(text)
        }
        #expect(String(describing: Fixtures.credentials) == "basic(user: admin, password: <redacted>)")
        #expect(String(describing: configuration).contains("admin"))
    }

    @Test func errorsNeverCarryTheSecret() async throws {
        var errors: [any Error] = []
        for reply in [MockReply.response(status: 401, body: "Unauthorized"), .response(status: 500), .failure(Fixtures.refused)] {
            let transport = RecordingTransport([reply])
            do {
                _ = try await UsersEndpoint(client: try Fixtures.client(transport, configuration: try Fixtures.configuration(retry: .never)))
                    .get(objectId: "1")
            } catch {
                errors.append(error)
            }
        }
        do {
            _ = try await UsersEndpoint(client: try Fixtures.client(RecordingTransport([.ok()]))).create(User(), templateAlias: "t")
        } catch {
            errors.append(error)
        }
        errors.append(try #require(throws: ServerAddressError.self) { try ServerAddress("https://admin:\(Fixtures.password)@cuc") })
        #expect(errors.count == 5)
        for error in errors {
            expectNoSecret(String(describing: error))
            expectNoSecret(String(reflecting: error))
            expectNoSecret(dumped(error))
            expectNoSecret(error.localizedDescription)
        }
    }
}
