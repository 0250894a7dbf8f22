import CLibXML2

/// A regular expression in the XML Schema dialect (`xs:pattern`), compiled by libxml2 so that
/// it means exactly what the schema means: anchored at both ends, `\d`, `\i`, `\c`, `\p{..}`
/// and character-class subtraction as XSD defines them.
public final class XMLRegex: @unchecked Sendable {
    // libxml2's compiled automata are read-only while matching, so sharing across threads is safe.
    private let regex: xmlRegexpPtr
    /// The pattern as written in the schema.
    public let pattern: String

    /// Compiles `pattern`; returns nil when it is not a valid XSD regular expression.
    public init?(_ pattern: String) {
        LibXML.initialize()
        // libxml2 prints regular-expression errors to standard error unless a handler takes
        // them; the caller learns of a bad pattern from the nil result instead. The handler is
        // per thread, and compiling does not suspend, so restoring it afterwards is safe.
        let savedHandler = __xmlStructuredError().pointee
        let savedContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
        guard let compiled = xmlRegexpCompile(pattern) else { return nil }
        self.regex = compiled
        self.pattern = pattern
    }

    deinit { xmlRegFreeRegexp(regex) }

    /// Whether the whole of `value` matches.
    public func matches(_ value: String) -> Bool {
        xmlRegexpExec(regex, value) == 1
    }
}
