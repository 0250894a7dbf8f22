/// XML Schema 1.1 constructs. cupi-gen reads XSD 1.0; a 1.1 construct is named in a warning
/// and skipped, so that a schema using one still yields a model for everything else.
enum XSD11Constructs {
    static let elementNames: Set<String> = [
        "assert", "assertion", "override", "openContent", "defaultOpenContent", "alternative", "explicitTimezone",
    ]

    /// The warning for a child element that the reader does not use where it stands: either an
    /// XSD 1.1 construct, or something XSD does not allow there.
    static func skipped(_ node: SchemaNode, in parent: String) -> Diagnostic {
        if elementNames.contains(node.kind) {
            return .warning("xs:\(node.kind) is an XML Schema 1.1 construct; cupi-gen reads XSD 1.0 and skips it", at: node.location)
        }
        return .warning("unexpected xs:\(node.kind) in \(parent); skipped", at: node.location)
    }

    /// XSD 1.0 requires every particle of `xs:all` to occur at most once; 1.1 lifts that.
    static func repeatingAllParticle(_ node: SchemaNode) -> Diagnostic {
        .warning("xs:all with a repeating xs:\(node.kind) is an XML Schema 1.1 construct; it is read as a repeating field", at: node.location)
    }
}
