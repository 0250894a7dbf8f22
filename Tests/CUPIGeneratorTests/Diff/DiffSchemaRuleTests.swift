import Testing
@testable import CUPIGenerator

/// One minimal before/after schema per rule, run with `Item` sent in a request, received in a
/// response and in a bare XSD: each must find the rule at the level its direction gives.
@Suite("Diff: schema rules")
struct DiffSchemaRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var old: String
        var new: String
        var testDescription: String { rule }
    }

    /// `Item` with `content` as its sequence, plus other declarations.
    static func item(_ content: String, _ extra: String = "") -> String {
        """
        <xs:element name="Item" type="Item"/>
        <xs:complexType name="Item"><xs:sequence>\(content)</xs:sequence></xs:complexType>
        \(extra)
        """
    }

    static let a = #"<xs:element name="A" type="xs:string"/>"#
    static func code(_ restriction: String, base: String = "xs:string") -> String {
        #"<xs:simpleType name="Code"><xs:restriction base="\#(base)">\#(restriction)</xs:restriction></xs:simpleType>"#
    }
    static let choice = #"<xs:choice><xs:element name="B" type="xs:string"/><xs:element name="C" type="xs:string"/></xs:choice>"#
    static let d = #"<xs:element name="D" type="xs:string"/>"#
    static let codeField = #"<xs:element name="C" type="Code"/>"#

    static let cases: [Case] = [
        Case(rule: "required-field-added", old: item(a), new: item(a + #"<xs:element name="B" type="xs:string"/>"#)),
        Case(rule: "optional-field-added", old: item(a), new: item(a + #"<xs:element name="B" type="xs:string" minOccurs="0"/>"#)),
        Case(rule: "required-field-removed", old: item(a + #"<xs:element name="B" type="xs:string"/>"#), new: item(a)),
        Case(rule: "optional-field-removed", old: item(a + #"<xs:element name="B" type="xs:string" minOccurs="0"/>"#), new: item(a)),
        Case(rule: "field-became-required", old: item(#"<xs:element name="A" type="xs:string" minOccurs="0"/>"#), new: item(a)),
        Case(rule: "field-became-optional", old: item(a), new: item(#"<xs:element name="A" type="xs:string" minOccurs="0"/>"#)),
        Case(rule: "field-became-repeating", old: item(a), new: item(#"<xs:element name="A" type="xs:string" maxOccurs="unbounded"/>"#)),
        Case(rule: "field-became-single", old: item(#"<xs:element name="A" type="xs:string" maxOccurs="unbounded"/>"#), new: item(a)),
        Case(rule: "occurrence-tightened", old: item(#"<xs:element name="A" type="xs:string" maxOccurs="9"/>"#),
             new: item(#"<xs:element name="A" type="xs:string" minOccurs="2" maxOccurs="5"/>"#)),
        Case(rule: "occurrence-relaxed", old: item(#"<xs:element name="A" type="xs:string" minOccurs="2" maxOccurs="unbounded"/>"#),
             new: item(#"<xs:element name="A" type="xs:string" maxOccurs="unbounded"/>"#)),
        Case(rule: "field-became-nillable", old: item(a), new: item(#"<xs:element name="A" type="xs:string" nillable="true"/>"#)),
        Case(rule: "field-no-longer-nillable", old: item(#"<xs:element name="A" type="xs:string" nillable="true"/>"#), new: item(a)),
        Case(rule: "default-changed", old: item(#"<xs:element name="A" type="xs:string" default="x"/>"#),
             new: item(#"<xs:element name="A" type="xs:string" default="y"/>"#)),
        Case(rule: "fixed-changed", old: item(a), new: item(#"<xs:element name="A" type="xs:string" fixed="1"/>"#)),
        Case(rule: "type-changed", old: item(a), new: item(#"<xs:element name="A" type="xs:int"/>"#)),
        Case(rule: "type-renamed", old: item(#"<xs:element name="A" type="Old"/>"#, code(#"<xs:maxLength value="5"/>"#).replacingOccurrences(of: "Code", with: "Old")),
             new: item(#"<xs:element name="A" type="New"/>"#, code(#"<xs:maxLength value="5"/>"#).replacingOccurrences(of: "Code", with: "New"))),
        Case(rule: "type-kind-changed", old: item(codeField, code("")),
             new: item(codeField, #"<xs:complexType name="Code"><xs:sequence>\#(a)</xs:sequence></xs:complexType>"#)),
        Case(rule: "value-type-changed", old: item(codeField, code("")), new: item(codeField, code("", base: "xs:int"))),
        Case(rule: "enum-value-added", old: item(codeField, code(#"<xs:enumeration value="red"/>"#)),
             new: item(codeField, code(#"<xs:enumeration value="red"/><xs:enumeration value="blue"/>"#))),
        Case(rule: "enum-value-removed", old: item(codeField, code(#"<xs:enumeration value="red"/><xs:enumeration value="blue"/>"#)),
             new: item(codeField, code(#"<xs:enumeration value="red"/>"#))),
        Case(rule: "facet-tightened", old: item(codeField, code(#"<xs:maxLength value="10"/>"#)), new: item(codeField, code(#"<xs:maxLength value="5"/>"#))),
        Case(rule: "facet-relaxed", old: item(codeField, code(#"<xs:minInclusive value="5"/>"#, base: "xs:int")),
             new: item(codeField, code(#"<xs:minInclusive value="1"/>"#, base: "xs:int"))),
        Case(rule: "facet-changed", old: item(codeField, code(#"<xs:pattern value="[a-z]+"/>"#)), new: item(codeField, code(#"<xs:pattern value="[0-9]+"/>"#))),
        Case(rule: "choice-alternative-added", old: item(choice), new: item(choice.replacingOccurrences(of: "</xs:choice>", with: d + "</xs:choice>"))),
        Case(rule: "choice-alternative-removed", old: item(choice.replacingOccurrences(of: "</xs:choice>", with: d + "</xs:choice>")), new: item(choice)),
        Case(rule: "base-type-changed", old: item(a, #"<xs:complexType name="Base"><xs:sequence>\#(a)</xs:sequence></xs:complexType>"#),
             new: """
                <xs:element name="Item" type="Item"/>
                <xs:complexType name="Base"><xs:sequence>\(a)</xs:sequence></xs:complexType>
                <xs:complexType name="Item"><xs:complexContent><xs:extension base="Base"/></xs:complexContent></xs:complexType>
                """),
        Case(rule: "documentation-changed", old: item(a),
             new: item(#"<xs:element name="A" type="xs:string"><xs:annotation><xs:documentation>The A.</xs:documentation></xs:annotation></xs:element>"#)),
        Case(rule: "type-added", old: item(a), new: item(a, code(""))),
        Case(rule: "type-removed", old: item(a, code("")), new: item(a)),
        Case(rule: "global-element-added", old: item(a), new: item(a, #"<xs:element name="Extra" type="xs:string"/>"#)),
        Case(rule: "global-element-removed", old: item(a, #"<xs:element name="Extra" type="xs:string"/>"#), new: item(a)),
    ]

    @Test(arguments: cases, DiffFixture.Usage.allCases)
    func ruleFindsItsChangeAtTheDirectedLevel(_ example: Case, usage: DiffFixture.Usage) throws {
        let rule = try #require(DiffRule.named(example.rule))
        let changes = try DiffFixture.changes(DiffFixture.files(example.old, usage: usage), DiffFixture.files(example.new, usage: usage))
        let found = changes.of(example.rule)
        #expect(!found.isEmpty, "\(example.rule) not found in:\n\(changes.summary)")
        // Types only a bare schema declares, or not reachable from Item, flow both ways.
        let reachesItem = !["type-added", "type-removed", "global-element-added", "global-element-removed"].contains(example.rule)
        let direction = reachesItem ? usage.direction : .both
        for change in found {
            #expect(change.direction == direction, "\(change.message)")
            #expect(change.level == rule.level(for: direction), "\(change.message)")
        }
    }

    @Test func everySchemaRuleHasACase() {
        let covered = Set(Self.cases.map(\.rule))
        let missing = DiffRule.schemaRules.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty)
    }
}
