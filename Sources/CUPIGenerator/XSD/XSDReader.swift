/// Reads XML Schema 1.0 documents into resolved types and global elements.
public enum XSDReader {
    public struct Output: Sendable {
        public var types: [TypeDefinition]
        public var elements: [ElementDeclaration]
        public var diagnostics: [Diagnostic]
    }

    /// The stage's one entry point: every schema document of the input (already loaded, with
    /// includes and imports followed) in, sorted types and elements out.
    ///
    /// Components are read in name order, not file order, so that anonymous names and the
    /// output do not depend on how the schemas were split into files.
    public static func read(_ schemas: [SchemaDocument]) -> Output {
        let index = SchemaIndex(schemas)
        let resolver = SchemaResolver(index: index)
        resolver.readSubstitutionGroups()
        for name in index.names(.type) {
            if let node = index.node(.type, name) { resolver.definition(of: name, at: node) }
        }
        let elements = index.names(.element).compactMap(resolver.readGlobalElement)
        index.names(.attribute).forEach(resolver.readGlobalAttribute)
        resolver.checkUnusedGroups()
        // A group used in several places reports its problems once per use; one is enough.
        let diagnostics = Array(Set(index.diagnostics + resolver.diagnostics)).sorted()
        return Output(types: resolver.types.values.sorted { $0.name < $1.name }, elements: elements, diagnostics: diagnostics)
    }
}
