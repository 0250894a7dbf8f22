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
///
/// On Linux, FoundationNetworking as of Swift 6.3.1 refuses a URL whose host is an IPv6 literal
/// (`http://[::1]:8443/…` fails with `URLError.badURL`, swift-corelibs-foundation issue #5496):
/// reach such a server by a host name, or with `HTTPClientTransport`.
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

    /// Sends one exchange through the session, with `timeout` as the request's timeout interval.
    /// - Throws: `TransportError` mapped from `URLError`; `CancellationError` when the task is cancelled.
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

        let (data, urlResponse) = try await exchange(urlRequest)
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

    /// Runs one data task, which the transport holds so that it can cancel it with the calling task
    /// and read its response when FoundationNetworking ends it without one (see `RedirectRefuser`).
    private func exchange(_ urlRequest: URLRequest) async throws -> (Data, URLResponse) {
        let running = RunningTask()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Data, URLResponse), any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        // A declined 401 challenge ends the task as cancelled; its response had arrived.
                        if (error as? URLError)?.code == .cancelled, !running.wasCancelled,
                            let challenged = running.response as? HTTPURLResponse, challenged.statusCode == 401 {
                            continuation.resume(returning: (Data(), challenged))
                        } else if running.wasCancelled {
                            continuation.resume(throwing: CancellationError())
                        } else if let error = error as? URLError {
                            continuation.resume(throwing: Self.transportError(error))
                        } else {
                            continuation.resume(throwing: TransportError(kind: .other, requestWasNotSent: false, message: "\(error)"))
                        }
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: TransportError(kind: .other, requestWasNotSent: false, message: "no response"))
                    }
                }
                running.start(task)
            }
        } onCancel: {
            running.cancel()
        }
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

    #if canImport(FoundationNetworking)
    /// Declines every HTTP authentication challenge: the client authenticates by itself.
    ///
    /// FoundationNetworking (swift-corelibs-foundation up to 6.3.1, issue #5456) turns a 401 with
    /// `WWW-Authenticate: Basic` into a challenge, and "default handling" with no stored credential
    /// does nothing: the task never completes and its timeout is already disarmed, so a wrong
    /// password hung the caller forever. Declined, the task ends as cancelled and
    /// `URLSessionTransport` hands on the 401 that arrived (without its body, which the task drops).
    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
    #endif
}

/// A data task and whether the calling task cancelled it, whichever comes first.
private final class RunningTask: Sendable {
    private struct State {
        var task: URLSessionDataTask?
        var cancelled = false
    }

    private let state = LockedState(State())

    /// Resumes `task`, or cancels it at once when the caller was cancelled before it existed.
    func start(_ task: URLSessionDataTask) {
        let cancelled = state.withLock { state in
            state.task = task
            return state.cancelled
        }
        task.resume()
        if cancelled { task.cancel() }
    }

    func cancel() {
        let task = state.withLock { state in
            state.cancelled = true
            return state.task
        }
        task?.cancel()
    }

    var wasCancelled: Bool { state.withLock { $0.cancelled } }
    var response: URLResponse? { state.withLock { $0.task?.response } }
}
