/// `cupi-gen dump`: the model as JSON with sorted keys, so the same input gives the same bytes.
public enum ModelDump {
    /// The model's top level is written here member by member, and each element of its large
    /// arrays is encoded and written on its own, so only one type's tree is in memory at a time.
    public static func json(_ model: APIModel) throws -> [UInt8] {
        let encoder = SortedJSONEncoder()
        var output: [UInt8] = []
        output.reserveCapacity(1 << 20)
        var members: [(String, (inout [UInt8]) throws -> Void)] = [
            ("elements", { try array(model.elements, into: &$0, encoder) }),
            ("operations", { try array(model.operations, into: &$0, encoder) }),
            ("resources", { try array(model.resources, into: &$0, encoder) }),
            ("sourceFiles", { try encoder.write(model.sourceFiles, into: &$0, indent: 2) }),
            ("types", { try array(model.types, into: &$0, encoder) }),
        ]
        if let baseURL = model.baseURL { members.append(("baseURL", { try encoder.write(baseURL, into: &$0, indent: 2) })) }
        if let documentation = model.documentation {
            members.append(("documentation", { try encoder.write(documentation, into: &$0, indent: 2) }))
        }
        output.append(contentsOf: "{".utf8)
        for (index, (key, write)) in members.sorted(by: { $0.0 < $1.0 }).enumerated() {
            output.append(contentsOf: (index == 0 ? "\n  " : ",\n  ").utf8)
            try encoder.write(key, into: &output, indent: 2)
            output.append(contentsOf: ": ".utf8)
            try write(&output)
        }
        output.append(contentsOf: "\n}\n".utf8)
        return output
    }

    private static func array<T: Encodable>(_ items: [T], into output: inout [UInt8], _ encoder: SortedJSONEncoder) throws {
        guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
        output.append(contentsOf: "[".utf8)
        for (index, item) in items.enumerated() {
            output.append(contentsOf: (index == 0 ? "\n    " : ",\n    ").utf8)
            try encoder.write(item, into: &output, indent: 4)
        }
        output.append(contentsOf: "\n  ]".utf8)
    }
}
