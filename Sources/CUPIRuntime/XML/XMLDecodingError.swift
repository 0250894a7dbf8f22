import LibXML

/// Why a payload could not be decoded, and where: the element path and the line (and column when
/// libxml2 knows it) in the document.
public struct XMLDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The element path, for example `Users/User[3]/Alias`; an index counts the run of same-named
    /// siblings and is shown from the second one on.
    public var path: String
    /// The 1-based line of the element (or of the parse error).
    public var line: Int?
    /// The 1-based column of a parse error, when libxml2 reports one.
    public var column: Int?

    /// Makes an error.
    public init(message: String, path: String, line: Int?, column: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// `line 12, column 4: Users/User[3]/Alias: message`, leaving out what is unknown.
    public var description: String {
        var location = line.map { "line \($0)" } ?? "unknown line"
        if let column { location += ", column \(column)" }
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}

/// Why a value could not be encoded without loss (see `XMLCoding.encodeChecked`).
public struct XMLEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What could not be encoded, and why.
    public var message: String
    /// Makes an error.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
