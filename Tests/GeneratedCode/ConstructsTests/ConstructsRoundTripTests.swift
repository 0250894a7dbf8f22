import ConstructsModel
import CUPIRuntime
import Foundation
import Testing

/// The code generated from Tests/ConstructsModel/constructs.xsd compiles (the build is that test)
/// and decodes what its names promise: schema names that are the decoders' own identifiers land
/// in their fields, not in the decoder's variables.
@Suite("Generated code for tricky constructs")
struct ConstructsRoundTripTests {
    static let namespace = "urn:cupi-gen:constructs"
    static let document = """
        <c:Tricky xmlns:c="urn:cupi-gen:constructs" xmlns:x="urn:other" attribute="a" knownAttributes="k" xml:lang="en">
          <c:element>e</c:element><c:value>7</c:value><c:child>one</c:child><c:child>two</c:child>
          <c:json>j</c:json><c:item>i</c:item><c:node>n</c:node><c:existing>x</c:existing><c:reuse>true</c:reuse>
          <c:self>s</c:self><c:default>d</c:default><c:String>str</c:String>
          <c:Note>Hello <c:b>bold</c:b> and <x:i>other</x:i>!</c:Note>
          <c:Pick><c:code>5</c:code></c:Pick><c:Pick><c:first>Ada</c:first><c:last>Lovelace</c:last></c:Pick>
        </c:Tricky>
        """

    @Test func namesThatAreTheDecodersOwnLandInTheirFields() throws {
        let tricky = try XMLCoding.decode(Tricky.self, from: Data(Self.document.utf8), rootName: "Tricky", rootNamespace: Self.namespace)
        #expect(tricky.element == "e" && tricky.value == 7 && tricky.child == ["one", "two"])
        #expect(tricky.json == "j" && tricky.item == "i" && tricky.node == "n" && tricky.existing == "x" && tricky.reuse == true)
        #expect(tricky.selfValue == "s" && tricky.default == "d" && tricky.string == "str")
        #expect(tricky.attribute == "a" && tricky.knownAttributes == "k" && tricky.lang == "en")
        #expect(tricky.color == .red, "the attribute's default applies")
        #expect(tricky.pick == [Pick(choice: .code(5)), Pick(choice: .pickChoiceSequence(PickChoiceSequence(first: "Ada", last: "Lovelace")))])
        let note = try #require(tricky.note)
        #expect(note.b == ["bold"])
        #expect(note.mixedContent.contains(.element(AnyXMLElement(namespace: "urn:other", localName: "i", children: [.text("other")]))),
                "an element the schema does not name stays in the mixed content")
        #expect(tricky.validate().isEmpty)
    }

    /// Simple types are `Codable` as their lexical string, a value the schema does not list
    /// included; records through their derived `Codable`, mixed content and all.
    @Test func codableRoundTrip() throws {
        let colors: [Color] = [.red, .unknown("mauve")]
        let encoded = try JSONEncoder().encode(colors)
        #expect(String(decoding: encoded, as: UTF8.self) == #"["\#(Color.red.lexical)","mauve"]"#)
        #expect(try JSONDecoder().decode([Color].self, from: encoded) == colors)
        let tricky = try XMLCoding.decode(Tricky.self, from: Data(Self.document.utf8), rootName: "Tricky", rootNamespace: Self.namespace)
        #expect(try JSONDecoder().decode(Tricky.self, from: JSONEncoder().encode(tricky)) == tricky)
    }

    @Test func xmlAndJSONRoundTrip() throws {
        let tricky = try XMLCoding.decode(Tricky.self, from: Data(Self.document.utf8), rootName: "Tricky", rootNamespace: Self.namespace)
        let xml = XMLCoding.encode(tricky, rootName: "Tricky", rootNamespace: Self.namespace)
        #expect(try XMLCoding.decode(Tricky.self, from: xml, rootName: "Tricky", rootNamespace: Self.namespace) == tricky)
        #expect(String(decoding: xml, as: UTF8.self).contains(#"<Note>Hello <b>bold</b> and <i xmlns="urn:other">other</i>!</Note>"#),
                "mixed content keeps every child in its place")

        // JSON has no place for mixed content, so the note's text and wildcard stay behind.
        var plain = tricky
        plain.note = nil
        let json = CUPIJSON.encode(plain)
        #expect(try CUPIJSON.decode(Tricky.self, from: json, rootName: "Tricky") == plain)
    }

    @Test func aTypeDecodedByComparingNames() throws {
        let few = try XMLCoding.decode(Few.self, from: Data("""
            <Few xmlns="urn:cupi-gen:constructs" child="c"><element>e</element><value>green</value><Pick><code>1</code></Pick></Few>
            """.utf8), rootName: "Few", rootNamespace: Self.namespace)
        #expect(few == Few(element: "e", value: .green, pick: Pick(choice: .code(1)), child: "c"))
    }

    @Test func anElementDeclaredAgainByAnExtensionGoesToTheBasesField() throws {
        let again = try XMLCoding.decode(Again.self, from: Data(#"<Again xmlns="urn:cupi-gen:constructs"><element>x</element></Again>"#.utf8),
                                         rootName: "Again", rootNamespace: Self.namespace)
        #expect(again.element == "x" && again.element2 == nil)
    }
}
