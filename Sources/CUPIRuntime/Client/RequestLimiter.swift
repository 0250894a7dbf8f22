/// Caps the requests in flight to one server; callers over the cap wait in FIFO order.
///
/// Unity Connection serves about 5 REST requests at once (counted over all clients) and answers 503
/// once its queue overflows, so queuing here is cheaper than being refused there.
final class RequestLimiter: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var inFlight = 0
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
        /// Ids handed out but not yet queued (the continuation is made after the id).
        var unqueued: Set<UInt64> = []
        /// Unqueued ids whose task was cancelled: queuing resumes them with an error at once.
        var cancelledEarly: Set<UInt64> = []
    }

    let limit: Int
    private let state = LockedState(State())

    init(limit: Int) { self.limit = limit }

    /// Waits for a free slot, FIFO; the caller must `release()` it exactly once.
    /// - Throws: `CancellationError` when the task is cancelled while waiting (no slot is held then).
    func acquire() async throws {
        let id: UInt64? = state.withLock { state in
            if state.inFlight < limit, state.waiters.isEmpty {
                state.inFlight += 1
                return nil
            }
            defer { state.nextID += 1 }
            state.unqueued.insert(state.nextID)
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = state.withLock { state in
                    state.unqueued.remove(id)
                    if state.cancelledEarly.remove(id) != nil { return true }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return false
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                if let index = state.waiters.firstIndex(where: { $0.id == id }) {
                    return state.waiters.remove(at: index)
                }
                // A waiter already resumed with a slot keeps it; only one not yet queued is marked.
                if state.unqueued.contains(id) { state.cancelledEarly.insert(id) }
                return nil
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// How many callers are waiting for a slot.
    var queuedCount: Int { state.withLock { $0.waiters.count } }

    /// Frees a slot: hands it straight to the longest waiter, or lowers the count.
    func release() {
        let next = state.withLock { state -> Waiter? in
            if state.waiters.isEmpty {
                state.inFlight -= 1
                return nil
            }
            // The slot passes on without the count dropping, so a newcomer cannot overtake the queue.
            return state.waiters.removeFirst()
        }
        next?.continuation.resume()
    }
}
