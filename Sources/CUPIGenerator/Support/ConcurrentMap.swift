import Foundation

extension Array where Element: Sendable {
    /// `map`, with the calls spread over the machine's cores; the results keep their order.
    /// For a few large independent jobs, such as the generated files.
    func concurrentMap<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let results = ResultSlots<Mapped>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.values
    }
}

extension Array {
    /// The elements cut into at most `count` runs of nearly equal length, in order: jobs for
    /// `concurrentMap` where each element alone is too small a job.
    func chunked(into count: Int) -> [ArraySlice<Element>] {
        chunks(ofSize: Swift.max(1, (self.count + count - 1) / count))
    }

    /// The elements in runs of `size` (the last one shorter), in order; none when empty.
    func chunks(ofSize size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: self.count, by: size).map { self[$0..<Swift.min($0 + size, self.count)] }
    }
}

/// One slot per job, filled from several threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every slot's value, once every job has stored one.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
