import CUPIRuntime
import Foundation
import Testing

/// The default URLSession transport against an in-process server on 127.0.0.1.
@Suite struct URLSessionTransportTests {
    private func send(_ transport: URLSessionTransport, port: Int, path: String, scheme: String = "http") async throws -> (HTTPResponse, Data) {
        let request = HTTPRequest(
            method: .get, scheme: scheme, authority: "127.0.0.1:\(port)", path: path,
            headerFields: [.accept: "application/xml"])
        return try await transport.send(request, body: nil, timeout: .seconds(10))
    }

    @Test func plainRequestRedirectAndCookies() async throws {
        let server = try await LoopbackServer()
        let transport = URLSessionTransport()
        let (ok, body) = try await send(transport, port: server.port, path: "/vmrest/version")
        #expect(ok.status.code == 200)
        #expect(String(decoding: body, as: UTF8.self) == "hello /vmrest/version")

        let (redirect, _) = try await send(transport, port: server.port, path: "/redirect")
        #expect(redirect.status.code == 302)
        #expect(redirect.headerFields[.location] == "/elsewhere")

        let (cookies, _) = try await send(transport, port: server.port, path: "/cookies")
        #expect(cookies.headerFields[values: .setCookie].map { $0.split(separator: ";")[0] } == ["JSESSIONID=J1", "REQUEST_TOKEN_KEY=T2"])
        #expect(server.requestCount == 3)
        try await server.stop()
    }

    @Test func aRefusedConnectionIsReportedAsNotSent() async throws {
        let probe = try await LoopbackServer()
        let port = probe.port
        try await probe.stop()
        await #expect {
            try await send(URLSessionTransport(), port: port, path: "/")
        } throws: { error in
            guard let error = error as? TransportError else { return false }
            return error.kind == .connectionRefused && error.requestWasNotSent
        }
    }

    @Test func anUntrustedCertificateIsATLSFailure() async throws {
        let certificates = try TestCertificates()
        let server = try await LoopbackServer(certificatePEM: certificates.serverCertificatePEM, keyPEM: certificates.serverKeyPEM)
        await #expect {
            try await send(URLSessionTransport(), port: server.port, path: "/", scheme: "https")
        } throws: { error in
            guard let error = error as? TransportError else { return false }
            return error.kind == .tls && error.requestWasNotSent
        }
        #expect(server.requestCount == 0)
        try await server.stop()
    }
}
