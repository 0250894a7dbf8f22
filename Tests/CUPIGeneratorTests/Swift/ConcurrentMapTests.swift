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
}
