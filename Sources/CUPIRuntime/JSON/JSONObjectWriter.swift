/// The JSON object a CUPI-JSON encode is writing, handed to `CUPIJSONEncodable.encode(json:)`.
/// Members come out in call order; scalars are written as strings, as CUPI writes them.
@_spi(Generated) public final class JSONObjectWriter {
    /// The object written so far.
    public private(set) var object = JSONObject()

    /// Starts an empty object.
    public init() {}

    /// Writes `value`'s lexical form as a string member; nil writes nothing.
    public func value<T: XMLSimpleValue>(_ key: String, _ value: T?) {
        guard let value else { return }
        object.append(key, .string(value.lexical))
    }

    /// Writes an array of strings; an empty list writes nothing.
    public func values<T: XMLSimpleValue>(_ key: String, _ values: [T]) {
        guard !values.isEmpty else { return }
        object.append(key, .array(values.map { .string($0.lexical) }))
    }

    /// Writes `value` as an object member; nil writes nothing.
    public func encode<T: CUPIJSONEncodable>(_ key: String, _ value: T?) {
        guard let value else { return }
        object.append(key, .object(Self.object(of: value)))
    }

    /// Writes an array of objects; an empty list writes nothing.
    public func encodeAll<T: CUPIJSONEncodable>(_ key: String, _ values: [T]) {
        guard !values.isEmpty else { return }
        object.append(key, .array(values.map { .object(Self.object(of: $0)) }))
    }

    /// Writes the attribute `name` as `@name`; nil writes nothing.
    public func attribute<T: XMLSimpleValue>(_ name: String, _ value: T?) {
        self.value("@" + name, value)
    }

    /// Writes the simple-content text as `$`; nil writes nothing.
    public func text<T: XMLSimpleValue>(_ value: T?) {
        self.value("$", value)
    }

    /// Writes an explicit null (a nillable element that is nil).
    public func null(_ key: String) {
        object.append(key, .null)
    }

    /// Writes `value` as is (`xs:any` passthrough).
    public func raw(_ key: String, _ value: JSONValue) {
        object.append(key, value)
    }

    static func object<T: CUPIJSONEncodable>(of value: T) -> JSONObject {
        let writer = JSONObjectWriter()
        value.encode(json: writer)
        return writer.object
    }
}
