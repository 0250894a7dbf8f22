/// Which server of the cluster the next attempt goes to.
///
/// The publisher is preferred. Once it fails at connection level, requests go to the subscriber
/// for `failoverDuration`; then the publisher is tried again. A connection failure on the
/// subscriber sends the next attempt back to the publisher at once.
final class ServerSelector: Sendable {
    private let hasSubscriber: Bool
    private let failoverDuration: Duration
    private let publisherDownUntil = LockedState<ContinuousClock.Instant?>(nil)

    init(hasSubscriber: Bool, failoverDuration: Duration) {
        self.hasSubscriber = hasSubscriber
        self.failoverDuration = failoverDuration
    }

    /// The server to use at `now`.
    func current(now: ContinuousClock.Instant) -> ServerRole {
        guard hasSubscriber else { return .publisher }
        return publisherDownUntil.withLock { until in
            if let deadline = until, now < deadline { return .subscriber }
            until = nil
            return .publisher
        }
    }

    /// Records that the publisher could not be reached at `now`.
    func publisherUnreachable(now: ContinuousClock.Instant) {
        guard hasSubscriber else { return }
        publisherDownUntil.withLock { $0 = now + failoverDuration }
    }

    /// Records that the subscriber could not be reached either.
    func subscriberUnreachable() {
        publisherDownUntil.withLock { $0 = nil }
    }
}
