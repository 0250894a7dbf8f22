/// How the front end finds and trusts files.
public struct FrontendOptions: Sendable, Hashable {
    /// Where to find schemas imported by namespace alone (no `schemaLocation`): namespace → path.
    /// Paths are as the user wrote them (relative to the working directory or absolute).
    public var schemaMap: [String: String]
    /// Folders outside the input's own folder tree that includes and imports may read.
    public var allowedOutside: [String]

    public init(schemaMap: [String: String] = [:], allowedOutside: [String] = []) {
        self.schemaMap = schemaMap
        self.allowedOutside = allowedOutside
    }
}
