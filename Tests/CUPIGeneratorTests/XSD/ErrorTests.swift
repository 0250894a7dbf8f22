import Testing
@testable import CUPIGenerator

@Suite("XSD errors")
struct XSDErrorTests {
    @Test func duplicateGlobalDefinitionsNameTheFirst() {
        let first = XSD.document("""
            <xs:complexType name="User"/>
            <xs:element name="E" type="xs:string"/>
            """, file: "a.xsd")
        let second = XSD.document("""
            <xs:simpleType name="User"><xs:restriction base="xs:string"/></xs:simpleType>
            <xs:element name="E" type="xs:int"/>
            <xs:attribute name="E" type="xs:int"/>
            """, file: "b.xsd")
        let output = XSDReader.read([first, second])
        #expect(output.errors == [
            "duplicate type 'User': already defined at a.xsd:2",
            "duplicate element 'E': already defined at a.xsd:3",
        ])
        #expect(output.places(of: "duplicate") == ["b.xsd:2", "b.xsd:3"])
    }

    @Test func undefinedReferences() {
        let output = XSD.read("""
            <xs:complexType name="T">
              <xs:sequence>
                <xs:element name="a" type="t:Missing"/>
                <xs:element ref="t:NoElement"/>
                <xs:group ref="t:NoGroup"/>
                <xs:element name="b" type="xs:strng"/>
              </xs:sequence>
              <xs:attribute ref="t:noAttribute"/>
              <xs:attributeGroup ref="t:NoAttributeGroup"/>
            </xs:complexType>
            <xs:complexType name="D"><xs:complexContent><xs:extension base="t:NoBase"/></xs:complexContent></xs:complexType>
            <xs:simpleType name="L"><xs:list itemType="t:NoItem"/></xs:simpleType>
            <xs:simpleType name="U"><xs:union memberTypes="xs:int t:NoMember"/></xs:simpleType>
            <xs:element name="M" substitutionGroup="t:NoHead"/>
            """)
        #expect(output.errors == [
            "undefined type 't:Missing'", "undefined element 't:NoElement'", "undefined group 't:NoGroup'",
            "undefined type 'xs:strng'", "undefined attribute 't:noAttribute'", "undefined attribute group 't:NoAttributeGroup'",
            "undefined type 't:NoBase'", "undefined type 't:NoItem'", "undefined type 't:NoMember'", "undefined element 't:NoHead'",
        ])
        #expect(output.places(of: "undefined").map { $0.dropFirst(6) } == ["4", "5", "6", "7", "9", "10", "12", "13", "14", "15"])
    }

    @Test func undeclaredPrefix() {
        let output = XSD.read("<xs:element name=\"E\" type=\"nope:T\"/>")
        #expect(output.errors == ["undeclared namespace prefix 'nope' in 'nope:T'"])
        #expect(output.places(of: "prefix") == ["t.xsd:2"])
    }

    @Test func groupCycle() {
        let output = XSD.read("""
            <xs:group name="A"><xs:sequence><xs:group ref="t:B"/></xs:sequence></xs:group>
            <xs:group name="B"><xs:sequence><xs:element name="x" type="xs:int"/><xs:group ref="t:A" minOccurs="0"/></xs:sequence></xs:group>
            <xs:complexType name="T"><xs:sequence><xs:group ref="t:A"/></xs:sequence></xs:complexType>
            """)
        #expect(output.errors == ["circular group reference 't:A'"])
        #expect(output.places(of: "circular") == ["t.xsd:3"])
        #expect(output.record("T")?.names == ["x"])
    }

    @Test func badOccurrence() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="a" type="xs:int" minOccurs="-1"/>
              <xs:element name="b" type="xs:int" maxOccurs="many"/>
              <xs:element name="c" type="xs:int" minOccurs="3" maxOccurs="2"/>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.errors == [
            "invalid minOccurs '-1': expected a non-negative integer",
            "invalid maxOccurs 'many': expected a non-negative integer or unbounded",
            "minOccurs 3 is greater than maxOccurs 2",
        ])
        #expect(output.places(of: "Occurs") == ["t.xsd:3", "t.xsd:4", "t.xsd:5"])
    }

    @Test func unusedGroupsAreCheckedToo() {
        let output = XSD.read("""
            <xs:group name="Unused"><xs:sequence><xs:element name="a" type="t:Missing"/></xs:sequence></xs:group>
            <xs:attributeGroup name="AlsoUnused"><xs:attribute name="b" type="t:Gone"/></xs:attributeGroup>
            """)
        #expect(output.errors == ["undefined type 't:Missing'", "undefined type 't:Gone'"])
        #expect(output.types.isEmpty)
    }

    @Test func substitutionGroupCycle() {
        let output = XSD.read("""
            <xs:element name="A" substitutionGroup="t:B"/>
            <xs:element name="B" substitutionGroup="t:A"/>
            """)
        #expect(output.errors == ["circular substitution group: element 'A' is its own head"])
    }

    @Test func invalidNamesAreRefused() {
        let output = XSD.read("""
            <xs:complexType name="A/b"/>
            <xs:complexType name="T"><xs:sequence><xs:element name="x y" type="xs:int"/></xs:sequence></xs:complexType>
            """)
        #expect(output.errors == ["'A/b' is not a valid name for xs:complexType", "xs:element needs a valid name or a ref"])
    }

    @Test func hostileNestingIsBoundedNotFatal() {
        let chain = (0..<300).map { "<xs:simpleType name=\"S\($0)\"><xs:restriction base=\"t:S\($0 + 1)\"/></xs:simpleType>" }
        let output = XSD.read(chain.joined(separator: "\n") + "\n<xs:simpleType name=\"S300\"><xs:restriction base=\"xs:int\"/></xs:simpleType>")
        #expect(output.types.count == 301)
        #expect(output.errors.allSatisfy { $0.contains("nest more than") })
        #expect(!output.errors.isEmpty)
    }

    @Test func longGroupAndDerivationChainsAreBoundedNotFatal() {
        let groups = (0..<300).map {
            "<xs:group name=\"G\($0)\"><xs:sequence><xs:element name=\"e\($0)\" type=\"xs:int\"/><xs:group ref=\"t:G\($0 + 1)\"/></xs:sequence></xs:group>"
        }
        let types = (0..<300).map {
            "<xs:complexType name=\"C\($0)\"><xs:complexContent><xs:extension base=\"t:C\($0 + 1)\"/></xs:complexContent></xs:complexType>"
        }
        let output = XSD.read((groups + types).joined(separator: "\n") + """

            <xs:group name="G300"><xs:sequence><xs:element name="last" type="xs:int"/></xs:sequence></xs:group>
            <xs:complexType name="C300"/>
            <xs:complexType name="T"><xs:group ref="t:G0"/></xs:complexType>
            """)
        #expect(!output.errors.isEmpty)
        #expect(output.errors.allSatisfy { $0.contains("nest more than") })
        #expect(output.types.count == 302)
    }

    @Test func exponentialGroupExpansionIsBounded() {
        var groups = (0..<24).map {
            "<xs:group name=\"G\($0)\"><xs:sequence><xs:group ref=\"t:G\($0 + 1)\"/><xs:group ref=\"t:G\($0 + 1)\"/></xs:sequence></xs:group>"
        }
        groups.append("<xs:group name=\"G24\"><xs:sequence><xs:element name=\"x\" type=\"xs:int\"/></xs:sequence></xs:group>")
        let output = XSD.read(groups.joined(separator: "\n") + "\n<xs:complexType name=\"T\"><xs:sequence><xs:group ref=\"t:G0\"/></xs:sequence></xs:complexType>")
        #expect(output.errors == ["group 'G0' expands to more than 1000000 particles in all; it is not expanded here"])
    }
}
