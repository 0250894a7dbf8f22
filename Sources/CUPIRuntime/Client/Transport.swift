import Foundation

/// Carries one HTTP exchange for an `APIClient`: `URLSessionTransport` by default, the TLS-capable
/// `HTTPClientTransport` (module CUPIHTTPClientTransport), or a recording mock in tests.
public protocol Transport: Sendable {
    /// Sends `request` (its scheme, authority and path already set) with `body`, and returns the
    /// response with its whole body. Redirects are not followed: a 3xx is returned as it is.
    /// - Throws: `TransportError` for connection-level failures, saying whether the request
    ///   provably never reached the server (connection refused, DNS failure, TLS handshake
    ///   failure before sending); `CancellationError` when the task is cancelled.
    func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data)
}

/// A connection-level failure: no HTTP response was received.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: Sendable, Hashable {
        /// The server refused the connection (nothing listens on the port).
        case connectionRefused
        /// The host could not be resolved or reached.
        case unreachable
        /// The exchange did not finish in time.
        case timedOut
        /// The TLS handshake failed (for example an untrusted certificate).
        case tls
        /// The connection was closed or reset mid-exchange.
        case reset
        /// Anything else.
        case other
    }

    /// What kind of failure.
    public var kind: Kind
    /// True only when the request provably never reached the server, which makes resending even
    /// a POST safe.
    public var requestWasNotSent: Bool
    /// What the underlying library said; never contains header values.
    public var message: String

    /// Makes an error.
    public init(kind: Kind, requestWasNotSent: Bool, message: String) {
        self.kind = kind
        self.requestWasNotSent = requestWasNotSent
        self.message = message
    }

    /// The kind, whether the request was sent, and the underlying message.
    public var description: String {
        "\(kind) (\(requestWasNotSent ? "request not sent" : "request may have been sent")): \(message)"
    }
}
