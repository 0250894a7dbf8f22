/// Where a model node or a diagnostic comes from: a file (relative to the input's folder, so
/// that dumps are the same on every machine), a 1-based line, and a column when libxml2 gives one.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column ?? 0) < (b.file, b.line, b.column ?? 0)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `file:line:col` (or `file:line`), the form editors and SwiftPM link to.
    public var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
