/// How the front end finds and trusts files.
public struct FrontendOptions: Sendable, Hashable {
    /// Where to find schemas imported by namespace alone (no `schemaLocation`): namespace → path.
    /// Paths are as the user wrote them (relative to the working directory or absolute).
    public var schemaMap: [String: String]
    /// Folders outside the input's own folder tree that includes and imports may read.
    public var allowedOutside: [String]
    /// Read what can be read: once the entry file parses, problems in what it refers to
    /// (missing or refused includes and imports, undefined references, duplicate definitions,
    /// entities declared only in an external DTD) become warnings, and the model holds the rest.
    /// For reports such as `diff`, never for generating code.
    public var lenient: Bool
    /// How many slices the named types are read in (`ParallelRead`); nil: as the schema's size
    /// and the machine's cores decide. Tests set it to read small schemas in slices too.
    var xsdSlices: Int?

    public init(schemaMap: [String: String] = [:], allowedOutside: [String] = [], lenient: Bool = false) {
        self.schemaMap = schemaMap
        self.allowedOutside = allowedOutside
        self.lenient = lenient
    }
}
