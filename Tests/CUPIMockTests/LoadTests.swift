import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Load against the throttled mock")
struct LoadTests {
    @Test("1,000 users from 50 concurrent callers: each created once, no 503 reaches a caller, never more than 5 at once")
    func thousandUsers() async throws {
        // No queue at all, so a sixth request at once would be refused with 503 and fail its create.
        try await withMock(MockConfiguration(hosts: ["127.0.0.1"], maxConcurrentRequests: 5, maxQueuedRequests: 0)) { mock in
            // The client's own defaults: its per-server cap is what keeps the mock under its limit.
            let cupi = CUPI(configuration: ClientConfiguration(
                publisher: try ServerAddress("http://127.0.0.1:\(mock.server.port)"),
                credentials: .basic(user: "admin", password: "password"), retry: .quick))
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
            #expect(aliases.subtracting(SeedData.defaultUserAliases).count == 1000)
            let statistics = mock.server.statistics
            #expect(statistics.posts == 1000, "every create sent exactly once")
            #expect(statistics.throttled == 0)
            #expect(statistics.maxInFlight <= 5, "the mock never held more than 5 requests at once")
            #expect(statistics.maxInFlight > 1, "the callers did run concurrently")
            #expect(mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count + 1000)
            print("1,000 creates + list: \(ContinuousClock.now - started), at most \(statistics.maxInFlight) at once")
        }
    }

    @Test("the throttle answers 503 when its queue overflows")
    func overflow() async throws {
        try await withMock(MockConfiguration(hosts: ["127.0.0.1"], maxConcurrentRequests: 1, maxQueuedRequests: 1)) { mock in
            // Hold the only slot and the only queue place with slow requests, then one more is refused.
            // The slow ones are cancelled when the test ends; nobody waits out their delay.
            let cupi = try mock.client(retry: .never, maxInFlight: 8)
            let slow = RequestOptions(timeout: .seconds(30), headers: [(Fault.headerName, "slow=20")])
            async let _ = { _ = try? await cupi.version.get(options: slow) }()
            async let _ = { _ = try? await cupi.version.get(options: slow) }()
            // One is queued only once the other holds the slot.
            #expect(await eventually { mock.server.statistics.queued == 1 })
            await expectError(try await cupi.version.get()) { error in
                if case .http(503, _, _) = error { return true }
                return false
            }
            #expect(mock.server.statistics.throttled == 1)
            #expect(mock.server.statistics.maxConcurrency == 1)
        }
    }
}
