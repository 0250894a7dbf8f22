import Testing
@testable import CUPIGenerator

@Suite("XSD namespaces")
struct XSDNamespaceTests {
    @Test func referencesResolveThroughPrefixesAndTheDefaultNamespace() {
        let schema = XSD.schema("""
            <schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other" targetNamespace="urn:t" xmlns:t="urn:t">
              <complexType name="T"><sequence><element name="a" type="string"/><element name="o" type="o:O"/></sequence></complexType>
            </schema>
            """)
        let other = XSD.schema("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other"><xs:complexType name="O"/></xs:schema>
            """, file: "o.xsd", effectiveNamespace: "urn:other")
        let output = XSDReader.read([schema, other])
        #expect(output.diagnostics.isEmpty)
        #expect(output.record("T")?.fields.map(\.type) == [.xsd("string"), QName("urn:other", "O")])
        #expect(output.type("O", namespace: "urn:other") != nil)
    }

    @Test func chameleonIncludesTakeTheIncludersNamespace() {
        let included = XSD.document("""
            <xs:complexType name="C"><xs:sequence><xs:element name="self" type="C" minOccurs="0"/></xs:sequence></xs:complexType>
            """, targetNamespace: nil)
        let chameleon = SchemaDocument(file: "c.xsd", element: included.element, targetNamespace: "urn:t")
        let output = XSDReader.read([chameleon])
        #expect(output.diagnostics.isEmpty)
        #expect(output.record("C")?.field("self")?.type == XSD.name("C"))
    }

    @Test func noTargetNamespace() {
        let output = XSDReader.read([XSD.document("""
            <xs:complexType name="T"><xs:sequence><xs:element name="a" type="T" minOccurs="0"/></xs:sequence></xs:complexType>
            """, targetNamespace: nil)])
        #expect(output.diagnostics.isEmpty)
        #expect(output.type("T", namespace: "") != nil)
    }

    @Test func inlineSchemaInAWADLSeesTheWADLsPrefixes() throws {
        let wadl = XSD.schema("""
            <application xmlns="http://wadl.dev.java.net/2009/02" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t">
              <grammars>
                <xs:schema targetNamespace="urn:t"><xs:element name="E" type="t:T"/><xs:complexType name="T"/></xs:schema>
              </grammars>
            </application>
            """, file: "application.wadl")
        let schema = try #require(wadl.element.children.first?.children.first)
        let output = XSDReader.read([SchemaDocument(file: "application.wadl", element: schema, targetNamespace: "urn:t")])
        #expect(output.diagnostics.isEmpty)
        #expect(output.element("E")?.type == XSD.name("T"))
        #expect(output.element("E")?.location == SourceLocation(file: "application.wadl", line: 3))
    }

    @Test func xmlNamespaceAttributesAreKnownWithoutAnImport() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:attribute ref="xml:lang"/><xs:attributeGroup ref="xml:specialAttrs"/></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let xml = "http://www.w3.org/XML/1998/namespace"
        #expect(output.record("T")?.fields.map(\.name) == ["lang", "base", "id", "space"].map { QName(xml, $0) })
        #expect(output.record("T")?.fields.first?.type == .xsd("language"))
    }

    @Test func conditionalInclusionKeepsTheXSD10Alternative() {
        let output = XSD.read("""
            <xs:element name="version" type="xs:string" vc:maxVersion="1.1"/>
            <xs:element name="version" type="xs:int" vc:minVersion="1.1"/>
            """, schemaAttributes: "xmlns:vc=\"http://www.w3.org/2007/XMLSchema-versioning\"")
        #expect(output.diagnostics.isEmpty)
        #expect(output.element("version")?.type == .xsd("string"))
    }
}
