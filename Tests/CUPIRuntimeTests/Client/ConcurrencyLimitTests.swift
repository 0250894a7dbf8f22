@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct ConcurrencyLimitTests {
    /// A transport whose every request waits until the test lets it go, so the number in flight
    /// can be observed.
    private final class Gate: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: [CheckedContinuation<Void, Never>] = []
        private var order: [String] = []

        var arrivalOrder: [String] { lock.withLock { order } }
        var waitingCount: Int { lock.withLock { waiting.count } }

        func enter(_ path: String) async {
            await withCheckedContinuation { continuation in
                lock.withLock {
                    order.append(path)
                    waiting.append(continuation)
                }
            }
        }

        func releaseAll() {
            let released = lock.withLock { defer { waiting.removeAll() }; return waiting }
            for continuation in released { continuation.resume() }
        }
    }

    private func waitUntil(_ condition: () -> Bool) async {
        for _ in 0..<10_000 where !condition() { await Task.yield() }
    }

    @Test func neverMoreThanTheCapInFlightUnder100ConcurrentCalls() async throws {
        let gate = Gate()
        let transport = RecordingTransport { request, _ in
            await gate.enter(request.path)
            return .ok("<User/>")
        }
        let client = try Fixtures.client(transport)
        let users = UsersEndpoint(client: client)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<100 {
                group.addTask { _ = try await users.get(objectId: "\(index)") }
            }
            var completed = 0
            while completed < 100 {
                await waitUntil { gate.waitingCount == min(4, 100 - completed) }
                #expect(gate.waitingCount == min(4, 100 - completed))
                let batch = gate.waitingCount
                gate.releaseAll()
                for _ in 0..<batch { try await group.next() }
                completed += batch
            }
        }
        #expect(transport.maxInFlight == 4)
        #expect(transport.requests.count == 100)
    }

    @Test func waitersAreServedInArrivalOrder() async throws {
        let gate = Gate()
        let transport = RecordingTransport { request, _ in
            await gate.enter(request.path)
            return .ok("<User/>")
        }
        let client = try Fixtures.client(transport, configuration: try Fixtures.configuration(maxConcurrent: 1))
        let users = UsersEndpoint(client: client)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await users.get(objectId: "first") }
            await waitUntil { gate.waitingCount == 1 }
            // Queue the rest one by one so their arrival order is known.
            for index in 0..<10 {
                group.addTask { _ = try await users.get(objectId: "w\(index)") }
                await waitUntil { Self.queued(client) == index + 1 }
            }
            for _ in 0..<11 {
                await waitUntil { gate.waitingCount == 1 }
                gate.releaseAll()
                try await group.next()
            }
        }
        #expect(transport.maxInFlight == 1)
        #expect(gate.arrivalOrder == ["/vmrest/users/first"] + (0..<10).map { "/vmrest/users/w\($0)" })
    }

    @Test func cancelledWaitersGiveUpTheirPlace() async throws {
        let limiter = RequestLimiter(limit: 1)
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        await waitUntil { limiter.queuedCount == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(limiter.queuedCount == 0)
        limiter.release()
        // The slot is free again: acquiring does not wait.
        try await limiter.acquire()
        limiter.release()
    }

    private static func queued(_ client: APIClient) -> Int { client.queuedRequests(on: .publisher) }
}
