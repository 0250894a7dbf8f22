import CUPIClient
import CUPIRuntime
import Foundation

/// The entry points of the `xml-decode` and `json-decode` fuzz targets (Fuzz/*.swift are compiled
/// with this file), so `swift test` replays regression inputs through exactly the fuzzed code.
/// No `import Testing` here: the fuzz build compiles this file outside the test target.
enum ClientFuzzEntry {
    typealias XMLType = any (XMLElementCodable & Sendable).Type

    /// Every root type, by name, sorted: the fallback when a document's root names no type.
    static let rootNames: [String] = SchemaElements.types.keys.sorted()

    /// The type a name selects: its own when it names one, else one picked by a hash of the
    /// name, so every type is reachable by mutating the root name.
    static func type(named name: String) -> XMLType {
        if let type = SchemaElements.types[name] { return type }
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return SchemaElements.types[rootNames[Int(hash % UInt32(rootNames.count))]]!
    }

    // MARK: XML

    /// Decodes `data` as the generated type its root element names (any other root: a type picked
    /// by `type(named:)`, read under the document's own root name), then validates and re-encodes
    /// the value as XML and JSON; a list document is also read item by item. Returns the
    /// re-encoded XML, or nil when decoding threw.
    static func decodeXML(_ data: Data) -> Data? {
        let name = rootElementName(data) ?? "User"
        let type = type(named: name)
        if name.hasSuffix("s"), let item = SchemaElements.types[String(name.dropLast())] {
            forEachXMLItem(item, in: data, rootName: name, itemName: String(name.dropLast()))
        }
        return decodeXML(type, from: data, rootName: name)
    }

    private static func decodeXML<T: XMLElementCodable & Sendable>(_ type: T.Type, from data: Data, rootName: String) -> Data? {
        guard let value = try? XMLCoding.decode(T.self, from: data, rootName: rootName) else { return nil }
        if let validatable = value as? any Validatable { _ = validatable.validate() }
        if let json = value as? any CUPIJSONEncodable { _ = CUPIJSON.encode(json) }
        return XMLCoding.encode(value, rootName: rootName)
    }

    private static func forEachXMLItem<T: XMLElementCodable & Sendable>(_ type: T.Type, in data: Data, rootName: String, itemName: String) {
        var count = 0
        _ = try? XMLCoding.forEachItem(T.self, in: data, rootName: rootName, itemName: itemName) { _ in count += 1 }
    }

    /// The local name of the document's first element, found by a plain scan (no parser), or nil.
    static func rootElementName(_ data: Data) -> String? {
        let bytes = [UInt8](data.prefix(4096))
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else { index += 1; continue }
            let first = bytes[index + 1]
            if first == UInt8(ascii: "?") || first == UInt8(ascii: "!") || first == UInt8(ascii: "/") { index += 2; continue }
            var end = index + 1
            while end < bytes.count, !" \t\r\n/>".utf8.contains(bytes[end]) { end += 1 }
            var name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            return name
        }
        return nil
    }

    // MARK: JSON

    /// Decodes `data` as CUPI JSON: a one-member object `{"<Root>": …}` whose key names a type is
    /// decoded as that type; otherwise each member `K` for which a list type `Ks` exists is
    /// decoded as that list (the unwrapped list form) and read item by item; and always as the
    /// type `type(named:)` picks for the first key. Each value decoded is validated and
    /// re-encoded. Returns the re-encoded JSON of the values decoded (empty when none).
    static func decodeJSON(_ data: Data) -> Data {
        var output = Data()
        guard let parsed = try? CUPIJSON.parse(data) else {
            // Still run the decoder on bytes that do not parse: its errors are part of the surface.
            _ = try? CUPIJSON.decode(User.self, from: data, rootName: "User")
            return output
        }
        _ = CUPIJSON.serialize(parsed)
        guard case .object(let object) = parsed else {
            _ = try? CUPIJSON.decode(User.self, from: data, rootName: "User")
            return output
        }
        let firstKey = object.members.first?.key ?? "User"
        if object.count == 1, SchemaElements.types[firstKey] != nil {
            output += decodeJSON(type(named: firstKey), from: data, rootName: firstKey) ?? Data()
            return output
        }
        for member in object.members.prefix(4) {
            let listName = member.key + "s"
            guard let list = SchemaElements.types[listName], let item = SchemaElements.types[member.key] else { continue }
            output += decodeJSON(list, from: data, rootName: listName) ?? Data()
            forEachJSONItem(item, in: data, rootName: listName, itemName: member.key)
        }
        output += decodeJSON(type(named: firstKey), from: data, rootName: firstKey) ?? Data()
        return output
    }

    private static func decodeJSON<T: XMLElementCodable & Sendable>(_ type: T.Type, from data: Data, rootName: String) -> Data? {
        guard let codable = T.self as? any CUPIJSONCodable.Type else { return nil }
        return decodeJSONValue(codable, from: data, rootName: rootName)
    }

    private static func decodeJSONValue<T: CUPIJSONCodable>(_ type: T.Type, from data: Data, rootName: String) -> Data? {
        guard let value = try? CUPIJSON.decode(T.self, from: data, rootName: rootName) else { return nil }
        if let validatable = value as? any Validatable { _ = validatable.validate() }
        if let xml = value as? any XMLElementEncodable { _ = XMLCoding.encode(xml, rootName: rootName) }
        return CUPIJSON.encode(value)
    }

    private static func forEachJSONItem<T: XMLElementCodable & Sendable>(_ type: T.Type, in data: Data, rootName: String, itemName: String) {
        guard let codable = T.self as? any CUPIJSONCodable.Type else { return }
        forEachJSONItemValue(codable, in: data, rootName: rootName, itemName: itemName)
    }

    private static func forEachJSONItemValue<T: CUPIJSONCodable>(_ type: T.Type, in data: Data, rootName: String, itemName: String) {
        var count = 0
        _ = try? CUPIJSON.forEachItem(T.self, in: data, rootName: rootName, itemName: itemName) { _ in count += 1 }
    }
}
