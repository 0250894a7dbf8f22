import Foundation

/// How a `MockServer` listens, whom it lets in, and how it misbehaves.
public struct MockConfiguration: Sendable {
    /// A certificate chain and its private key, PEM-encoded, for HTTPS.
    public struct TLSIdentity: Sendable {
        /// The server certificate, then any intermediates, as PEM.
        public var certificateChainPEM: String
        /// The certificate's private key, as PEM.
        public var privateKeyPEM: String

        /// Makes an identity from PEM text.
        public init(certificateChainPEM: String, privateKeyPEM: String) {
            self.certificateChainPEM = certificateChainPEM
            self.privateKeyPEM = privateKeyPEM
        }
    }

    /// Addresses to listen on; an address the machine lacks (no `::1`) is skipped.
    public var hosts: [String]
    /// The port on every host; 0 lets the first host pick one, which the others then share.
    public var port: Int
    /// The accepted HTTP Basic credentials; anything else gets 401.
    public var user: String
    /// The password that goes with `user`.
    public var password: String
    /// HTTPS with this identity; nil serves plain HTTP.
    public var tls: TLSIdentity?
    /// Requests processed at once (Unity Connection: 5).
    public var maxConcurrentRequests: Int
    /// Requests allowed to wait behind them; one more gets 503.
    public var maxQueuedRequests: Int
    /// Faults with the probability of each, for requests without the fault header.
    public var faultRates: [(fault: Fault, probability: Double)]

    /// Makes a configuration; the defaults listen on both loopback addresses on any port.
    public init(
        hosts: [String] = ["127.0.0.1", "::1"], port: Int = 0, user: String = "admin", password: String = "password",
        tls: TLSIdentity? = nil, maxConcurrentRequests: Int = 5, maxQueuedRequests: Int = 255,
        faultRates: [(fault: Fault, probability: Double)] = []
    ) {
        self.hosts = hosts
        self.port = port
        self.user = user
        self.password = password
        self.tls = tls
        self.maxConcurrentRequests = maxConcurrentRequests
        self.maxQueuedRequests = maxQueuedRequests
        self.faultRates = faultRates
    }
}
