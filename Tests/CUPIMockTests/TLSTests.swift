import CUPIClient
import CUPIHTTPClientTransport
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("HTTPS with a self-signed certificate")
struct TLSTests {
    @Test("the client refuses the mock's certificate by default and accepts it with its CA or its pin")
    func trust() async throws {
        let certificates = try TestCertificates()
        let configuration = MockConfiguration(hosts: ["127.0.0.1"], tls: .init(
            certificateChainPEM: certificates.serverCertificatePEM, privateKeyPEM: certificates.serverKeyPEM))
        try await withMock(configuration) { mock in
            #expect(mock.server.ipv4URL?.scheme == "https")
            let address = try ServerAddress("https://localhost:\(mock.server.port)")
            let refused = { (error: CUPIError) in
                if case .transport(let failure) = error { return failure.kind == .tls }
                return false
            }
            // The default transport (URLSession) trusts only the system's CAs.
            let byDefault = CUPI(configuration: ClientConfiguration(
                publisher: address, credentials: .basic(user: "admin", password: "password"), timeout: .seconds(5), retry: .never))
            await expectError(try await byDefault.version.get(), refused)
            for (tls, accepted) in [(TLSVerification.system, false), (.certificateAuthorities(pem: certificates.caPEM), true),
                                    (.pinnedSHA256(certificates.serverSHA256WithColons), true)] {
                try await withHTTPClientTransport(tls: tls) { transport in
                    let cupi = CUPI(configuration: ClientConfiguration(
                        publisher: address, credentials: .basic(user: "admin", password: "password"), timeout: .seconds(5), retry: .never),
                        transport: transport)
                    if accepted {
                        #expect(try await cupi.version.get().name == "vmrest", "\(tls)")
                    } else {
                        await expectError(try await cupi.version.get(), refused)
                    }
                }
            }
            // Only the trusted clients got through the handshake to a request.
            #expect(mock.server.statistics.requests == 2)
        }
    }
}
