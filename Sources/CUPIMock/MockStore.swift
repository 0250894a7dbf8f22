import CUPIRuntime
import Foundation
import NIOConcurrencyHelpers

/// The mock's data: collections of objects keyed by their path below `/vmrest/` (for example
/// `users` or `handlers/callhandlers/<id>/greetings`), each object keyed by its id, in the order
/// they were created. Every access goes through one lock, so a request's change is atomic.
public final class MockStore: Sendable {
    /// One collection: ids in creation order, and the objects.
    struct Collection: Sendable {
        var ids: [String] = []
        var objects: [String: AnyXMLElement] = [:]

        var items: [AnyXMLElement] { ids.compactMap { objects[$0] } }

        mutating func put(_ id: String, _ object: AnyXMLElement) {
            if objects.updateValue(object, forKey: id) == nil { ids.append(id) }
        }

        mutating func remove(_ id: String) -> AnyXMLElement? {
            guard let removed = objects.removeValue(forKey: id) else { return nil }
            ids.removeAll { $0 == id }
            return removed
        }

        /// The id of `id` as stored, matched case-insensitively (greeting types, touch-tone keys).
        func storedId(_ id: String) -> String? {
            if objects[id] != nil { return id }
            return ids.first { $0.caseInsensitiveCompare(id) == .orderedSame }
        }
    }

    /// The mutable state: collections plus the secrets that are never returned.
    struct State: Sendable {
        var collections: [String: Collection] = [:]
        /// PINs and passwords by `users/<id>/credential/pin|password`.
        var secrets: [String: String] = [:]
        /// Uploaded bytes (audio) by path below `/vmrest/`, with their media type.
        var blobs: [String: (contentType: String, data: Data)] = [:]
    }

    private let state = NIOLockedValueBox(State())

    init() {}

    /// Runs `body` with exclusive access to the state.
    func withState<T, E: Error>(_ body: (inout State) throws(E) -> T) throws(E) -> T {
        // The lock's own API rethrows untyped errors; carrying a Result keeps the error's type.
        let result: Result<T, E> = state.withLockedValue { value in
            do throws(E) { return .success(try body(&value)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The objects of the collection at `key` (for example `users`), in creation order.
    public func objects(in key: String) -> [AnyXMLElement] {
        withState { $0.collections[key]?.items ?? [] }
    }

    /// The object `id` of the collection at `key`, if it exists.
    public func object(in key: String, id: String) -> AnyXMLElement? {
        withState { state in
            guard let collection = state.collections[key], let stored = collection.storedId(id) else { return nil }
            return collection.objects[stored]
        }
    }

    /// The secret last set for `key` (`users/<id>/credential/pin` or `…/password`), for tests
    /// that prove it was stored even though no GET returns it.
    public func secret(for key: String) -> String? {
        withState { $0.secrets[key] }
    }
}
