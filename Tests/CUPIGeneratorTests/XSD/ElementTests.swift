import Testing
@testable import CUPIGenerator

@Suite("XSD elements")
struct XSDElementTests {
    @Test func globalElementsAndTheirAnonymousTypes() {
        let output = XSD.read("""
            <xs:element name="User" nillable="true">
              <xs:annotation><xs:documentation>A user.</xs:documentation></xs:annotation>
              <xs:complexType><xs:sequence>
                <xs:element name="Mailbox"><xs:complexType><xs:sequence>
                  <xs:element name="Size"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element>
                </xs:sequence></xs:complexType></xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="Plain" type="xs:string" default="x"/>
            <xs:element name="Untyped"/>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.elements.map(\.name.name) == ["Plain", "Untyped", "User"])
        let user = output.element("User")
        #expect(user?.type == XSD.name("/User"))
        #expect(user?.isNillable == true)
        #expect(user?.documentation == "A user.")
        #expect(output.type("/User")?.isAnonymous == true)
        // An anonymous type without documentation of its own takes its element's.
        #expect(output.type("/User")?.documentation == "A user.")
        #expect(output.record("/User")?.field("Mailbox")?.type == XSD.name("/User/Mailbox"))
        #expect(output.record("/User/Mailbox")?.field("Size")?.type == XSD.name("/User/Mailbox/Size"))
        if case .simple(let size)? = output.type("/User/Mailbox/Size")?.kind {
            #expect(size.builtin == .xsd("int"))
        } else {
            Issue.record("Size is not a simple type")
        }
        #expect(output.element("Plain")?.defaultValue == "x")
        #expect(output.element("Untyped")?.type == .xsd("anyType"))
        #expect(output.types.map(\.name.name) == ["/User", "/User/Mailbox", "/User/Mailbox/Size"])
    }

    @Test func localElementFormAndDefaults() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="q" type="xs:string"/>
              <xs:element name="u" type="xs:string" form="unqualified"/>
              <xs:element name="n" type="xs:string" nillable="true" fixed="F"/>
              <xs:element name="any"/>
            </xs:sequence></xs:complexType>
            """, schemaAttributes: "elementFormDefault=\"qualified\"")
        let record = output.record("T")
        #expect(record?.field("q")?.name == XSD.name("q"))
        #expect(record?.field("u")?.name == QName("", "u"))
        #expect(record?.field("n")?.isNillable == true)
        #expect(record?.field("n")?.fixedValue == "F")
        #expect(record?.field("any")?.type == .xsd("anyType"))
    }

    @Test func elementReferencesTakeTheDeclaration() {
        let output = XSD.read("""
            <xs:element name="Note" type="xs:string" nillable="true" default="none">
              <xs:annotation><xs:documentation>Declared.</xs:documentation></xs:annotation>
            </xs:element>
            <xs:complexType name="T"><xs:sequence>
              <xs:element ref="t:Note" minOccurs="0"/>
            </xs:sequence></xs:complexType>
            """)
        let field = output.record("T")?.fields.first
        #expect(field?.name == XSD.name("Note"))
        #expect(field?.reference == XSD.name("Note"))
        #expect(field?.type == .xsd("string"))
        #expect(field?.isNillable == true)
        #expect(field?.defaultValue == "none")
        #expect(field?.documentation == "Declared.")
        #expect(field?.occurs == .optional)
        #expect(field?.location.line == 6)
    }

    @Test func duplicateLocalNamesGetNumberedAnonymousTypes() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:choice>
              <xs:sequence><xs:element name="C"><xs:complexType/></xs:element><xs:element name="x" type="xs:int"/></xs:sequence>
              <xs:sequence><xs:element name="C"><xs:complexType/></xs:element><xs:element name="y" type="xs:int"/></xs:sequence>
            </xs:choice></xs:complexType>
            """)
        #expect(output.type("T/choice(1)/sequence(1)/C") != nil)
        let doubled = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="C"><xs:complexType/></xs:element>
              <xs:element name="C"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element>
            </xs:sequence></xs:complexType>
            """)
        #expect(doubled.record("T")?.fields.map(\.type) == [XSD.name("T/C"), XSD.name("T/C(2)")])
    }

    @Test func substitutionGroups() {
        let output = XSD.read("""
            <xs:element name="Shape" type="xs:string" abstract="true"/>
            <xs:element name="Polygon" type="xs:string" substitutionGroup="t:Shape" abstract="true"/>
            <xs:element name="Square" type="xs:string" substitutionGroup="t:Polygon"/>
            <xs:element name="Circle" substitutionGroup="t:Shape"/>
            <xs:complexType name="Drawing"><xs:sequence>
              <xs:element ref="t:Shape" maxOccurs="unbounded"/>
              <xs:element ref="t:Polygon"/>
              <xs:element ref="t:Square"/>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.element("Square")?.substitutionGroup == XSD.name("Polygon"))
        #expect(output.element("Shape")?.isAbstract == true)
        // A member without a type has its head's.
        #expect(output.element("Circle")?.type == .xsd("string"))
        let fields = output.record("Drawing")?.fields ?? []
        #expect(fields.map(\.substitutes) == [[XSD.name("Circle"), XSD.name("Square")], [XSD.name("Square")], []])
    }

    @Test func abstractComplexTypes() {
        let output = XSD.read("<xs:complexType name=\"Base\" abstract=\"true\"/>")
        #expect(output.record("Base")?.isAbstract == true)
    }

    @Test func recursiveTypes() {
        let output = XSD.read("""
            <xs:complexType name="Node"><xs:sequence>
              <xs:element name="child" type="t:Node" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="other" type="t:Other" minOccurs="0"/>
            </xs:sequence></xs:complexType>
            <xs:complexType name="Other"><xs:sequence><xs:element name="back" type="t:Node"/></xs:sequence></xs:complexType>
            <xs:element name="Tree"><xs:complexType><xs:sequence>
              <xs:element ref="t:Tree" minOccurs="0"/>
            </xs:sequence></xs:complexType></xs:element>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.record("Node")?.field("child")?.type == XSD.name("Node"))
        #expect(output.record("/Tree")?.field("Tree")?.type == XSD.name("/Tree"))
    }
}
