/// Reading a list document item by item (`CUPIJSON.forEachItem`): the list object's members are
/// walked without being kept, and each item is parsed into a value of its own, handed on and
/// dropped, so memory stays that of one item however long the list.
extension JSONParser {
    /// Calls `body` with each `itemName` item of the list in `text` (an array's elements, or a lone
    /// value) and its position in the array (nil for a lone value). The list is the top-level
    /// object, or the object in a one-member `{"<rootName>": {...}}` wrapper, as `CUPIJSON.decode`
    /// takes it; its other members (`@total`) are parsed and dropped.
    static func forEachItem(in text: UnsafeRawBufferPointer, rootName: String, itemName: String,
                            _ body: (JSONValue, Int?) throws -> Void) throws {
        var parser = JSONParser(text: text)
        try parser.walkList(rootName: rootName, itemName: itemName, isTopLevel: true, body)
        try parser.end()
    }

    private mutating func walkList(rootName: String, itemName: String, isTopLevel: Bool,
                                   _ body: (JSONValue, Int?) throws -> Void) throws {
        skipWhitespace()
        guard peek == UInt8(ascii: "{") else {
            throw JSONDecodingError(message: "expected an object, found \(try parseValue().kindName)", path: "")
        }
        if try opensEmpty(UInt8(ascii: "}")) { return }
        var isFirst = true
        while true {
            let key = try parseMemberName()
            skipWhitespace()
            if isTopLevel, isFirst, key == rootName, peek == UInt8(ascii: "{") {
                try walkList(rootName: rootName, itemName: itemName, isTopLevel: false, body)
                skipWhitespace()
                // `decode` unwraps only a wrapper that is the object's one member.
                guard peek == UInt8(ascii: "}") else { throw error("expected '}' after the \(rootName) wrapper, the document's only member") }
            } else if key == itemName {
                try walkItems(body)
            } else {
                _ = try parseValue()
            }
            isFirst = false
            if try closes(UInt8(ascii: "}")) { return }
        }
    }

    /// An item member's value: each element of an array, or the value itself.
    private mutating func walkItems(_ body: (JSONValue, Int?) throws -> Void) throws {
        guard peek == UInt8(ascii: "[") else { return try body(try parseValue(), nil) }
        if try opensEmpty(UInt8(ascii: "]")) { return }
        var position = 0
        while true {
            try body(try parseValue(), position)
            position += 1
            if try closes(UInt8(ascii: "]")) { return }
        }
    }
}
