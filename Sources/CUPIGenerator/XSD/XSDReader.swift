/// Reads XML Schema 1.0 documents into resolved types and global elements.
public enum XSDReader {
    public struct Output: Sendable {
        public var types: [TypeDefinition]
        public var elements: [ElementDeclaration]
        public var diagnostics: [Diagnostic]
    }

    /// The stage's one entry point: every schema document of the input (already loaded, with
    /// includes and imports followed) in, sorted types and elements out.
    public static func read(_ schemas: [SchemaDocument]) -> Output {
        Output(types: [], elements: [], diagnostics: [])
    }
}
