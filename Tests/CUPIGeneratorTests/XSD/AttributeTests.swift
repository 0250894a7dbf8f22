import Testing
@testable import CUPIGenerator

@Suite("XSD attributes")
struct XSDAttributeTests {
    @Test func localAttributes() {
        let output = XSD.read("""
            <xs:complexType name="T">
              <xs:attribute name="id" type="xs:int" use="required"/>
              <xs:attribute name="lang" type="xs:string" default="en"/>
              <xs:attribute name="version" type="xs:string" fixed="1"/>
              <xs:attribute name="gone" type="xs:string" use="prohibited"/>
              <xs:attribute name="loose"/>
              <xs:attribute name="q" type="xs:string" form="qualified"/>
              <xs:attribute name="kind"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="a"/></xs:restriction></xs:simpleType></xs:attribute>
            </xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let record = output.record("T")
        #expect(record?.names == ["id", "lang", "version", "loose", "q", "kind"])
        #expect(record?.fields.allSatisfy { $0.kind == .attribute } == true)
        #expect(record?.field("id")?.occurs == .one)
        #expect(record?.field("id")?.name == QName("", "id"))
        #expect(record?.field("lang")?.occurs == .optional)
        #expect(record?.field("lang")?.defaultValue == "en")
        #expect(record?.field("version")?.fixedValue == "1")
        #expect(record?.field("loose")?.type == .xsd("anySimpleType"))
        #expect(record?.field("q")?.name == XSD.name("q"))
        #expect(record?.field("kind")?.type == XSD.name("T/@kind"))
        #expect(output.type("T/@kind") != nil)
    }

    @Test func attributeFormDefaultQualifiesLocalAttributes() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:attribute name="a" type="xs:string"/><xs:attribute name="b" type="xs:string" form="unqualified"/></xs:complexType>
            """, schemaAttributes: "attributeFormDefault=\"qualified\"")
        #expect(output.record("T")?.fields.map(\.name) == [XSD.name("a"), QName("", "b")])
    }

    @Test func globalAttributesAndGroups() {
        let output = XSD.read("""
            <xs:attribute name="lang" type="xs:language" default="en"><xs:annotation><xs:documentation>Language.</xs:documentation></xs:annotation></xs:attribute>
            <xs:attribute name="mode"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="x"/></xs:restriction></xs:simpleType></xs:attribute>
            <xs:attributeGroup name="Common">
              <xs:attribute ref="t:lang" use="required"/>
              <xs:attributeGroup ref="t:More"/>
            </xs:attributeGroup>
            <xs:attributeGroup name="More"><xs:attribute ref="t:mode"/><xs:anyAttribute namespace="##other"/></xs:attributeGroup>
            <xs:complexType name="T"><xs:attributeGroup ref="t:Common"/><xs:attribute name="own" type="xs:int"/></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let record = output.record("T")
        #expect(record?.names == ["lang", "mode", "own", "anyAttribute"])
        #expect(record?.field("lang")?.name == XSD.name("lang"))
        #expect(record?.field("lang")?.occurs == .one)
        #expect(record?.field("lang")?.defaultValue == "en")
        #expect(record?.field("lang")?.documentation == "Language.")
        #expect(record?.field("lang")?.location.line == 5)
        #expect(record?.field("mode")?.type == XSD.name("/@mode"))
        #expect(output.type("/@mode") != nil)
    }

    @Test func attributeGroupCycleIsAnError() {
        let output = XSD.read("""
            <xs:attributeGroup name="A"><xs:attributeGroup ref="t:B"/></xs:attributeGroup>
            <xs:attributeGroup name="B"><xs:attributeGroup ref="t:A"/></xs:attributeGroup>
            <xs:complexType name="T"><xs:attributeGroup ref="t:A"/></xs:complexType>
            """)
        #expect(output.errors == ["circular attribute group reference 't:A'"])
        #expect(output.places(of: "circular") == ["t.xsd:3"])
    }
}
