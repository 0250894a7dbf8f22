import Crypto
import NIOSSL

/// How `HTTPClientTransport` decides whether to trust a server's certificate.
///
/// Unity Connection servers usually present a self-signed or private-CA certificate; trust it with
/// `.certificateAuthorities(pem:)` or `.pinnedSHA256(_:)`. Turning verification off is possible
/// only by naming `.insecureNoVerification`, which is never a default.
public enum TLSVerification: Sendable, Hashable, CustomStringConvertible {
    /// The system's CA store, with the host name checked against the certificate (the default).
    case system
    /// Only the CAs in `pem` (one or more PEM certificates); the host name is checked unless
    /// `verifiesHostname` is false (for a server reached by an address its certificate does not name).
    case certificateAuthorities(pem: String, verifiesHostname: Bool = true)
    /// Exactly the server certificate whose DER encoding has this SHA-256 digest, given in hex with
    /// or without colons (`openssl x509 -noout -fingerprint -sha256` prints it). Chain, expiry and
    /// host name are not checked: the pin is the identity.
    case pinnedSHA256(String)
    /// Accepts any certificate: anyone on the path can read and change the traffic, credentials
    /// included. For a lab, never for production.
    case insecureNoVerification

    /// How certificates are checked, in words, without the CA bundle's text.
    public var description: String {
        switch self {
        case .system: "system trust store"
        case .certificateAuthorities(_, let verifiesHostname):
            "custom CA bundle\(verifiesHostname ? "" : " (host name not checked)")"
        case .pinnedSHA256(let pin): "pinned certificate SHA-256 \(pin)"
        case .insecureNoVerification: "INSECURE: no certificate verification"
        }
    }
}

/// A `TLSVerification` turned into NIOSSL terms.
struct ResolvedTLSVerification: Sendable {
    var configuration: TLSConfiguration
    /// The digest the server's leaf certificate must have, when pinning.
    var pin: [UInt8]?

    init(_ verification: TLSVerification) throws {
        configuration = TLSConfiguration.makeClientConfiguration()
        switch verification {
        case .system:
            break
        case .certificateAuthorities(let pem, let verifiesHostname):
            let certificates: [NIOSSLCertificate]
            do {
                certificates = try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8))
            } catch {
                throw TLSSetupError("the CA bundle is not valid PEM: \(error)")
            }
            guard !certificates.isEmpty else { throw TLSSetupError("the CA bundle holds no certificate") }
            configuration.trustRoots = .certificates(certificates)
            configuration.certificateVerification = verifiesHostname ? .fullVerification : .noHostnameVerification
        case .pinnedSHA256(let text):
            pin = try Self.parsePin(text)
            // BoringSSL accepts any chain; the pin is checked on the connection before it is used.
            configuration.certificateVerification = .none
        case .insecureNoVerification:
            configuration.certificateVerification = .none
        }
    }

    /// Whether `certificate`'s DER encoding hashes to the pin.
    static func matches(_ certificate: NIOSSLCertificate, pin: [UInt8]) throws -> Bool {
        Array(SHA256.hash(data: try certificate.toDERBytes())) == pin
    }

    private static func parsePin(_ text: String) throws -> [UInt8] {
        let hex = text.filter { $0 != ":" && !$0.isWhitespace }.lowercased()
        guard hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
            throw TLSSetupError("a SHA-256 pin is 64 hex digits (colons allowed), got \(text.count) characters")
        }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}

/// A TLS setting that cannot be used: an unreadable CA bundle or a malformed pin.
public struct TLSSetupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// The server's certificate does not match the pin.
struct PinMismatchError: Error, CustomStringConvertible {
    var description: String { "the server certificate does not match the pinned SHA-256" }
}
