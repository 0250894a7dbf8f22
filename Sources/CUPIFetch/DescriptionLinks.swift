import LibXML

/// The files a description file refers to: a WADL's `grammars/include/@href`, and an XSD's
/// `include`, `import` and `redefine` with a `schemaLocation`. Read from the safely parsed tree,
/// so a reference is only ever a string to check, never something the parser followed.
enum DescriptionLinks {
    static let wadlNamespaces: Set<String> = ["http://wadl.dev.java.net/2009/02", "http://research.sun.com/wadl/2006/10"]
    static let xsdNamespace = "http://www.w3.org/2001/XMLSchema"

    /// The references of the document whose root is `root`, in document order; nil when the root
    /// is neither a WADL `application` nor an XSD `schema`.
    static func references(of root: XMLElement) -> [String]? {
        if root.localName == "application", wadlNamespaces.contains(root.namespaceURI ?? "") {
            return root.children.filter { $0.localName == "grammars" }
                .flatMap { $0.children.filter { $0.localName == "include" }.compactMap { $0.attribute("href") } }
        }
        if root.localName == "schema", root.namespaceURI == xsdNamespace {
            return root.children.filter { ["include", "import", "redefine", "override"].contains($0.localName) && $0.isInNamespace(xsdNamespace) }
                .compactMap { $0.attribute("schemaLocation") }
        }
        return nil
    }
}
