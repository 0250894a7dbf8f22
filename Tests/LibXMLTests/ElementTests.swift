import LibXML
import Testing

@Suite("XML elements")
struct ElementTests {
    /// The shortcut the schema reader takes before looking for `vc:minVersion`: an attribute
    /// with a prefix counts, a namespace declaration or a plain attribute does not.
    @Test func namespacedAttributesAreFound() throws {
        let text = #"<r xmlns:v="urn:v" a="1"><plain b="2"/><versioned v:min="1.1"/><bare/></r>"#
        let root = try #require(try XMLDocument.parse(Array(text.utf8), path: "t.xml").root)
        #expect(!root.hasNamespacedAttributes)
        #expect(root.children.map(\.hasNamespacedAttributes) == [false, true, false])
    }
}
