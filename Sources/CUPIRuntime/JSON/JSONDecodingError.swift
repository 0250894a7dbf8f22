/// Why a JSON payload could not be decoded, and where: the key path (for example
/// `User/AlternateExtensions/AlternateExtension[2]/DtmfAccessId`), or for a syntax error the line
/// and column in the text.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        var parts: [String] = []
        if let line { parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
