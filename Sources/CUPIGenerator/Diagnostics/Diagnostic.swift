/// A problem found while reading the input. Stages collect these as values; only the CLI prints.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var message: String
    /// Nil only for problems that belong to no file, such as a bad command-line option.
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// Sorted by place, so that output is stable however stages interleave.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (a.severity, a.message) < (b.severity, b.message)
        }
    }

    /// `path:line:col: error: message`, with `path` resolved against `root` (the input's folder
    /// as the user named it), the format SwiftPM and editors show inline.
    public func formatted(root: String) -> String {
        guard let location else { return "cupi-gen: \(severity.rawValue): \(message)" }
        let path = FilePath.join(root, location.file)
        let position = location.column.map { "\(location.line):\($0)" } ?? "\(location.line)"
        return "\(path):\(position): \(severity.rawValue): \(message)"
    }
}

/// Thrown by a stage when the input has errors; carries every diagnostic, warnings included.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
}
