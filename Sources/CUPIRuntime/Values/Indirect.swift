/// Storage for a generated property that holds one record value (`@Indirect public var
/// parent: Folder?`): the value lives behind a reference, which an `indirect` enum case provides
/// without a class, so that the containing struct stays small however deeply types nest, and a
/// type may contain itself (see `IndirectValues` in the generator).
@propertyWrapper
public enum Indirect<Wrapped> {
    /// The stored value, behind a reference.
    indirect case value(Wrapped)

    /// Stores `wrappedValue`.
    public init(wrappedValue: Wrapped) { self = .value(wrappedValue) }

    /// The stored value; setting it stores a new box, so copies never share changes.
    public var wrappedValue: Wrapped {
        get {
            switch self {
            case .value(let wrapped): return wrapped
            }
        }
        set { self = .value(newValue) }
    }
}

extension Indirect: Sendable where Wrapped: Sendable {}
extension Indirect: Equatable where Wrapped: Equatable {}
extension Indirect: Hashable where Wrapped: Hashable {}

// Coded as the wrapped value itself, under the property's own name. Two conformances rather than
// one `Codable`, so that the container overloads below are more specific than the generic ones.
extension Indirect: Decodable where Wrapped: Decodable {
    /// Decodes the wrapped value itself, as if there were no wrapper.
    public init(from decoder: any Decoder) throws {
        self = .value(try Wrapped(from: decoder))
    }
}

extension Indirect: Encodable where Wrapped: Encodable {
    /// Encodes the wrapped value itself, as if there were no wrapper.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

// Derived `Codable` reads and writes a wrapped property as the wrapper type, which for an optional
// would make the key required and write `null`: these overloads, chosen over the generic ones,
// leave an absent optional out as they do for an unwrapped one.
extension KeyedDecodingContainer {
    /// Decodes an optional `Indirect` property: an absent key is `nil`, as for a plain optional.
    public func decode<T: Decodable>(_ type: Indirect<T?>.Type, forKey key: Key) throws -> Indirect<T?> {
        Indirect(wrappedValue: try decodeIfPresent(T.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional `Indirect` property: `nil` is left out, as for a plain optional.
    public mutating func encode<T: Encodable>(_ value: Indirect<T?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
