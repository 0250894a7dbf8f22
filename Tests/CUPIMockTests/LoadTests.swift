import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Load against the throttled mock", .enabled(if: mockTestsEnabled, "the end-to-end mock tests are still being finished: run them with CUPIGEN_MOCK_TESTS=1"))
struct LoadTests {
    @Test("1,000 users from 50 concurrent callers: each created once, no 503 reaches a caller, never more than 5 at once")
    func thousandUsers() async throws {
        // A short queue, so a client that ignored the server's limit would see 503s.
        try await withMock(MockConfiguration(hosts: ["127.0.0.1"], maxConcurrentRequests: 5, maxQueuedRequests: 8)) { mock in
            let cupi = try mock.client(retry: .quick)
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for caller in 0..<50 {
                    group.addTask {
                        for index in stride(from: caller, to: 1000, by: 50) {
                            _ = try await cupi.users.create(User(alias: Alias("load\(index)"), dtmfAccessId: Extension("\(70_000 + index)")),
                                                            templateAlias: SeedData.voicemailUserTemplateAlias)
                        }
                    }
                }
                try await group.waitForAll()
            }
            var aliases = Set<String>()
            for try await user in cupi.users.all(rowsPerPage: 200) { aliases.insert(user.alias?.rawValue ?? "") }
            #expect(aliases.count == 1000)
            let statistics = mock.server.statistics
            #expect(statistics.posts == 1000, "every create sent exactly once")
            #expect(statistics.throttled == 0)
            #expect(statistics.maxConcurrency <= 5)
            #expect(mock.server.store.objects(in: "users").count == 1000)
            print("1,000 creates + list: \(ContinuousClock.now - started), max concurrency \(statistics.maxConcurrency)")
        }
    }

    @Test("the throttle answers 503 when its queue overflows")
    func overflow() async throws {
        try await withMock(MockConfiguration(hosts: ["127.0.0.1"], maxConcurrentRequests: 1, maxQueuedRequests: 1)) { mock in
            // Hold the only slot and the only queue place with slow requests, then one more is refused.
            let cupi = try mock.client(retry: .never, maxInFlight: 8)
            let slow = RequestOptions(headers: [(Fault.headerName, "slow=0.5")])
            async let first: Void = { _ = try? await cupi.version.get(options: slow) }()
            async let second: Void = { _ = try? await cupi.version.get(options: slow) }()
            try await Task.sleep(for: .milliseconds(150))
            await expectError(try await cupi.version.get()) { error in
                if case .http(503, _, _) = error { return true }
                return false
            }
            _ = await (first, second)
            #expect(mock.server.statistics.throttled == 1)
            #expect(mock.server.statistics.maxConcurrency == 1)
        }
    }
}
