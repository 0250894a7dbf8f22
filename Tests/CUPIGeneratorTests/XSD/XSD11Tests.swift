import Testing
@testable import CUPIGenerator

@Suite("XSD 1.1 constructs and unknown elements")
struct XSD11Tests {
    @Test func xsd11ConstructsAreWarnedAboutAndSkipped() {
        let output = XSD.read("""
            <xs:defaultOpenContent><xs:any/></xs:defaultOpenContent>
            <xs:complexType name="T">
              <xs:openContent><xs:any/></xs:openContent>
              <xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence>
              <xs:assert test="a gt 0"/>
            </xs:complexType>
            <xs:simpleType name="S"><xs:restriction base="xs:int"><xs:assertion test="$value gt 0"/></xs:restriction></xs:simpleType>
            <xs:element name="E" type="xs:int"><xs:alternative test="@x" type="xs:string"/></xs:element>
            <xs:complexType name="A"><xs:all><xs:element name="r" type="xs:int" maxOccurs="3"/></xs:all></xs:complexType>
            """)
        #expect(output.errors.isEmpty)
        #expect(output.warnings.count == 6)
        #expect(output.places(of: "XML Schema 1.1") == ["t.xsd:2", "t.xsd:4", "t.xsd:6", "t.xsd:8", "t.xsd:9", "t.xsd:10"])
        #expect(output.warnings.contains { $0.hasPrefix("xs:assert is an XML Schema 1.1 construct") })
        #expect(output.record("T")?.names == ["a"])
        #expect(output.record("A")?.field("r")?.occurs == Occurrence(min: 1, max: 3))
    }

    @Test func overrideAndRedefine() {
        let output = XSD.read("""
            <xs:override schemaLocation="o.xsd"/>
            <xs:redefine schemaLocation="r.xsd"><xs:complexType name="R"/></xs:redefine>
            """)
        #expect(output.warnings == [
            "xs:override is an XML Schema 1.1 construct; cupi-gen reads XSD 1.0 and skips it",
            "xs:redefine is read as a plain include: its redefinitions are ignored",
        ])
        #expect(output.types.isEmpty)
    }

    @Test func unknownSchemaElementsAreWarnedAbout() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence><xs:elemnt name="a"/></xs:sequence></xs:complexType>
            <xs:bogus/>
            """)
        #expect(output.warnings == ["unexpected xs:elemnt in xs:sequence; skipped", "unexpected xs:bogus in xs:schema; skipped"])
    }
}
