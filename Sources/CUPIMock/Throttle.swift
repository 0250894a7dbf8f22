import NIOConcurrencyHelpers

/// Unity Connection's request throttle: at most `limit` requests processed at once, up to
/// `queueLimit` more waiting in arrival order, and the rest refused (the caller answers 503).
/// It records the most it ever processed at once, so tests can check a client kept under it.
final class Throttle: Sendable {
    private struct State {
        var active = 0
        var maxObserved = 0
        var rejected = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    let limit: Int
    let queueLimit: Int
    private let state = NIOLockedValueBox(State())

    init(limit: Int, queueLimit: Int) {
        self.limit = max(1, limit)
        self.queueLimit = max(0, queueLimit)
    }

    /// Takes a slot, waiting in line when all are busy; false when the line is full too.
    func acquire() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            // Deciding and joining the line happen under one lock, so a release cannot slip between.
            let immediate: Bool? = state.withLockedValue { state in
                if state.active < limit {
                    state.active += 1
                    state.maxObserved = max(state.maxObserved, state.active)
                    return true
                }
                guard state.waiting.count < queueLimit else {
                    state.rejected += 1
                    return false
                }
                state.waiting.append(continuation)
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    /// Gives a slot back: to the first waiter, or to the pool.
    func release() {
        let next: CheckedContinuation<Bool, Never>? = state.withLockedValue { state in
            if state.waiting.isEmpty {
                state.active -= 1
                return nil
            }
            // The slot passes straight to the waiter, so `active` stays the same.
            return state.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }

    /// The most requests ever processed at once.
    var maxObserved: Int { state.withLockedValue { $0.maxObserved } }
    /// How many requests wait in the queue now.
    var queued: Int { state.withLockedValue { $0.waiting.count } }
    /// How many requests were refused because the queue was full.
    var rejected: Int { state.withLockedValue { $0.rejected } }
}
