/// One file of the description a generated client was generated from, when its config asks for
/// it (`embedDescription`): the path relative to the entry file's folder and the file's text.
public struct DescriptionFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
