import Foundation

/// A type generated code can read from a CUPI-JSON object.
public protocol CUPIJSONDecodable {
    @_spi(Generated) init(json: JSONObjectReader) throws
}

/// A type generated code can write as a CUPI-JSON object.
public protocol CUPIJSONEncodable {
    @_spi(Generated) func encode(json: JSONObjectWriter)
}

/// A type that can be both read from and written as a CUPI-JSON object.
public typealias CUPIJSONCodable = CUPIJSONDecodable & CUPIJSONEncodable

/// Whole-document CUPI-JSON decoding and encoding.
public enum CUPIJSON {
    /// Decodes a document: the object itself, or a one-member wrapper `{"<rootName>": {...}}`
    /// (list documents come both ways: `{"Users": {"@total": "1", "User": {...}}}` and
    /// `{"@total": "2", "User": [...]}`). A wrapper holding null or "" is an empty object.
    /// - Throws: `JSONDecodingError` with the key path, or line and column for a syntax error.
    public static func decode<T: CUPIJSONDecodable, Bytes: ContiguousBytes>(_ type: T.Type, from data: Bytes, rootName: String) throws -> T {
        let value = try data.withUnsafeBytes { try JSONParser.parse($0) }
        guard case .object(var object) = value else {
            throw JSONDecodingError(message: "expected an object, found \(value.kindName)", path: "")
        }
        if object.count == 1, object.members[0].key == rootName {
            switch object.members[0].value {
            case .object(let inner): object = inner
            case .null, .string(""): object = JSONObject()
            default: break
            }
        }
        return try T(json: JSONObjectReader(object: object, path: rootName))
    }

    /// Decodes a list document item by item: each `itemName` item (an array's elements, or the
    /// lone object CUPI sends for a one-item list) is parsed and decoded on its own, handed to
    /// `body` and dropped, so memory stays that of one item however long the list. Takes the
    /// documents `decode` takes (the list object, or a one-member `rootName` wrapper); the list's
    /// other members (`@total`) are skipped, and a null item is left out, as `decodeAll` does.
    /// - Throws: `JSONDecodingError` with the item's path (`Users/User[3]/...`) or a line and
    ///   column, or what `body` throws; the items before it have been handed on.
    public static func forEachItem<T: CUPIJSONDecodable, Bytes: ContiguousBytes>(
        _ type: T.Type, in data: Bytes, rootName: String, itemName: String, _ body: (T) throws -> Void
    ) throws {
        let list = JSONObjectReader(object: JSONObject(), path: rootName)
        try data.withUnsafeBytes { text in
            try JSONParser.forEachItem(in: text, rootName: rootName, itemName: itemName) { value, position in
                if let item: T = try list.decodeItem(value, key: itemName, position: position) { try body(item) }
            }
        }
    }

    /// Encodes `value` as an object without a wrapper: keys in the writer's order, deterministic bytes.
    public static func encode<T: CUPIJSONEncodable>(_ value: T) -> Data {
        Data(JSONSerializer.serialize(.object(JSONObjectWriter.object(of: value))))
    }

    /// Parses JSON text into a value (member order and number text kept).
    public static func parse<Bytes: ContiguousBytes>(_ data: Bytes) throws -> JSONValue {
        try data.withUnsafeBytes { try JSONParser.parse($0) }
    }

    /// Serializes a value deterministically (compact, members in order).
    public static func serialize(_ value: JSONValue) -> Data {
        Data(JSONSerializer.serialize(value))
    }
}
