import CUPIRuntime
import Foundation
import Testing

/// A property stored through `@Indirect` must code, compare and hash like a plain one.
@Suite struct IndirectTests {
    struct Node: Codable, Hashable, Sendable {
        var name: String
        @Indirect var parent: Node?
        @Indirect var twin: Leaf

        init(name: String, parent: Node? = nil, twin: Leaf = Leaf(value: 0)) {
            self.name = name
            self.parent = parent
            self.twin = twin
        }
    }

    struct Leaf: Codable, Hashable, Sendable { var value: Int }

    @Test func codesUnderThePropertyNameAndLeavesAnAbsentOptionalOut() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let root = Node(name: "root")
        #expect(String(decoding: try encoder.encode(root), as: UTF8.self) == #"{"name":"root","twin":{"value":0}}"#)
        let child = Node(name: "child", parent: root, twin: Leaf(value: 2))
        let json = try encoder.encode(child)
        #expect(String(decoding: json, as: UTF8.self)
            == #"{"name":"child","parent":{"name":"root","twin":{"value":0}},"twin":{"value":2}}"#)
        #expect(try JSONDecoder().decode(Node.self, from: json) == child)
        #expect(try JSONDecoder().decode(Node.self, from: Data(#"{"name":"x","twin":{"value":1}}"#.utf8)).parent == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Node.self, from: Data(#"{"name":"x"}"#.utf8)) }
    }

    @Test func comparesAndHashesByValueAndCopiesOnWrite() {
        var a = Node(name: "a", parent: Node(name: "p"))
        let b = a
        #expect(a == b && a.hashValue == b.hashValue)
        a.parent?.name = "q"
        #expect(b.parent?.name == "p")
        #expect(a != b)
    }
}
