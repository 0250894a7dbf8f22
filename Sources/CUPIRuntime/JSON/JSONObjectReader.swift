/// The JSON object a CUPI-JSON decode is on, handed to `CUPIJSONDecodable.init(json:)`.
///
/// It absorbs CUPI's quirks: scalars arrive as strings (numbers and booleans are accepted too),
/// a one-item list arrives as the item itself, attributes are `@name` or `-name`, and the text of
/// a simple-content element is `$`.
@_spi(Generated) public struct JSONObjectReader {
    /// The object being read.
    public let object: JSONObject
    /// The key path of the object, e.g. `User/AlternateExtensions/AlternateExtension[2]`.
    public let path: String
    private let cursor = Cursor()

    /// Where the last lookup matched: generated code asks for keys in schema order and CUPI writes
    /// them in schema order, so the next key is almost always the next member.
    private final class Cursor { var next = 0 }

    /// Reads `object`, whose key path is `path`.
    public init(object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    /// The scalar member `key` as `T`; nil when absent or null.
    public func value<T: XMLSimpleValue>(_ key: String) throws -> T? {
        guard let member = lookup(key) else { return nil }
        return try scalar(member, at: childPath(key))
    }

    /// The member `key` as a list of `T`: an array, a single item, or nothing (absent or null).
    public func values<T: XMLSimpleValue>(_ key: String) throws -> [T] {
        guard let member = lookup(key) else { return [] }
        if case .array(let items) = member {
            var result: [T] = []
            result.reserveCapacity(items.count)
            for (position, item) in items.enumerated() {
                if let value: T = try scalar(item, at: childPath(key, position)) { result.append(value) }
            }
            return result
        }
        return try scalar(member, at: childPath(key)).map { [$0] } ?? []
    }

    /// The object member `key` decoded as `T`; nil when absent or null. A scalar is read as an
    /// object whose text (`$`) is that scalar, which is how CUPI sends simple content without attributes.
    public func decode<T: CUPIJSONDecodable>(_ key: String) throws -> T? {
        guard let member = lookup(key) else { return nil }
        return try decodeObject(member, at: childPath(key))
    }

    /// The member `key` as a list of `T`: an array of objects, a single object, or nothing.
    public func decodeAll<T: CUPIJSONDecodable>(_ key: String) throws -> [T] {
        guard let member = lookup(key) else { return [] }
        if case .array(let items) = member {
            var result: [T] = []
            result.reserveCapacity(items.count)
            for (position, item) in items.enumerated() {
                if let value: T = try decodeObject(item, at: childPath(key, position)) { result.append(value) }
            }
            return result
        }
        return try decodeObject(member, at: childPath(key)).map { [$0] } ?? []
    }

    /// The attribute `name`, written `@name` (or `-name`, which CUPI also uses).
    public func attribute<T: XMLSimpleValue>(_ name: String) throws -> T? {
        if let member = lookup("@" + name) { return try scalar(member, at: childPath("@" + name)) }
        if let member = lookup("-" + name) { return try scalar(member, at: childPath("-" + name)) }
        return nil
    }

    /// The simple-content text, written `$`.
    public func text<T: XMLSimpleValue>() throws -> T? {
        guard let member = lookup("$") else { return nil }
        return try scalar(member, at: childPath("$"))
    }

    /// Whether member `key` is present and null.
    public func isNull(_ key: String) -> Bool {
        lookup(key) == .null
    }

    /// The members whose keys are not in `known`, in order (for `xs:any` and forward compatibility).
    public func unknownMembers(known: Set<String>) -> [(String, JSONValue)] {
        object.members.filter { !known.contains($0.key) }.map { ($0.key, $0.value) }
    }

    /// An error at member `key` of this object, for generated code to throw.
    public func error(_ message: String, key: String? = nil) -> JSONDecodingError {
        JSONDecodingError(message: message, path: key.map { childPath($0) } ?? path)
    }

    private func lookup(_ key: String) -> JSONValue? {
        let members = object.members
        let start = min(cursor.next, members.count)
        for position in start..<members.count where members[position].key == key {
            cursor.next = position + 1
            return members[position].value
        }
        for position in 0..<start where members[position].key == key {
            cursor.next = position + 1
            return members[position].value
        }
        return nil
    }

    private func scalar<T: XMLSimpleValue>(_ value: JSONValue, at path: String) throws -> T? {
        let lexical: String
        switch value {
        case .null: return nil
        case .string(let string): lexical = string
        case .number(let text): lexical = text
        case .bool(let bool): lexical = bool ? "true" : "false"
        case .object(let object):
            guard let text = object["$"] else { fallthrough }
            return try scalar(text, at: path + "/$")
        case .array:
            throw JSONDecodingError(message: "expected a single value, found \(value.kindName)", path: path)
        }
        do {
            return try T(lexical: lexical)
        } catch let error as XMLValueError {
            throw JSONDecodingError(message: error.message, path: path)
        }
    }

    /// One item of the list `key` as `T` (`CUPIJSON.forEachItem`): as `decodeAll` reads it.
    func decodeItem<T: CUPIJSONDecodable>(_ value: JSONValue, key: String, position: Int?) throws -> T? {
        try decodeObject(value, at: childPath(key, position))
    }

    private func decodeObject<T: CUPIJSONDecodable>(_ value: JSONValue, at path: String) throws -> T? {
        switch value {
        case .null: return nil
        case .object(let object): return try T(json: JSONObjectReader(object: object, path: path))
        case .string, .number, .bool: return try T(json: JSONObjectReader(object: JSONObject([("$", value)]), path: path))
        case .array: throw JSONDecodingError(message: "expected an object, found an array", path: path)
        }
    }

    private func childPath(_ key: String, _ position: Int? = nil) -> String {
        let name = position.map { "\(key)[\($0 + 1)]" } ?? key
        return path.isEmpty ? name : path + "/" + name
    }
}
