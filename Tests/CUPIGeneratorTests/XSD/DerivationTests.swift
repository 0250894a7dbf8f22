import Testing
@testable import CUPIGenerator

@Suite("XSD complex type derivation")
struct XSDDerivationTests {
    static let base = """
        <xs:complexType name="Base">
          <xs:sequence><xs:element name="id" type="xs:string"/></xs:sequence>
          <xs:attribute name="a" type="xs:string"/>
          <xs:attribute name="b" type="xs:string"/>
          <xs:anyAttribute/>
        </xs:complexType>
        """

    @Test func extensionAppendsToTheBase() {
        let output = XSD.read(Self.base + """
            <xs:complexType name="Derived"><xs:complexContent><xs:extension base="t:Base">
              <xs:sequence><xs:element name="extra" type="xs:int"/></xs:sequence>
              <xs:attribute name="c" type="xs:string"/>
            </xs:extension></xs:complexContent></xs:complexType>
            <xs:complexType name="Again"><xs:complexContent><xs:extension base="t:Derived">
              <xs:sequence><xs:element name="more" type="xs:int"/></xs:sequence>
            </xs:extension></xs:complexContent></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let derived = output.record("Derived")
        #expect(derived?.base == XSD.name("Base"))
        #expect(derived?.derivation == .extension)
        #expect(derived?.names == ["id", "extra", "a", "b", "c", "anyAttribute"])
        #expect(output.record("Again")?.names == ["id", "extra", "more", "a", "b", "c", "anyAttribute"])
    }

    @Test func restrictionRestatesContentAndKeepsUnprohibitedAttributes() {
        let output = XSD.read(Self.base + """
            <xs:complexType name="Narrow"><xs:complexContent><xs:restriction base="t:Base">
              <xs:sequence><xs:element name="id" type="xs:token"/></xs:sequence>
              <xs:attribute name="a" use="prohibited"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:attribute>
              <xs:attribute name="b" type="xs:string" use="required"/>
            </xs:restriction></xs:complexContent></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let narrow = output.record("Narrow")
        #expect(narrow?.derivation == .restriction)
        #expect(narrow?.names == ["id", "b"])
        #expect(narrow?.field("id")?.type == .xsd("token"))
        #expect(narrow?.field("b")?.occurs == .one)
        #expect(output.type("Narrow/@a") == nil)
    }

    @Test func extensionCycleIsAnError() {
        let output = XSD.read("""
            <xs:complexType name="A"><xs:complexContent><xs:extension base="t:B"/></xs:complexContent></xs:complexType>
            <xs:complexType name="B"><xs:complexContent><xs:extension base="t:A"/></xs:complexContent></xs:complexType>
            """)
        #expect(output.errors == ["circular derivation: type 'A' derives from itself"])
        #expect(output.places(of: "circular") == ["t.xsd:3"])
    }

    @Test func simpleContentExtension() {
        let output = XSD.read("""
            <xs:complexType name="Price"><xs:simpleContent><xs:extension base="xs:decimal">
              <xs:attribute name="currency" type="xs:string" use="required"/>
            </xs:extension></xs:simpleContent></xs:complexType>
            <xs:complexType name="Tagged"><xs:simpleContent><xs:extension base="t:Price">
              <xs:attribute name="tag" type="xs:string"/>
            </xs:extension></xs:simpleContent></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let price = output.record("Price")
        #expect(price?.base == .xsd("decimal"))
        #expect(price?.derivation == .extension)
        #expect(price?.fields.map(\.kind) == [.text, .attribute])
        #expect(price?.fields.first?.type == .xsd("decimal"))
        #expect(output.record("Tagged")?.names == ["text", "currency", "tag"])
        #expect(output.record("Tagged")?.fields.first?.type == .xsd("decimal"))
    }

    @Test func simpleContentRestrictionSynthesizesTextType() {
        let output = XSD.read("""
            <xs:complexType name="Price"><xs:simpleContent><xs:extension base="xs:decimal">
              <xs:attribute name="currency" type="xs:string"/><xs:attribute name="note" type="xs:string"/>
            </xs:extension></xs:simpleContent></xs:complexType>
            <xs:complexType name="SmallPrice"><xs:simpleContent><xs:restriction base="t:Price">
              <xs:maxInclusive value="100"/>
              <xs:attribute name="note" use="prohibited"/>
            </xs:restriction></xs:simpleContent></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let small = output.record("SmallPrice")
        #expect(small?.derivation == .restriction)
        #expect(small?.names == ["text", "currency"])
        #expect(small?.fields.first?.type == XSD.name("SmallPrice/text"))
        guard case .simple(let text)? = output.type("SmallPrice/text")?.kind else {
            Issue.record("no synthesized text type")
            return
        }
        #expect(text.base == .xsd("decimal"))
        #expect(text.facets.maxInclusive == "100")
    }
}
