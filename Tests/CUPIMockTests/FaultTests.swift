import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Injected faults")
struct FaultTests {
    /// A fault on every attempt of one call, by header.
    static func always(_ fault: String) -> RequestOptions {
        RequestOptions(headers: [(Fault.headerName, fault)])
    }

    @Test("idempotent calls retry past one transient fault", arguments: [Fault.status(503, retryAfter: 1), .reset, .truncate])
    func idempotentRetry(fault: Fault) async throws {
        try await withMock { mock in
            let cupi = try mock.client(retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20), maxRetryAfter: .milliseconds(1500)))
            mock.server.injectFaults(fault, count: 1)
            #expect(try await cupi.users.count() == SeedData.defaultUserAliases.count)
            #expect(mock.server.statistics.requests == 2)
        }
    }

    @Test("each fault on every attempt gives its documented error")
    func documentedErrors() async throws {
        try await withMock { mock in
            let cupi = try mock.client(retry: .quick)
            await expectError(try await cupi.version.get(options: Self.always("500"))) { error in
                if case .http(500, let details, _) = error { return details.first?.code == "INTERNAL_ERROR" }
                return false
            }
            await expectError(try await cupi.version.get(options: Self.always("503"))) { error in
                if case .http(503, let details, _) = error { return details.first?.code == "SERVER_BUSY" }
                return false
            }
            // A GET is retried while the server stays busy: all attempts reached it.
            #expect(mock.server.statistics.requests == 1 + RetryPolicy.quick.maxAttempts)
            await expectError(try await cupi.version.get(options: Self.always("truncate"))) { error in
                if case .transport = error { return true }
                return false
            }
            await expectError(try await cupi.version.get(options: Self.always("malformed"))) { error in
                if case .decoding = error { return true }
                return false
            }
            await expectError(try await cupi.version.get(options: Self.always("reset"))) { error in
                if case .transport = error { return true }
                return false
            }
            let slow = RequestOptions(timeout: .milliseconds(300), headers: [(Fault.headerName, "slow=1.5")])
            await expectError(try await cupi.version.get(options: slow)) { error in
                if case .transport(let transport) = error { return transport.kind == .timedOut }
                return false
            }
        }
    }

    @Test("a create is never sent twice, and a failed create leaves nothing behind", arguments: ["503;retry-after=1", "500", "reset", "truncate", "malformed"])
    func createsAreNotRepeated(fault: String) async throws {
        try await withMock { mock in
            let cupi = try mock.client(retry: .quick)
            let number = uniqueNumber()
            await #expect(throws: CUPIError.self) {
                _ = try await cupi.users.create(User(alias: Alias("once\(number)"), dtmfAccessId: Extension("\(number)")),
                                                templateAlias: SeedData.voicemailUserTemplateAlias, options: Self.always(fault))
            }
            #expect(mock.server.statistics.posts == 1)
            #expect(mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count)
        }
    }

    @Test("a create the client gave up on is not sent again")
    func slowCreateTimesOut() async throws {
        try await withMock { mock in
            let cupi = try mock.client(retry: .quick)
            let number = uniqueNumber()
            let slow = RequestOptions(timeout: .milliseconds(300), headers: [(Fault.headerName, "slow=0.6")])
            await expectError(try await cupi.users.create(User(alias: Alias("late\(number)"), dtmfAccessId: Extension("\(number)")),
                                                          templateAlias: SeedData.voicemailUserTemplateAlias, options: slow)) { error in
                if case .transport(let transport) = error { return transport.kind == .timedOut }
                return false
            }
            // Whether the request reached the server before the client gave up depends on the
            // machine's load; what must hold is that it was never sent again, and that what did
            // arrive was stored once. A retry would follow within the quick policy's 50 ms.
            _ = await eventually(within: .seconds(3)) { mock.server.statistics.posts > 0 }
            try await Task.sleep(for: .milliseconds(500))
            let posts = mock.server.statistics.posts
            #expect(posts <= 1, "the create was sent \(posts) times")
            let stored = await eventually { mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count + posts }
            #expect(stored)
            // Which of the two allowed outcomes this run saw, said rather than hidden.
            print(posts == 1
                ? "FaultTests: the create the client gave up on reached the server once and was stored once (late\(number))"
                : "FaultTests: the create the client gave up on never reached the server; nothing was stored")
        }
    }

    @Test("a failed update or delete leaves the object as it was", arguments: ["500", "reset", "truncate"])
    func failedWritesChangeNothing(fault: String) async throws {
        try await withMock { mock in
            let cupi = try mock.client(retry: .never)
            let number = uniqueNumber()
            let id = try await cupi.users.create(User(firstName: "Ann", alias: Alias("keep\(number)"), dtmfAccessId: Extension("\(number)")),
                                                 templateAlias: SeedData.voicemailUserTemplateAlias).objectId
            await #expect(throws: CUPIError.self) {
                try await cupi.users.update(objectId: id, User(firstName: "Changed"), options: Self.always(fault))
            }
            await #expect(throws: CUPIError.self) { try await cupi.users.delete(objectId: id, options: Self.always(fault)) }
            #expect(try await cupi.users.get(objectId: id).firstName?.rawValue == "Ann")
        }
    }
}

/// Expects `body` to throw a `CUPIError` that `matches` accepts.
func expectError<T>(_ body: @autoclosure () async throws -> T, sourceLocation: SourceLocation = #_sourceLocation,
                    _ matches: (CUPIError) -> Bool) async {
    do {
        _ = try await body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
    } catch let error as CUPIError {
        #expect(matches(error), "unexpected \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("not a CUPIError: \(error)", sourceLocation: sourceLocation)
    }
}
