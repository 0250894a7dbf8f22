import Foundation

/// The named types of a large schema read on all cores: the sorted names cut into slices, each
/// read by a resolver of its own, which reads the bases and groups it needs itself.
///
/// A valid schema reads the same in any order: an anonymous type is named by the path from the
/// named type that holds it, and each named type is read whole by whichever resolver meets it.
/// Where order can matter, the slices' work is dropped and the input read in order: when there
/// is anything to report (a cycle, for one, is reported where it was entered), when two slices
/// read a type differently, or when the slices' work together reaches the budget that the
/// sequential read counts against (it holds what several slices read twice).
enum ParallelRead {
    /// How many slices to read `types` named types in: one per core (up to 8), or one for fewer
    /// than 256, where threads cost more than they save.
    static func slices(forTypes types: Int) -> Int {
        types < 256 ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// A resolver holding every named type and what reading them memoized, or nil to read in order.
    static func namedTypes(of index: SchemaIndex, slices: Int) -> SchemaResolver? {
        guard index.diagnostics.isEmpty else { return nil }
        let shared = SharedIndex(index: index)
        let reads = index.names(.type).chunked(into: slices).concurrentMap { slice -> SliceRead? in
            let resolver = SchemaResolver(index: shared.index)
            resolver.readSubstitutionGroups()
            for name in slice {
                if let node = shared.index.node(.type, name) { resolver.definition(of: name, at: node) }
            }
            return resolver.diagnostics.isEmpty ? SliceRead(resolver) : nil
        }
        let resolver = SchemaResolver(index: index)
        resolver.readSubstitutionGroups()
        for read in reads {
            guard let read, resolver.absorb(read) else { return nil }
        }
        return resolver.work < SchemaResolver.maximumWork ? resolver : nil
    }
}

/// What one slice read, in values that can leave its thread.
struct SliceRead: Sendable {
    let types: [QName: TypeDefinition]
    let elementDeclarations: [QName: ElementDeclaration]
    let attributeDeclarations: [QName: Field]
    let expansionSizes: [String: Int]
    let work: Int

    init(_ resolver: SchemaResolver) {
        types = resolver.types
        elementDeclarations = resolver.elementDeclarations
        attributeDeclarations = resolver.attributeDeclarations
        expansionSizes = resolver.expansionSizes
        work = resolver.work
    }
}

/// The index, read by the slices' threads at once. The compiler cannot check it: `XMLDocument`
/// is a class over a libxml2 tree, which is safe to read from several threads as long as nothing
/// in it is built on first use (`XMLDocument.parse` declares the `xml:` namespace up front).
private struct SharedIndex: @unchecked Sendable {
    let index: SchemaIndex
}
