import Foundation

/// The client's clocks and randomness, injected so tests run retries and failover instantly and
/// deterministically.
struct ClientEnvironment: Sendable {
    /// Waits before a retry.
    var sleep: @Sendable (Duration) async throws -> Void
    /// Monotonic time, for failover stickiness.
    var now: @Sendable () -> ContinuousClock.Instant
    /// Wall-clock time, for `Retry-After` HTTP-dates.
    var date: @Sendable () -> Date
    /// A value in 0..<1 for jitter.
    var random: @Sendable () -> Double

    static let live = ClientEnvironment(
        sleep: { try await Task.sleep(for: $0) },
        now: { .now },
        date: { Date() },
        random: { Double.random(in: 0..<1) }
    )
}
