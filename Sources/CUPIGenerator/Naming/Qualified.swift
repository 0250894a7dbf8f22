/// How generated code names what it does not declare: module-qualified (`CUPIRuntime.Page`,
/// `Swift.String`), so that no schema type, whatever its name, can shadow it.
enum Qualified {
    static func runtime(_ name: String) -> String { "CUPIRuntime." + name }
    static func swift(_ name: String) -> String { "Swift." + name }
    static func foundation(_ name: String) -> String { "Foundation." + name }

    /// The modules qualified names start with: a generated type named like one would shadow the
    /// module itself.
    static let modules: Set<String> = ["Swift", "Foundation", "CUPIRuntime"]
}
