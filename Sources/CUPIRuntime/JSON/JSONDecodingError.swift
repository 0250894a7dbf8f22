/// Why a JSON payload could not be decoded, and where: the key path (for example
/// `User/AlternateExtensions/AlternateExtension[2]/DtmfAccessId`), or for a syntax error the line
/// and column in the text.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The key path, for example `User/Alias`; empty for a syntax error.
    public var path: String
    /// The 1-based line of a syntax error.
    public var line: Int?
    /// The 1-based column of a syntax error.
    public var column: Int?

    /// Makes an error.
    public init(message: String, path: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// `line 3, column 7: PATH: message`, leaving out what is unknown.
    public var description: String {
        var parts: [String] = []
        if let line { parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
