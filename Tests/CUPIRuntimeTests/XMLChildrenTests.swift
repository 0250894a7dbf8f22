@_spi(Generated) import CUPIRuntime
import Foundation
import Testing

/// The loop generated decoders use: each child's position among the names a decoder knows,
/// whatever order, repetition or namespace the document uses.
@Suite struct XMLChildrenTests {
    /// Records `(position, text)` per child, as a generated decoder's switch would see them.
    struct Positions: XMLElementDecodable {
        static let names = XMLChildNames(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "{urn:x}a"])
        var seen: [String] = []

        init(xml element: XMLElementReader) throws {
            var children = try element.children(Self.names)
            while let child = try children.next() {
                // Read only some children: the rest must be skipped whole.
                seen.append(children.position == 3 ? "3" : "\(children.position)=\(try child.text())")
            }
        }
    }

    static func positions(_ xml: String) throws -> [String] {
        try XMLCoding.decode(Positions.self, from: Data(xml.utf8), rootName: "r").seen
    }

    @Test func inOrderWithGapsRepeatsAndStrangers() throws {
        let xml = "<r><a>1</a><c>2</c><c>3</c><z>4</z><d><deep>x</deep></d><k>5</k><b>6</b><a>7</a></r>"
        #expect(try Self.positions(xml) == ["0=1", "2=2", "2=3", "-1=4", "3", "10=5", "1=6", "0=7"])
    }

    @Test func namespacesAreTold() throws {
        let xml = #"<r xmlns:x="urn:x" xmlns:y="urn:y"><x:a>1</x:a><a>2</a><y:a>3</y:a><a xmlns="urn:x">4</a></r>"#
        #expect(try Self.positions(xml) == ["11=1", "0=2", "-1=3", "11=4"])
    }

    @Test func emptyElementHasNoChildren() throws {
        #expect(try Self.positions("<r/>").isEmpty)
        #expect(try Self.positions("<r>  </r>").isEmpty)
    }

    @Test func positionOfAChildOutsideTheLoop() throws {
        struct Mixed: XMLElementDecodable {
            var positions: [Int] = []
            init(xml element: XMLElementReader) throws {
                var positions: [Int] = []
                _ = try element.mixedContent { child in
                    positions.append(Positions.names.position(of: child) ?? -1)
                    return false
                }
                self.positions = positions
            }
        }
        let mixed = try XMLCoding.decode(Mixed.self, from: Data("<r>t<k/>u<q/></r>".utf8), rootName: "r")
        #expect(mixed.positions == [10, -1])
    }
}
