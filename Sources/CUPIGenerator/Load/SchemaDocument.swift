import LibXML

/// One `xs:schema` element to read: a schema file, or a schema inline in a WADL's `grammars`.
public struct SchemaDocument {
    /// The file it stands in, relative to the input's folder.
    public var file: String
    /// The `xs:schema` element.
    public var element: XMLElement
    /// The effective target namespace ("" for none). A schema without one that was included
    /// from a schema with one takes the includer's (a "chameleon" include).
    public var targetNamespace: String

    public init(file: String, element: XMLElement, targetNamespace: String) {
        self.file = file
        self.element = element
        self.targetNamespace = targetNamespace
    }
}
