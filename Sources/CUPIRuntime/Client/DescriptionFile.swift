/// One file of the description a generated client was generated from, when its config asks for
/// it (`embedDescription`): the path relative to the entry file's folder and the file's text.
public struct DescriptionFile: Sendable, Hashable {
    /// The path relative to the entry file's folder (`application.wadl`, `vmrest-user.xsd`).
    public var path: String
    /// The file's text, exactly as it was generated from.
    public var text: String

    /// Makes a file entry.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
