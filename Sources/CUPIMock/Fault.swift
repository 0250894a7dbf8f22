import Foundation

/// A failure the mock can inject into one request, in place of (or before) the real answer.
///
/// Per request, send the header `X-CUPI-Mock-Fault` with one of: `500`, `503;retry-after=1`,
/// `slow=2.5`, `truncate`, `malformed`, `reset`. By configuration, queue faults for the next
/// requests (`MockServer.injectFaults`) or give each a probability (`MockConfiguration.faultRates`).
public enum Fault: Sendable, Hashable, CustomStringConvertible {
    /// Answer with this status and an `ErrorDetails` body, without processing the request;
    /// `retryAfter` adds a `Retry-After` field (seconds).
    case status(Int, retryAfter: Int? = nil)
    /// Wait this many seconds, then process the request and answer normally (beyond a client's
    /// timeout, the request may have taken effect though the client gave up).
    case slow(seconds: Double)
    /// Process nothing; send a 200 head that promises more body than is sent, then close.
    case truncate
    /// Process nothing; send 200 with a body that is not a well-formed document.
    case malformed
    /// Process nothing; close the connection without an answer.
    case reset

    /// The header field that injects a fault into one request.
    public static let headerName = "X-CUPI-Mock-Fault"

    /// Parses the header syntax (`503;retry-after=1`, `slow=2.5`, …); nil when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let head = parts.first else { return nil }
        if let status = Int(head), (400..<600).contains(status) {
            let retry = parts.dropFirst().first { $0.hasPrefix("retry-after=") }
                .flatMap { Int($0.dropFirst("retry-after=".count)) }
            self = .status(status, retryAfter: retry)
        } else if head.hasPrefix("slow="), let seconds = Double(head.dropFirst(5)), seconds >= 0, seconds <= 600 {
            self = .slow(seconds: seconds)
        } else {
            switch head {
            case "truncate": self = .truncate
            case "malformed": self = .malformed
            case "reset": self = .reset
            default: return nil
            }
        }
    }

    /// The header syntax that parses back to this fault (`503;retry-after=1`, `slow=2.5`, …).
    public var description: String {
        switch self {
        case .status(let status, let retryAfter): retryAfter.map { "\(status);retry-after=\($0)" } ?? "\(status)"
        case .slow(let seconds): "slow=\(seconds)"
        case .truncate: "truncate"
        case .malformed: "malformed"
        case .reset: "reset"
        }
    }
}

/// The faults configured for requests that do not name one: a queue for the next requests,
/// then independent probabilities.
struct FaultPlan: Sendable {
    var queued: [Fault] = []
    var rates: [(fault: Fault, probability: Double)] = []

    /// The fault for the next request, consuming a queued one first.
    mutating func next() -> Fault? {
        if !queued.isEmpty { return queued.removeFirst() }
        for (fault, probability) in rates where Double.random(in: 0..<1) < probability {
            return fault
        }
        return nil
    }
}
