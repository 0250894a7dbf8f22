import Testing
@testable import CUPIGenerator

@Suite("XSD simple types")
struct XSDSimpleTypeTests {
    @Test func everyFacet() {
        let output = XSD.read("""
            <xs:simpleType name="S"><xs:restriction base="xs:decimal">
              <xs:pattern value="[0-9]+"/><xs:pattern value="x"/>
              <xs:length value="3"/><xs:minLength value="1"/><xs:maxLength value="5"/>
              <xs:minInclusive value="1"/><xs:maxInclusive value="9"/><xs:minExclusive value="0"/><xs:maxExclusive value="10"/>
              <xs:totalDigits value="4"/><xs:fractionDigits value="2"/><xs:whiteSpace value="collapse"/>
            </xs:restriction></xs:simpleType>
            """)
        #expect(output.diagnostics.isEmpty)
        guard case .simple(let simple)? = output.type("S")?.kind else {
            Issue.record("S is not simple")
            return
        }
        #expect(simple.base == .xsd("decimal"))
        #expect(simple.builtin == .xsd("decimal"))
        #expect(simple.facets == Facets(length: 3, minLength: 1, maxLength: 5, patterns: [["[0-9]+", "x"]], minInclusive: "1",
                                        maxInclusive: "9", minExclusive: "0", maxExclusive: "10", totalDigits: 4,
                                        fractionDigits: 2, whiteSpace: "collapse"))
    }

    @Test func facetsMergeAlongTheDerivationChain() {
        let output = XSD.read("""
            <xs:simpleType name="C"><xs:restriction base="t:B"><xs:maxLength value="8"/><xs:pattern value="c.*"/></xs:restriction></xs:simpleType>
            <xs:simpleType name="B"><xs:restriction base="t:A"><xs:maxLength value="10"/></xs:restriction></xs:simpleType>
            <xs:simpleType name="A"><xs:restriction base="xs:token"><xs:minLength value="2"/><xs:maxLength value="20"/><xs:pattern value="[a-z]+"/></xs:restriction></xs:simpleType>
            """)
        guard case .simple(let c)? = output.type("C")?.kind else {
            Issue.record("C is not simple")
            return
        }
        #expect(c.base == XSD.name("B"))
        #expect(c.builtin == .xsd("token"))
        #expect(c.facets == Facets(minLength: 2, maxLength: 8, patterns: [["[a-z]+"], ["c.*"]]))
    }

    @Test func enumerations() {
        let output = XSD.read("""
            <xs:simpleType name="Color"><xs:restriction base="xs:string">
              <xs:enumeration value="red"><xs:annotation><xs:documentation>Red.</xs:documentation></xs:annotation></xs:enumeration>
              <xs:enumeration value=" green "/>
            </xs:restriction></xs:simpleType>
            <xs:simpleType name="Short"><xs:restriction base="t:Color"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
            <xs:simpleType name="Red"><xs:restriction base="t:Color"><xs:enumeration value="red"/></xs:restriction></xs:simpleType>
            """)
        #expect(output.diagnostics.isEmpty)
        guard case .enumeration(let color)? = output.type("Color")?.kind,
              case .enumeration(let short)? = output.type("Short")?.kind,
              case .enumeration(let red)? = output.type("Red")?.kind else {
            Issue.record("not enumerations")
            return
        }
        #expect(color.values == [EnumerationValue(value: "red", documentation: "Red.", location: SourceLocation(file: "t.xsd", line: 3)),
                                 EnumerationValue(value: " green ", location: SourceLocation(file: "t.xsd", line: 4))])
        #expect(color.builtin == .xsd("string"))
        #expect(short.values.map(\.value) == ["red", " green "])
        #expect(short.facets.maxLength == 3)
        #expect(short.base == XSD.name("Color"))
        #expect(red.values.map(\.value) == ["red"])
    }

    @Test func listsAndUnions() {
        let output = XSD.read("""
            <xs:simpleType name="Ints"><xs:list itemType="xs:int"/></xs:simpleType>
            <xs:simpleType name="Codes"><xs:list><xs:simpleType><xs:restriction base="xs:string"><xs:length value="2"/></xs:restriction></xs:simpleType></xs:list></xs:simpleType>
            <xs:simpleType name="ShortInts"><xs:restriction base="t:Ints"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
            <xs:simpleType name="Size"><xs:union memberTypes="xs:int t:Ints">
              <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="auto"/></xs:restriction></xs:simpleType>
              <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="none"/></xs:restriction></xs:simpleType>
            </xs:union></xs:simpleType>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.type("Ints")?.kind == .list(ListType(itemType: .xsd("int"))))
        #expect(output.type("Codes")?.kind == .list(ListType(itemType: XSD.name("Codes/item"))))
        #expect(output.type("Codes/item")?.isAnonymous == true)
        #expect(output.type("ShortInts")?.kind == .list(ListType(itemType: .xsd("int"), facets: Facets(maxLength: 3))))
        #expect(output.type("Size")?.kind == .union(UnionType(memberTypes: [
            .xsd("int"), XSD.name("Ints"), XSD.name("Size/union(1)"), XSD.name("Size/union(2)"),
        ])))
        if case .enumeration(let auto)? = output.type("Size/union(1)")?.kind {
            #expect(auto.values.map(\.value) == ["auto"])
        } else {
            Issue.record("Size/union(1) is not an enumeration")
        }
    }

    @Test func anonymousBaseOfARestriction() {
        let output = XSD.read("""
            <xs:simpleType name="S"><xs:restriction>
              <xs:simpleType><xs:restriction base="xs:int"><xs:minInclusive value="0"/></xs:restriction></xs:simpleType>
              <xs:maxInclusive value="9"/>
            </xs:restriction></xs:simpleType>
            """)
        #expect(output.diagnostics.isEmpty)
        #expect(output.type("S")?.kind == .simple(SimpleType(base: XSD.name("S/base"), builtin: .xsd("int"),
                                                             facets: Facets(minInclusive: "0", maxInclusive: "9"))))
    }

    @Test func badFacetValuesAreErrors() {
        let output = XSD.read("""
            <xs:simpleType name="S"><xs:restriction base="xs:string">
              <xs:maxLength value="ten"/>
              <xs:totalDigits value="0"/>
              <xs:whiteSpace value="squash"/>
              <xs:pattern value="[a-"/>
            </xs:restriction></xs:simpleType>
            """)
        #expect(output.errors == [
            "invalid xs:maxLength 'ten': expected a non-negative integer",
            "invalid xs:totalDigits '0': expected a positive integer",
            "invalid whiteSpace 'squash': expected preserve, replace or collapse",
        ])
        #expect(output.places(of: "invalid") == ["t.xsd:3", "t.xsd:4", "t.xsd:5"])
        #expect(output.warnings == ["pattern '[a-' is not an XML Schema regular expression; it is ignored"])
        #expect(output.places(of: "pattern") == ["t.xsd:6"])
        if case .simple(let simple)? = output.type("S")?.kind { #expect(simple.facets.patterns.isEmpty) }
    }

    @Test func documentationIsPlainDedentedText() {
        let output = XSD.read("""
            <xs:simpleType name="S">
              <xs:annotation>
                <xs:appinfo>ignored</xs:appinfo>
                <xs:documentation>
                    First line.
                      Indented.
                </xs:documentation>
                <xs:documentation>Second <b>part</b>.</xs:documentation>
              </xs:annotation>
              <xs:restriction base="xs:string"/>
            </xs:simpleType>
            """)
        #expect(output.type("S")?.documentation == "First line.\n  Indented.\n\nSecond part.")
    }
}
