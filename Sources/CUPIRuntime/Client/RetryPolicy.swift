import Foundation

/// When a failed request is tried again, and how long the client waits before each new attempt.
///
/// Only requests that are safe to repeat are retried: idempotent methods (GET, PUT, DELETE, HEAD,
/// OPTIONS) after a connection-level failure or a 502, 503 or 504; any other method (POST) only when
/// the transport reports that the request provably never reached the server (refused connection,
/// DNS failure, TLS handshake failure).
public struct RetryPolicy: Sendable, Hashable, CustomStringConvertible {
    /// Attempts in all, the first one included; 1 turns retries off.
    public var maxAttempts: Int
    /// The pause before the first retry; it doubles before each further retry.
    public var baseDelay: Duration
    /// The longest pause computed by backoff.
    public var maxDelay: Duration
    /// The share (0…1) of each pause that is random: a pause of `d` becomes a value in
    /// `d·(1−jitter) … d`, so that many clients refused together do not come back together.
    public var jitter: Double
    /// The longest pause a `Retry-After` header can impose; a server asking for more still gets
    /// its retry, after this long.
    public var maxRetryAfter: Duration

    /// Makes a policy; the defaults give 4 attempts with pauses of about 0.5, 1 and 2 seconds.
    public init(
        maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
        jitter: Double = 0.5, maxRetryAfter: Duration = .seconds(30)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
    }

    /// 4 attempts, 0.5 s base delay, 8 s cap, 50 % jitter, `Retry-After` honoured up to 30 s.
    public static let `default` = RetryPolicy()

    /// One attempt and no retry.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The pause before retry number `retry` (1 for the first retry): `baseDelay·2^(retry−1)`,
    /// capped at `maxDelay`, less up to `jitter` of itself as `random` (0..<1) decides.
    public func backoff(beforeRetry retry: Int, random: Double) -> Duration {
        let doublings = min(max(retry - 1, 0), 30)
        let exponential = baseDelay * (1 << doublings)
        let capped = min(exponential, maxDelay)
        return capped * (1 - jitter * min(max(random, 0), 1))
    }

    /// The pause a `Retry-After` value asks for — delay-seconds or an HTTP-date (RFC 9110 §10.2.3) —
    /// capped at `maxRetryAfter`; nil when the value is neither.
    public func retryAfter(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let requested: Duration
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // A huge digit string overflows Int: it is still a request to wait "very long".
            requested = Int(trimmed).map { Duration.seconds($0) } ?? maxRetryAfter
        } else if let date = Self.httpDate(trimmed) {
            requested = .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
        } else {
            return nil
        }
        return min(requested, maxRetryAfter)
    }

    /// Every setting, for logs.
    public var description: String {
        "RetryPolicy(maxAttempts: \(maxAttempts), baseDelay: \(baseDelay), maxDelay: \(maxDelay), jitter: \(jitter), maxRetryAfter: \(maxRetryAfter))"
    }

    /// Parses the IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`) senders must use.
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}
