import Foundation
import Testing
@testable import CUPIGenerator

@Suite("concurrentMap")
struct ConcurrentMapTests {
    /// Jobs finish out of order (the first ones take longest); the results keep the input's order.
    @Test func resultsKeepTheirOrder() {
        let input = Array(0..<16)
        let output = input.concurrentMap { index in
            Thread.sleep(forTimeInterval: Double(16 - index) / 1000)
            return "job \(index)"
        }
        #expect(output == input.map { "job \($0)" })
        #expect([Int]().concurrentMap { $0 }.isEmpty)
    }

    /// Runs of nearly equal length, in order, never empty, never more than asked for.
    @Test func chunksCoverTheArrayInOrder() {
        #expect(Array(0..<10).chunked(into: 3).map(Array.init) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
        #expect(Array(0..<2).chunked(into: 8).map(Array.init) == [[0], [1]])
        #expect([Int]().chunked(into: 4).isEmpty)
    }

    /// Runs of a given length, the last one shorter: what a generated function of at most N lines takes.
    @Test func chunksOfASizeCoverTheArrayInOrder() {
        #expect(Array(0..<7).chunks(ofSize: 3).map(Array.init) == [[0, 1, 2], [3, 4, 5], [6]])
        #expect(Array(0..<6).chunks(ofSize: 3).map(Array.init) == [[0, 1, 2], [3, 4, 5]])
        #expect([Int]().chunks(ofSize: 3).isEmpty)
    }
}
