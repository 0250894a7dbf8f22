/// The declarations the generated code adds beside the schema's types, whatever the schema: the
/// renderers name them through here, and `TypeNames` keeps schema types off their names.
enum FixedDeclarations {
    /// Root element name → the type a document decodes to (`XMLCoding` files).
    static let schemaElements = "SchemaElements"
    /// The facet rules of built-in types with implicit bounds (`Validation` files).
    static let builtinRules = "XSDBuiltinRules"
    /// The parts `CUPI.routes` is appended from (`Endpoints.swift`).
    static let routeParts = "RouteParts"

    static let names: Set<String> = [schemaElements, builtinRules, routeParts]
}
