import LibXML

/// The child element names a generated decoder knows, in the order of its `switch` cases:
/// `XMLChildren` gives each child its position here, so that the decoder switches on an `Int`.
///
/// Generated code keeps one per record in a `static let`. Matching a child costs a few byte
/// comparisons with the names that follow the last one matched (documents list a record's
/// children in schema order), and a dictionary lookup only when the document leaves that order.
@_spi(Generated) public final class XMLChildNames: @unchecked Sendable {
    // @unchecked: immutable after init; `bytes` is owned here and only read.

    /// The position of each `Name`, or `{namespace}Name` in a namespace (the first, if repeated).
    private let positions: [String: Int]
    /// Each name's local name and namespace as NUL-terminated UTF-8, side by side in one block.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let localNames: [Int]
    private let namespaces: [Int]

    /// The names as `Name` or `{namespace}Name` (no name contains `{`), in switch order.
    public init(_ keys: [String]) {
        var block: [UInt8] = []
        var localNames: [Int] = []
        var namespaces: [Int] = []
        var positions: [String: Int] = [:]
        for (position, key) in keys.enumerated() {
            var namespace = Substring("")
            var localName = Substring(key)
            if key.hasPrefix("{"), let close = key.firstIndex(of: "}") {
                namespace = key[key.index(after: key.startIndex)..<close]
                localName = key[key.index(after: close)...]
            }
            localNames.append(block.count)
            block += localName.utf8 + [0]
            namespaces.append(block.count)
            block += namespace.utf8 + [0]
            positions[key] = positions[key] ?? position
        }
        bytes = .allocate(capacity: block.count)
        bytes.initialize(from: block, count: block.count)
        self.localNames = localNames
        self.namespaces = namespaces
        self.positions = positions
    }

    deinit { bytes.deallocate() }

    /// How many names there are.
    var count: Int { localNames.count }

    /// Whether `element` has the name at `position`.
    func element(_ element: XMLStreamElement, isAt position: Int) -> Bool {
        element.hasName(bytes + localNames[position], namespace: bytes + namespaces[position])
    }

    /// The position of the name `localName` in `namespace`, or nil when the decoder does not know it.
    func position(localName: String, namespace: String) -> Int? {
        positions[namespace.isEmpty ? localName : "{" + namespace + "}" + localName]
    }

    /// The position of `child`'s name, or nil when the decoder does not know it (for decoders of
    /// mixed content, which see their children through `mixedContent`'s closure).
    public func position(of child: XMLElementReader) -> Int? {
        position(localName: child.localName, namespace: child.namespace)
    }
}
