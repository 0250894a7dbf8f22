/// A JSON encoder for `Codable` values that sorts object keys and pretty-prints, faster than
/// Foundation's on Linux: the values become a small tree of `NodeBox`es, which is written
/// straight into bytes. `cupi-gen dump` of a large schema spends most of its time here.
struct SortedJSONEncoder {
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var output: [UInt8] = []
        try write(value, into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// Appends `value` as it would stand at nesting depth `indent` (in spaces).
    func write<T: Encodable>(_ value: T, into output: inout [UInt8], indent: Int) throws {
        let root = NodeBox()
        try value.encode(to: TreeEncoder(box: root, codingPath: []))
        root.write(into: &output, indent: indent)
    }
}

/// A JSON value under construction: a class, so containers append to it in place.
final class NodeBox {
    enum Kind { case null, bool, number, string, array, object }

    var kind = Kind.null
    /// The text of a bool, number or string.
    var text = ""
    var items: [NodeBox] = []
    var members: [(key: String, value: NodeBox)] = []

    func write(into output: inout [UInt8], indent: Int) {
        switch kind {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool, .number: output.append(contentsOf: text.utf8)
        case .string: Self.writeString(text, into: &output)
        case .array:
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.newline(index == 0 ? "" : ",", indent: indent + 2, into: &output)
                item.write(into: &output, indent: indent + 2)
            }
            Self.newline("", indent: indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object:
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                Self.newline(index == 0 ? "" : ",", indent: indent + 2, into: &output)
                Self.writeString(member.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.write(into: &output, indent: indent + 2)
            }
            Self.newline("", indent: indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ separator: String, indent: Int, into output: inout [UInt8]) {
        output.append(contentsOf: separator.utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        // Most strings need no escape: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return output.append(contentsOf: text.utf8)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
    }
}

private struct TreeEncoder: Encoder {
    let box: NodeBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.kind = .object
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.kind = .array
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(box: box, codingPath: codingPath) }
}

/// Scalars every container shares; anything else encodes itself into a new node. Every
/// primitive is caught here, so a primitive's own `encode(to:)` (which asks for a single-value
/// container and encodes itself again) is never reached.
private func scalar<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> NodeBox {
    let box = NodeBox()
    // Comparing metatypes first is much cheaper than trying dynamic casts on every value.
    if T.self == String.self {
        box.kind = .string
        box.text = value as! String
        return box
    }
    if T.self == Int.self {
        box.kind = .number
        box.text = String(value as! Int)
        return box
    }
    switch value {
    case let flag as Bool: box.kind = .bool; box.text = flag ? "true" : "false"
    case let number as any BinaryInteger: box.kind = .number; box.text = "\(number)"
    case let number as Double: box.kind = .number; box.text = number.description
    case let number as Float: box.kind = .number; box.text = number.description
    default: try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
    }
    return box
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: NodeBox
    let codingPath: [any CodingKey]

    private func set(_ key: Key, _ child: NodeBox) {
        box.members.append((key.stringValue, child))
    }

    mutating func encodeNil(forKey key: Key) throws { let child = NodeBox(); set(key, child) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(key, try scalar(value, codingPath: codingPath + [key])) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeBox()
        set(key, child)
        return TreeEncoder(box: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = NodeBox()
        set(key, child)
        return TreeEncoder(box: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = NodeBox()
        set(key, child)
        return TreeEncoder(box: child, codingPath: codingPath + [key])
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue!) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: NodeBox
    let codingPath: [any CodingKey]

    var count: Int { box.items.count }

    private func append(_ child: NodeBox) {
        box.items.append(child)
    }

    mutating func encodeNil() throws { append(NodeBox()) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try scalar(value, codingPath: codingPath + [IndexKey(count)])) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeBox()
        append(child)
        return TreeEncoder(box: child, codingPath: codingPath + [IndexKey(count - 1)]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = NodeBox()
        append(child)
        return TreeEncoder(box: child, codingPath: codingPath + [IndexKey(count - 1)]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = NodeBox()
        append(child)
        return TreeEncoder(box: child, codingPath: codingPath)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: NodeBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.kind = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let encoded = try scalar(value, codingPath: codingPath)
        (box.kind, box.text, box.items, box.members) = (encoded.kind, encoded.text, encoded.items, encoded.members)
    }
}
