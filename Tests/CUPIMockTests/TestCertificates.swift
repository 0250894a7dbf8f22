import Crypto
import Foundation
import SwiftASN1
import X509

/// A private CA and a server certificate it signed for `localhost` and 127.0.0.1, made fresh for
/// each test run so no key material is checked in and nothing outside Swift is needed.
struct TestCertificates: Sendable {
    let caPEM: String
    let serverCertificatePEM: String
    let serverKeyPEM: String
    /// SHA-256 of the server certificate's DER encoding, as lower-case hex.
    let serverSHA256: String

    init(commonName: String = "CUPI Test CA") throws {
        let now = Date()
        let caKey = P256.Signing.PrivateKey()
        let caName = try DistinguishedName { CommonName(commonName) }
        let ca = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(caKey.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86_400, issuer: caName, subject: caName,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: .init(caKey))

        let serverKey = P256.Signing.PrivateKey()
        let server = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(serverKey.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86_400, issuer: caName,
            subject: try DistinguishedName { CommonName("localhost") },
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames([.dnsName("localhost"), .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                                         .ipAddress(ASN1OctetString(contentBytes: Array(repeating: 0, count: 15) + [1]))])
            },
            issuerPrivateKey: .init(caKey))

        caPEM = try ca.serializeAsPEM().pemString
        serverCertificatePEM = try server.serializeAsPEM().pemString
        serverKeyPEM = serverKey.pemRepresentation
        var serializer = DER.Serializer()
        try serializer.serialize(server)
        serverSHA256 = SHA256.hash(data: serializer.serializedBytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The pin as `openssl x509 -fingerprint -sha256` prints it: upper case, colon-separated.
    var serverSHA256WithColons: String {
        stride(from: 0, to: serverSHA256.count, by: 2).map { offset in
            let start = serverSHA256.index(serverSHA256.startIndex, offsetBy: offset)
            return serverSHA256[start..<serverSHA256.index(start, offsetBy: 2)].uppercased()
        }.joined(separator: ":")
    }
}
