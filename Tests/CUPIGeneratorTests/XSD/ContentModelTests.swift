import Testing
@testable import CUPIGenerator

@Suite("XSD content models")
struct XSDContentModelTests {
    @Test func sequenceOfElementsWithOccurrence() {
        let output = XSD.read("""
            <xs:complexType name="User">
              <xs:sequence>
                <xs:element name="Alias" type="xs:string"/>
                <xs:element name="Phone" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element name="Pin" type="xs:int" minOccurs="2" maxOccurs="5"/>
              </xs:sequence>
            </xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let user = output.record("User")
        #expect(user?.names == ["Alias", "Phone", "Pin"])
        #expect(user?.field("Alias")?.type == .xsd("string"))
        #expect(user?.field("Alias")?.name == QName("", "Alias"))
        #expect(user?.field("Alias")?.occurs == .one)
        #expect(user?.field("Phone")?.occurs == Occurrence(min: 0, max: nil))
        #expect(user?.field("Pin")?.occurs == Occurrence(min: 2, max: 5))
        #expect(user?.field("Pin")?.location == SourceLocation(file: "t.xsd", line: 6))
        #expect(output.type("User")?.location == SourceLocation(file: "t.xsd", line: 2))
    }

    @Test func nestedSequenceOccurringOnceIsFlattened() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="a" type="xs:string"/>
              <xs:sequence><xs:element name="b" type="xs:string"/><xs:element name="c" type="xs:string"/></xs:sequence>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.record("T")?.names == ["a", "b", "c"])
        #expect(output.types.count == 1)
    }

    @Test func optionalSequenceIsFlattenedWithOptionalFields() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:sequence minOccurs="0"><xs:element name="b" type="xs:string"/><xs:element name="c" type="xs:string" maxOccurs="3"/></xs:sequence>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.record("T")?.fields.map(\.occurs) == [.optional, Occurrence(min: 0, max: 3)])
    }

    @Test func repeatingSequenceBecomesSynthesizedRecord() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="a" type="xs:string"/>
              <xs:sequence maxOccurs="unbounded"><xs:element name="k" type="xs:string"/><xs:element name="v" type="xs:string"/></xs:sequence>
              <xs:sequence minOccurs="0" maxOccurs="2"><xs:element name="x" type="xs:string"/><xs:element name="y" type="xs:string"/></xs:sequence>
            </xs:sequence></xs:complexType>
            """)
        let fields = output.record("T")?.fields ?? []
        #expect(fields.map(\.kind) == [.element, .sequence, .sequence])
        #expect(fields[1].type == XSD.name("T/sequence(1)"))
        #expect(fields[1].occurs == Occurrence(min: 1, max: nil))
        #expect(fields[2].type == XSD.name("T/sequence(2)"))
        #expect(output.record("T/sequence(1)")?.names == ["k", "v"])
        #expect(output.type("T/sequence(1)")?.isAnonymous == true)
    }

    @Test func choiceBecomesSynthesizedChoiceType() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:choice maxOccurs="unbounded">
                <xs:element name="a" type="xs:string"/>
                <xs:sequence><xs:element name="b" type="xs:string"/><xs:element name="c" type="xs:string"/></xs:sequence>
                <xs:choice><xs:element name="d" type="xs:string"/><xs:any namespace="##other"/></xs:choice>
                <xs:choice maxOccurs="2"><xs:element name="e" type="xs:int"/><xs:element name="f" type="xs:int"/></xs:choice>
              </xs:choice>
              <xs:choice><xs:element name="g" type="xs:string"/><xs:element name="h" type="xs:string"/></xs:choice>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let fields = output.record("T")?.fields ?? []
        #expect(fields.map(\.kind) == [.choice, .choice])
        #expect(fields.map(\.type) == [XSD.name("T/choice(1)"), XSD.name("T/choice(2)")])
        #expect(fields[0].occurs == Occurrence(min: 1, max: nil))
        let alternatives = output.choice("T/choice(1)")?.alternatives ?? []
        // The once-occurring nested choice offers its alternatives directly.
        #expect(alternatives.map(\.kind) == [.element, .sequence, .element, .any, .choice])
        #expect(alternatives[1].type == XSD.name("T/choice(1)/sequence(1)"))
        #expect(alternatives[3].wildcard == Wildcard(namespace: "##other", processContents: "strict"))
        #expect(alternatives[4].type == XSD.name("T/choice(1)/choice(1)"))
        #expect(alternatives[4].occurs == Occurrence(min: 1, max: 2))
        #expect(output.record("T/choice(1)/sequence(1)")?.names == ["b", "c"])
        #expect(output.choice("T/choice(1)/choice(1)")?.alternatives.map { $0.name?.name } == ["e", "f"])
    }

    @Test func choiceWithAnEmptyOrOptionalAlternativeIsOptional() {
        let output = XSD.read("""
            <xs:complexType name="T">
              <xs:choice><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/></xs:choice>
            </xs:complexType>
            """)
        #expect(output.record("T")?.fields.first?.occurs == .optional)
    }

    @Test func choiceWithOneAlternativeBehavesLikeSequence() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:sequence>
              <xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element name="a" type="xs:string"/></xs:choice>
              <xs:choice><xs:sequence><xs:element name="b" type="xs:string"/><xs:element name="c" type="xs:string"/></xs:sequence></xs:choice>
            </xs:sequence></xs:complexType>
            """)
        let fields = output.record("T")?.fields ?? []
        #expect(fields.map(\.kind) == [.element, .element, .element])
        #expect(fields.first?.occurs == Occurrence(min: 0, max: nil))
        #expect(!output.types.contains { $0.name.name.contains("choice") })
    }

    @Test func allReadsLikeSequence() {
        let output = XSD.read("""
            <xs:complexType name="T"><xs:all minOccurs="0">
              <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/>
            </xs:all></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.record("T")?.fields.map(\.occurs) == [.optional, .optional])
    }

    @Test func groupReferencesExpandInlineWithTheirOccurrence() {
        let output = XSD.read("""
            <xs:group name="Pair"><xs:sequence>
              <xs:element name="k" type="xs:string"/><xs:element name="v"><xs:complexType/></xs:element>
            </xs:sequence></xs:group>
            <xs:complexType name="T"><xs:sequence>
              <xs:group ref="t:Pair"/>
              <xs:group ref="t:Pair" maxOccurs="unbounded"/>
            </xs:sequence></xs:complexType>
            """)
        #expect(output.diagnostics.isEmpty)
        let record = output.record("T")
        #expect(record?.names == ["k", "v", "sequence"])
        #expect(record?.field("v")?.type == XSD.name("T/v"))
        #expect(output.record("T/sequence(1)")?.field("v")?.type == XSD.name("T/sequence(1)/v"))
    }

    @Test func wildcardsKeepNamespaceAndProcessContents() {
        let output = XSD.read("""
            <xs:complexType name="T">
              <xs:sequence><xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
              <xs:anyAttribute namespace="##any" processContents="skip"/>
            </xs:complexType>
            """)
        let fields = output.record("T")?.fields ?? []
        #expect(fields.map(\.kind) == [.any, .anyAttribute])
        #expect(fields[0].wildcard == Wildcard(namespace: "##other", processContents: "lax"))
        #expect(fields[0].occurs == Occurrence(min: 0, max: nil))
        #expect(fields[1].wildcard == Wildcard(namespace: "##any", processContents: "skip"))
        #expect(fields[1].occurs == .optional)
    }

    @Test func mixedContent() {
        let output = XSD.read("""
            <xs:complexType name="T" mixed="true"><xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence></xs:complexType>
            <xs:complexType name="U"><xs:complexContent mixed="true"><xs:restriction base="xs:anyType"/></xs:complexContent></xs:complexType>
            """)
        #expect(output.record("T")?.isMixed == true)
        #expect(output.record("U")?.isMixed == true)
        #expect(output.record("U")?.base == nil)
    }
}
