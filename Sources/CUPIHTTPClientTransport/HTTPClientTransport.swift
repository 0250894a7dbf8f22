import AsyncHTTPClient
import CUPIRuntime
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// A `Transport` over AsyncHTTPClient and SwiftNIO SSL, for servers whose certificate the system
/// does not trust: a private CA bundle, a pinned certificate, or (named loudly) no verification.
///
/// It owns connections and threads: call `shutdown()` once no request uses it any more.
///
/// ```swift
/// let transport = try HTTPClientTransport(tls: .pinnedSHA256("3A:7F:…"))
/// let client = APIClient(configuration: configuration, transport: transport)
/// …
/// try await transport.shutdown()
/// ```
public final class HTTPClientTransport: Transport {
    private let client: HTTPClient
    /// The largest response body read; CUPI bodies are small, and a bound keeps a broken or hostile
    /// server from exhausting memory.
    public let maxResponseBodySize: Int
    /// How certificates are verified.
    public let verification: TLSVerification

    /// Makes a transport.
    /// - Parameters:
    ///   - tls: how to verify server certificates; the system trust store by default.
    ///   - maxResponseBodySize: the largest response body accepted, 64 MiB by default.
    /// - Throws: `TLSSetupError` for a CA bundle that is not PEM or a pin that is not 64 hex digits.
    public init(tls: TLSVerification = .system, maxResponseBodySize: Int = 64 << 20) throws {
        let resolved = try ResolvedTLSVerification(tls)
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: resolved.configuration, redirectConfiguration: .disallow, decompression: .disabled)
        // CUPI is HTTP/1.1, and the pin check below hooks the HTTP/1.1 connection set-up.
        configuration.httpVersion = .http1Only
        // Report a refused connection at once rather than retrying until the deadline: the client's
        // own retry policy and failover decide what happens next.
        configuration.connectionPool.retryConnectionEstablishment = false
        if let pin = resolved.pin {
            // AsyncHTTPClient has no certificate-verification callback; this hook runs on each new
            // connection after the TLS handshake and before any request is written to it, and a
            // failure discards the connection.
            configuration.http1_1ConnectionDebugInitializer = { channel in
                channel.nioSSL_peerCertificate().flatMapThrowing { certificate in
                    guard let certificate, try ResolvedTLSVerification.matches(certificate, pin: pin) else {
                        throw PinMismatchError()
                    }
                }
            }
        }
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.maxResponseBodySize = maxResponseBodySize
        verification = tls
    }

    /// Closes the connections; the transport cannot send afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends one exchange over AsyncHTTPClient, reading at most `maxResponseBodySize` bytes of body.
    /// - Throws: `TransportError` mapped from the NIO and TLS errors (a pin mismatch is `.tls`, request not sent); `CancellationError` when the task is cancelled.
    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        guard let scheme = request.scheme, let authority = request.authority, let path = request.path else {
            throw TransportError(kind: .other, requestWasNotSent: true, message: "the request has no URL")
        }
        var outgoing = HTTPClientRequest(url: "\(scheme)://\(authority)\(path)")
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }

        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        do {
            let response = try await client.execute(outgoing, timeout: .nanoseconds(nanoseconds))
            let buffer = try await response.body.collect(upTo: maxResponseBodySize)
            var fields = HTTPFields()
            for header in response.headers {
                guard let name = HTTPField.Name(header.name) else { continue }
                fields.append(HTTPField(name: name, value: header.value))
            }
            return (HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields), Data(buffer.readableBytesView))
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw TransportErrorMapping.map(error)
        }
    }
}
