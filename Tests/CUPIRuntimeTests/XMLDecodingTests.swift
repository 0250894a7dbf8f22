@_spi(Generated) import CUPIRuntime
import Foundation
import Testing

@Suite struct XMLDecodingTests {
    static let userXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <User URI="/vmrest/users/abc" unknownAttribute="ignored">
          <ObjectId>abc</ObjectId>
          <Alias>jdoe</Alias>
          <FutureField><Nested deep="1"><Deeper/></Nested></FutureField>
          <ListInDirectory> true </ListInDirectory>
          <TransferType>7</TransferType>
          <Rating>-1.5E3</Rating>
          <AlternateExtensions>
            <AlternateExtension><DtmfAccessId>5001</DtmfAccessId><IdIndex>1</IdIndex></AlternateExtension>
            <AlternateExtension><IdIndex>2</IdIndex></AlternateExtension>
          </AlternateExtensions>
        </User>
        """

    @Test func decodesAttributesElementsAndSkipsUnknowns() throws {
        let user = try XMLCoding.decode(User.self, from: Data(Self.userXML.utf8), rootName: "User")
        #expect(user.uri == "/vmrest/users/abc")
        #expect(user.objectId == "abc")
        #expect(user.alias == "jdoe")
        #expect(user.listInDirectory == true)
        #expect(user.transferType == .unknown("7"))
        #expect(user.rating == -1500)
        #expect(user.alternateExtensions == [AlternateExtension(dtmfAccessId: "5001", idIndex: 1), AlternateExtension(idIndex: 2)])
    }

    @Test func roundTripsThroughXML() throws {
        let user = try XMLCoding.decode(User.self, from: Array(Self.userXML.utf8), rootName: "User")
        let written = XMLCoding.encode(user, rootName: "User")
        let again = try XMLCoding.decode(User.self, from: written, rootName: "User")
        #expect(again == user)
        #expect(XMLCoding.encode(again, rootName: "User") == written)
    }

    @Test func writesExpectedBytes() {
        let user = User(uri: "/u/1", alias: "a&b", listInDirectory: false, alternateExtensions: [AlternateExtension(dtmfAccessId: "1")])
        let text = String(decoding: XMLCoding.encode(user, rootName: "User"), as: UTF8.self)
        #expect(text == #"<?xml version="1.0" encoding="UTF-8"?><User URI="/u/1"><Alias>a&amp;b</Alias><ListInDirectory>false</ListInDirectory><AlternateExtensions><AlternateExtension><DtmfAccessId>1</DtmfAccessId></AlternateExtension></AlternateExtensions></User>"#)
    }

    @Test func decodesListWithTotal() throws {
        let xml = #"<Users total="2"><User><Alias>a</Alias></User><User><Alias>b</Alias></User></Users>"#
        let users = try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users")
        #expect(users.total == 2)
        #expect(users.users.map(\.alias) == ["a", "b"])
    }

    @Test func itemByItemReadsTheItemsDecodeReads() throws {
        let xml = #"<Users total="2"><User><Alias>a</Alias></User><Other><User/></Other><User><Alias>b</Alias></User></Users>"#
        var aliases: [String?] = []
        try XMLCoding.forEachItem(User.self, in: Data(xml.utf8), rootName: "Users", itemName: "User") { aliases.append($0.alias) }
        #expect(aliases == ["a", "b"])
        #expect(aliases == (try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users")).users.map(\.alias))

        let bad = "<Users>\n<User/>\n<User/>\n<User>\n<ListInDirectory>maybe</ListInDirectory></User></Users>"
        var seen = 0
        let error = #expect(throws: XMLDecodingError.self) {
            try XMLCoding.forEachItem(User.self, in: Data(bad.utf8), rootName: "Users", itemName: "User") { _ in seen += 1 }
        }
        #expect(error?.path == "Users/User[3]/ListInDirectory" && error?.line == 5)
        #expect(seen == 2)
        let truncated = #expect(throws: XMLDecodingError.self) {
            try XMLCoding.forEachItem(User.self, in: Data("<Users><User/><User>".utf8), rootName: "Users", itemName: "User") { _ in }
        }
        #expect(truncated != nil)
        let root = #expect(throws: XMLDecodingError.self) {
            try XMLCoding.forEachItem(User.self, in: Data("<Contacts/>".utf8), rootName: "Users", itemName: "User") { _ in }
        }
        #expect(root?.message.contains("expected root element <Users>") == true)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try XMLCoding.forEachItem(User.self, in: Data(xml.utf8), rootName: "Users", itemName: "User") { _ in throw Stop() }
        }
    }

    @Test func badLexicalValueNamesPathAndLine() {
        let xml = "<Users>\n<User/>\n<User/>\n<User>\n<ListInDirectory>maybe</ListInDirectory></User></Users>"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users") }
        #expect(error?.path == "Users/User[3]/ListInDirectory")
        #expect(error?.line == 5)
        #expect(error?.message == "'maybe' is not a valid xs:boolean")
    }

    @Test func badAttributeValueNamesElement() {
        let xml = "<Users total=\"many\"/>"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users") }
        #expect(error?.path == "Users")
        #expect(error?.message.contains("'many' is not a valid") == true)
    }

    @Test func wrongRootIsAnError() {
        let error = #expect(throws: XMLDecodingError.self) {
            try XMLCoding.decode(Users.self, from: Data("<User/>".utf8), rootName: "Users")
        }
        #expect(error?.message == "expected root element <Users>, found <User>")
        #expect(throws: XMLDecodingError.self) {
            try XMLCoding.decode(Users.self, from: Data(#"<Users xmlns="urn:other"/>"#.utf8), rootName: "Users")
        }
    }

    @Test func truncatedInputIsAnErrorWithLine() {
        let xml = "<Users>\n<User>\n<Alias>jd"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users") }
        #expect(error?.line != nil)
        for cut in stride(from: 0, to: Self.userXML.utf8.count, by: 7) {
            let prefix = Data(Self.userXML.utf8.prefix(cut))
            #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: prefix, rootName: "User") }
        }
    }

    @Test func malformedInputIsAnErrorWithLineAndColumn() {
        let xml = "<Users>\n  <User><Alias>a</Alis></User>\n</Users>"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Users.self, from: Data(xml.utf8), rootName: "Users") }
        #expect(error?.line == 2)
        #expect(error?.column != nil)
        for garbage in ["", "   ", "<", "<a", "<Users><User>&bogus;</User></Users>", "<Users></Users><Users/>",
                        "<Users><p:User/></Users>", "\u{0}\u{1}", "<Users a='1' a='2'/>"] {
            #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Users.self, from: Data(garbage.utf8), rootName: "Users") }
        }
    }

    @Test func refusesDoctypeAndEntities() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <User><Alias>&lol2;</Alias></User>
            """
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: Data(bomb.utf8), rootName: "User") }
        #expect(error?.message.contains("DOCTYPE") == true)
        let external = #"<!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><User><Alias>&x;</Alias></User>"#
        #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: Data(external.utf8), rootName: "User") }
    }

    @Test func predefinedAndCharacterReferencesAreDecoded() throws {
        let xml = #"<User URI="a&quot;b&#10;c"><Alias>&lt;&amp;&gt;&apos;&#x1F600;</Alias></User>"#
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        #expect(user.alias == "<&>'😀")
        #expect(user.uri == "a\"b\nc")
    }

    @Test func xsiNil() throws {
        let xml = #"<User xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><DisplayName xsi:nil="true"/><ListInDirectory xsi:nil="1"/></User>"#
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        #expect(user.displayName == nil)
        #expect(user.listInDirectory == nil)
    }

    @Test func cdataCommentsAndEmptyElements() throws {
        let xml = "<User><ObjectId/><Alias><![CDATA[<not & markup>]]> tail<!-- note --> end</Alias><DisplayName></DisplayName></User>"
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        #expect(user.objectId == "")
        #expect(user.alias == "<not & markup> tail end")
        #expect(user.displayName == "")
    }

    /// Booleans and integers are parsed from the text's bytes: text that libxml2 splits around a
    /// comment or CDATA must still be read whole, and a bad value still named with its element.
    @Test func splitTextParsesWhole() throws {
        let xml = "<User><ListInDirectory> tr<!-- x -->ue </ListInDirectory><AlternateExtensions><AlternateExtension>"
            + "<IdIndex><![CDATA[1]]>2<!-- y -->3</IdIndex></AlternateExtension></AlternateExtensions></User>"
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        #expect(user.listInDirectory == true)
        #expect(user.alternateExtensions.first?.idIndex == 123)
        let bad = "<User><AlternateExtensions><AlternateExtension><IdIndex>1<!-- z -->x</IdIndex></AlternateExtension></AlternateExtensions></User>"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: Data(bad.utf8), rootName: "User") }
        #expect(error?.message == "'1x' is not a valid xs:long")
        #expect(error?.path == "User/AlternateExtensions/AlternateExtension/IdIndex")
    }

    @Test func childElementInSimpleValueIsAnError() {
        let xml = "<User><Alias>a<b/></Alias></User>"
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User") }
        #expect(error?.path == "User/Alias/b")
    }

    @Test func namespacesAreHonoured() throws {
        let xml = """
            <User xmlns:o="urn:other"><o:Alias>wrong</o:Alias><Alias xmlns="urn:also-other">wrong too</Alias><Alias>right</Alias></User>
            """
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        #expect(user.alias == "right")
        #expect(user.extras.map(\.namespace) == ["urn:other", "urn:also-other"])
        let namespaced = try XMLCoding.decode(
            User.self, from: Data(#"<u:User xmlns:u="urn:cupi"><Alias xmlns="">x</Alias></u:User>"#.utf8),
            rootName: "User", rootNamespace: "urn:cupi")
        #expect(namespaced.alias == "x")
    }

    @Test func captureKeepsUnknownContent() throws {
        let xml = #"<User><x:Extra xmlns:x="urn:x" a="1" x:b="2">  <y>text</y> <z/>  </x:Extra></User>"#
        let user = try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User")
        let extra = try #require(user.extras.first)
        #expect(extra.localName == "Extra")
        #expect(extra.attributes == [XMLAttributeValue(localName: "a", value: "1"), XMLAttributeValue(namespace: "urn:x", localName: "b", value: "2")])
        #expect(extra.children == [
            .element(AnyXMLElement(localName: "y", children: [.text("text")])),
            .element(AnyXMLElement(localName: "z")),
        ])
        let again = try XMLCoding.decode(User.self, from: XMLCoding.encode(user, rootName: "User"), rootName: "User")
        #expect(again == user)
    }

    @Test func mixedContentKeepsTextUnhandledElementsAndThePlacesOfHandledOnes() throws {
        let xml = "<p>Hello <b>big</b> <i>world</i>!</p>"
        let paragraph = try XMLCoding.decode(Paragraph.self, from: Data(xml.utf8), rootName: "p")
        #expect(paragraph.bold == ["big"])
        #expect(paragraph.content == [.text("Hello "), .typedChild(namespace: "", localName: "b"), .text(" "),
                                      .element(AnyXMLElement(localName: "i", children: [.text("world")])), .text("!")])
    }

    @Test func simpleContentWithAttribute() throws {
        let greeting = Greeting(language: "fr", text: "Bonjour <ami> & \"toi\"")
        let data = XMLCoding.encode(greeting, rootName: "Greeting")
        #expect(String(decoding: data, as: UTF8.self).contains(#"xml:lang="fr""#))
        #expect(try XMLCoding.decode(Greeting.self, from: data, rootName: "Greeting") == greeting)
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let depth = 5000
        let xml = "<User><Extra xmlns=\"urn:x\">" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</Extra></User>"
        #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(User.self, from: Data(xml.utf8), rootName: "User") }
    }

    @Test func contentCanBeReadOnlyOnce() {
        struct Twice: XMLElementDecodable {
            init(xml element: XMLElementReader) throws {
                _ = try element.text()
                _ = try element.text()
            }
        }
        let error = #expect(throws: XMLDecodingError.self) { try XMLCoding.decode(Twice.self, from: Data("<a>x</a>".utf8), rootName: "a") }
        #expect(error?.message.contains("already read") == true)
    }

    @Test func recoversWhenGeneratedCodeCatchesAChildError() throws {
        struct Lenient: XMLElementDecodable {
            var numbers: [Int] = []
            var tail: String?
            init(xml element: XMLElementReader) throws {
                try element.forEachChild { child in
                    switch child.localName {
                    case "n": if let item = try? child.decode(Strict.self) { numbers.append(item.value) }
                    case "tail": tail = try child.text()
                    default: break
                    }
                }
            }
        }
        struct Strict: XMLElementDecodable {
            var value = 0
            init(xml element: XMLElementReader) throws {
                try element.forEachChild { child in value = try child.value(Int.self) }
            }
        }
        let xml = "<r><n><v>1</v></n><n><v>x</v><v>9</v><deep><er/></deep></n><n><v>3</v></n><tail>end</tail></r>"
        let lenient = try XMLCoding.decode(Lenient.self, from: Data(xml.utf8), rootName: "r")
        #expect(lenient.numbers == [1, 3])
        #expect(lenient.tail == "end")
    }

    @Test func lineNumbersAndPaths() throws {
        struct Probe: XMLElementDecodable {
            var seen: [String] = []
            init(xml element: XMLElementReader) throws {
                try element.forEachChild { child in
                    try child.forEachChild { grandchild in seen.append("\(grandchild.path)@\(grandchild.line)") }
                }
            }
        }
        let xml = "<a>\n<b>\n<c/>\n<c/>\n<d/><c/>\n</b>\n</a>"
        let probe = try XMLCoding.decode(Probe.self, from: Data(xml.utf8), rootName: "a")
        #expect(probe.seen == ["a/b/c@3", "a/b/c[2]@4", "a/b/d@5", "a/b/c@5"])
    }

    @Test func otherEncodingsAreConverted() throws {
        let latin1: [UInt8] = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><User><Alias>"#.utf8) + [0xE9] + Array("</Alias></User>".utf8)
        #expect(try XMLCoding.decode(User.self, from: latin1, rootName: "User").alias == "é")
    }
}
