import CUPIHTTPClientTransport
import CUPIRuntime
import Foundation
import Testing

/// Real TLS handshakes against an in-process HTTPS server on 127.0.0.1 whose certificate was issued
/// by a CA made at test time.
@Suite struct TLSHandshakeTests {
    private static func request(port: Int, path: String = "/vmrest/version") -> HTTPRequest {
        HTTPRequest(method: .get, scheme: "https", authority: "127.0.0.1:\(port)", path: path)
    }

    /// Runs `body` with a fresh HTTPS server and a transport verifying as `tls` says, then tears both down.
    private func withServer(
        tls: (TestCertificates) -> TLSVerification,
        _ body: (LoopbackServer, HTTPClientTransport, TestCertificates) async throws -> Void
    ) async throws {
        let certificates = try TestCertificates()
        let server = try await LoopbackServer(certificatePEM: certificates.serverCertificatePEM, keyPEM: certificates.serverKeyPEM)
        let transport = try HTTPClientTransport(tls: tls(certificates))
        do {
            try await body(server, transport, certificates)
        } catch {
            try await transport.shutdown()
            try await server.stop()
            throw error
        }
        try await transport.shutdown()
        try await server.stop()
    }

    private func expectRefused(_ transport: HTTPClientTransport, _ server: LoopbackServer, sourceLocation: SourceLocation = #_sourceLocation) async {
        await #expect(sourceLocation: sourceLocation) {
            try await transport.send(Self.request(port: server.port), body: nil, timeout: .seconds(10))
        } throws: { error in
            guard let error = error as? TransportError else { return false }
            return error.kind == .tls && error.requestWasNotSent
        }
        #expect(server.requestCount == 0, "a request reached the server", sourceLocation: sourceLocation)
    }

    private func expectAccepted(_ transport: HTTPClientTransport, _ server: LoopbackServer, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let (response, body) = try await transport.send(Self.request(port: server.port), body: nil, timeout: .seconds(10))
        #expect(response.status.code == 200, sourceLocation: sourceLocation)
        #expect(String(decoding: body, as: UTF8.self) == "hello /vmrest/version", sourceLocation: sourceLocation)
        #expect(server.requestCount == 1, sourceLocation: sourceLocation)
    }

    @Test func refusedByDefault() async throws {
        try await withServer(tls: { _ in .system }) { server, transport, _ in
            await expectRefused(transport, server)
        }
    }

    @Test func acceptedWithItsCA() async throws {
        try await withServer(tls: { .certificateAuthorities(pem: $0.caPEM) }) { server, transport, _ in
            try await expectAccepted(transport, server)
        }
    }

    @Test func refusedWithAnotherCA() async throws {
        let other = try TestCertificates(commonName: "Other CA")
        try await withServer(tls: { _ in .certificateAuthorities(pem: other.caPEM) }) { server, transport, _ in
            await expectRefused(transport, server)
        }
    }

    @Test func acceptedWithItsPinInEitherNotation() async throws {
        try await withServer(tls: { .pinnedSHA256($0.serverSHA256WithColons) }) { server, transport, _ in
            try await expectAccepted(transport, server)
        }
        try await withServer(tls: { .pinnedSHA256($0.serverSHA256) }) { server, transport, _ in
            try await expectAccepted(transport, server)
        }
    }

    @Test func refusedWithAnotherPin() async throws {
        try await withServer(tls: { _ in .pinnedSHA256(String(repeating: "ab", count: 32)) }) { server, transport, _ in
            await expectRefused(transport, server)
        }
    }

    @Test func acceptedWithTheInsecureOption() async throws {
        try await withServer(tls: { _ in .insecureNoVerification }) { server, transport, _ in
            try await expectAccepted(transport, server)
        }
        #expect("\(TLSVerification.insecureNoVerification)".contains("INSECURE"))
    }

    @Test func badSettingsAreRefusedUpFront() {
        #expect(throws: TLSSetupError.self) { try HTTPClientTransport(tls: .pinnedSHA256("abc")) }
        #expect(throws: TLSSetupError.self) { try HTTPClientTransport(tls: .pinnedSHA256(String(repeating: "zz", count: 32))) }
        #expect(throws: TLSSetupError.self) { try HTTPClientTransport(tls: .certificateAuthorities(pem: "not a certificate")) }
    }

    @Test func aRefusedConnectionIsReportedAsNotSent() async throws {
        // A port that was just free: bind, note it, close.
        let probe = try await LoopbackServer()
        let port = probe.port
        try await probe.stop()
        let transport = try HTTPClientTransport(tls: .insecureNoVerification)
        await #expect {
            try await transport.send(Self.request(port: port), body: nil, timeout: .seconds(10))
        } throws: { error in
            guard let error = error as? TransportError else { return false }
            return error.kind == .connectionRefused && error.requestWasNotSent
        }
        try await transport.shutdown()
    }

    @Test func theClientWorksEndToEndOverAPinnedConnection() async throws {
        try await withServer(tls: { .pinnedSHA256($0.serverSHA256) }) { server, transport, _ in
            let configuration = ClientConfiguration(
                publisher: try ServerAddress("https://127.0.0.1:\(server.port)"),
                credentials: .basic(user: "admin", password: "pw"))
            let client = APIClient(configuration: configuration, transport: transport)
            let response = try await client.perform(OperationRequest(method: .get, path: "version"))
            #expect(response.status == 200)
            #expect(response.server == .publisher)
            #expect(String(decoding: response.body, as: UTF8.self) == "hello /vmrest/version")
        }
    }
}
