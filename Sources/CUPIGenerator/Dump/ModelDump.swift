import Foundation

/// `cupi-gen dump`: the model as JSON with sorted keys, so the same input gives the same bytes.
public enum ModelDump {
    public static func json(_ model: APIModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }
}
