/// The kind encodes as a one-key object naming the case (`{"record": {...}}`) rather than the
/// synthesized `{"record": {"_0": ...}}`, which keeps dumps readable.
extension TypeDefinition.Kind {
    private enum CodingKeys: String, CodingKey {
        case record, choice, simple, enumeration, list, union
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let key = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected one type kind"))
        }
        switch key {
        case .record: self = .record(try container.decode(Record.self, forKey: key))
        case .choice: self = .choice(try container.decode(Choice.self, forKey: key))
        case .simple: self = .simple(try container.decode(SimpleType.self, forKey: key))
        case .enumeration: self = .enumeration(try container.decode(Enumeration.self, forKey: key))
        case .list: self = .list(try container.decode(ListType.self, forKey: key))
        case .union: self = .union(try container.decode(UnionType.self, forKey: key))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .record(let value): try container.encode(value, forKey: .record)
        case .choice(let value): try container.encode(value, forKey: .choice)
        case .simple(let value): try container.encode(value, forKey: .simple)
        case .enumeration(let value): try container.encode(value, forKey: .enumeration)
        case .list(let value): try container.encode(value, forKey: .list)
        case .union(let value): try container.encode(value, forKey: .union)
        }
    }
}
