/// Why a fetch stopped. Each says what, where and why in one line; none carries a credential.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A reference the fetch will not follow (another host, outside the base path, …).
    case refused(reference: String, in: String, reason: String)
    /// The server answered a status other than 200.
    case http(status: Int, url: String)
    /// No answer: refused connection, TLS failure, timeout, a body over the size cap.
    case transport(url: String, message: String)
    /// A fetched file is not a safe, well-formed description file.
    case invalid(path: String, message: String)
    /// The output folder could not be written.
    case output(message: String)

    /// One line: what, where and why; never a credential.
    public var description: String {
        switch self {
        case .refused(let reference, let file, let reason): "\(file): refused reference '\(reference)': \(reason)"
        case .http(401, let url): "\(url): HTTP 401: the server refused the user name or password"
        case .http(let status, let url): "\(url): HTTP \(status)"
        case .transport(let url, let message): "\(url): \(message)"
        case .invalid(let path, let message): "\(path): \(message)"
        case .output(let message): message
        }
    }
}
