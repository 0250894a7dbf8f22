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
    /// output do not depend on how the schemas were split into files. A large schema's named
    /// types are read in slices side by side first (`ParallelRead`); `slices` overrides how many.
    public static func read(_ schemas: [SchemaDocument], slices: Int? = nil) -> Output {
        let index = SchemaIndex(schemas)
        let count = slices ?? ParallelRead.slices(forTypes: index.names(.type).count)
        if count > 1, let resolver = ParallelRead.namedTypes(of: index, slices: count) {
            let output = finish(resolver)
            // Where there is something to report, the order of reading can decide where.
            if output.diagnostics.isEmpty { return output }
        }
        let resolver = SchemaResolver(index: index)
        resolver.readSubstitutionGroups()
        for name in index.names(.type) {
            if let node = index.node(.type, name) { resolver.definition(of: name, at: node) }
        }
        return finish(resolver)
    }

    /// Global elements and attributes, and the groups no type used, once the named types are read.
    private static func finish(_ resolver: SchemaResolver) -> Output {
        let index = resolver.index
        let elements = index.names(.element).compactMap(resolver.readGlobalElement)
        index.names(.attribute).forEach(resolver.readGlobalAttribute)
        resolver.checkUnusedGroups()
        // A group used in several places reports its problems once per use; one is enough.
        let diagnostics = Array(Set(index.diagnostics + resolver.diagnostics)).sorted()
        return Output(types: resolver.types.values.sorted { $0.name < $1.name }, elements: elements, diagnostics: diagnostics)
    }
}
