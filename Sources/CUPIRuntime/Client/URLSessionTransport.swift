import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport, over Foundation's URLSession (FoundationNetworking on Linux).
///
/// It trusts the system's CA store only. Unity Connection usually presents a self-signed or
/// private-CA certificate: trust that with `HTTPClientTransport` (module CUPIHTTPClientTransport),
/// which takes a CA bundle or a certificate pin. The session keeps no cookies, cache or credentials
/// of its own (the client manages the session cookies) and follows no redirects.
public struct URLSessionTransport: Transport {
    private let session: URLSession

    /// Makes a transport with its own ephemeral session.
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.urlCredentialStorage = nil
        session = URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
    }

    public func send(_ request: HTTPRequest, body: Data?, timeout: Duration) async throws -> (HTTPResponse, Data) {
        guard let scheme = request.scheme, let authority = request.authority, let path = request.path,
            let url = URL(string: "\(scheme)://\(authority)\(path)")
        else {
            throw TransportError(kind: .other, requestWasNotSent: true, message: "the request has no valid URL")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        urlRequest.httpBody = body

        let data: Data
        let urlResponse: URLResponse
        do {
            (data, urlResponse) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            if error.code == .cancelled, Task.isCancelled { throw CancellationError() }
            throw Self.transportError(error)
        }
        guard let httpResponse = urlResponse as? HTTPURLResponse else {
            throw TransportError(kind: .other, requestWasNotSent: false, message: "the response is not HTTP")
        }
        var fields = HTTPFields()
        for (key, value) in httpResponse.allHeaderFields {
            guard let key = key as? String, let name = HTTPField.Name(key), let value = value as? String else { continue }
            // Foundation joins repeated fields with ", "; Set-Cookie must be split again to be read.
            let values = name == .setCookie ? Self.splitSetCookie(value) : [value]
            for value in values { fields.append(HTTPField(name: name, value: value)) }
        }
        return (HTTPResponse(status: .init(code: httpResponse.statusCode), headerFields: fields), data)
    }

    /// Splits a joined `Set-Cookie` value at each comma that starts a new `name=value` pair; a
    /// comma inside `Expires=Wed, 21 Oct 2015 …` is followed by no `=` before the next `;` and stays.
    static func splitSetCookie(_ joined: String) -> [String] {
        var cookies: [String] = []
        var current = ""
        var rest = Substring(joined)
        while let comma = rest.firstIndex(of: ",") {
            let after = rest[rest.index(after: comma)...]
            let nextSegment = after.prefix { $0 != ";" && $0 != "," }
            current += rest[..<comma]
            if let equals = nextSegment.firstIndex(of: "="), !nextSegment[..<equals].trimmingCharacters(in: .whitespaces).contains(" ") {
                cookies.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current += ","
            }
            rest = after
        }
        current += rest
        cookies.append(current.trimmingCharacters(in: .whitespaces))
        return cookies.filter { !$0.isEmpty }
    }

    /// Maps URLSession's codes to the distinctions retries need: which failures prove the request
    /// never left (no connection, no name, no TLS session) and which leave it unknown.
    static func transportError(_ error: URLError) -> TransportError {
        let message = "URLError \(error.code.rawValue): \(error.localizedDescription)"
        switch error.code {
        case .cannotConnectToHost:
            return TransportError(kind: .connectionRefused, requestWasNotSent: true, message: message)
        case .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return TransportError(kind: .unreachable, requestWasNotSent: true, message: message)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired:
            return TransportError(kind: .tls, requestWasNotSent: true, message: message)
        case .timedOut:
            return TransportError(kind: .timedOut, requestWasNotSent: false, message: message)
        case .networkConnectionLost:
            return TransportError(kind: .reset, requestWasNotSent: false, message: message)
        case .unknown where isCurlCertificateFailure(error):
            return TransportError(kind: .tls, requestWasNotSent: true, message: message)
        default:
            return TransportError(kind: .other, requestWasNotSent: false, message: message)
        }
    }

    /// FoundationNetworking (libcurl) reports a certificate it cannot verify as `.unknown`, with
    /// curl's own message ("SSL certificate problem: …") as the only clue.
    private static func isCurlCertificateFailure(_ error: URLError) -> Bool {
        let description = error.localizedDescription
        return description.hasPrefix("SSL certificate problem") || description.hasPrefix("SSL peer certificate")
            || description.contains("SSL: no alternative certificate subject name matches")
    }
}

/// Stops URLSession from following redirects: a 3xx goes back to the client, which reports it,
/// rather than being followed with the credentials to wherever it points.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
