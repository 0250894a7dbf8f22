/// Storage for a property through which a generated struct contains itself (a `Folder` with an
/// optional parent `Folder`): Swift rejects such a struct as infinitely large unless the value
/// lives behind a reference, which an `indirect` enum case provides without a class.
public enum Indirect<Wrapped> {
    indirect case value(Wrapped)

    public init(_ value: Wrapped) { self = .value(value) }

    public var value: Wrapped {
        switch self {
        case .value(let wrapped): return wrapped
        }
    }
}

extension Indirect: Sendable where Wrapped: Sendable {}
extension Indirect: Equatable where Wrapped: Equatable {}
extension Indirect: Hashable where Wrapped: Hashable {}

extension Indirect: Codable where Wrapped: Codable {
    public init(from decoder: any Decoder) throws {
        self = .value(try Wrapped(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
