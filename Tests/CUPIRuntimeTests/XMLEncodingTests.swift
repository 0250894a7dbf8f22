@_spi(Generated) import CUPIRuntime
import Foundation
import LibXML
import Testing

@Suite struct XMLEncodingTests {
    static let hostile = [
        #"quote " and apostrophe ' "#, "<tag>", "a & b", "]]>", "]]]]><![CDATA[", "tab\there", "line\nbreak",
        "cr\r\nlf", "\r", "non-BMP 😀𝄞", "bidi \u{202E}evil", "   leading and trailing   ", "&amp;", "<!-- -->", "<?pi?>",
        "\u{85}\u{2028}", "",
    ]

    @Test(arguments: hostile)
    func hostileStringsRoundTripInTextAndAttributes(_ text: String) throws {
        let user = User(uri: text, alias: text, displayName: text)
        let data = try XMLCoding.encodeChecked(user, rootName: "User")
        // The output is well-formed for libxml2's DOM parser too, not only for our reader.
        _ = try XMLDocument.parse(Array(data), path: "hostile.xml")
        let again = try XMLCoding.decode(User.self, from: data, rootName: "User")
        #expect(again.alias == text)
        #expect(again.displayName == text)
        #expect(again.uri == text)
    }

    @Test func charactersXMLCannotCarryAreReplacedOrRefused() throws {
        let text = "bell\u{7} nul\u{0} esc\u{1B} nonchar\u{FFFE}\u{FFFF} ok"
        let user = User(uri: text, alias: text)
        let data = XMLCoding.encode(user, rootName: "User")
        _ = try XMLDocument.parse(Array(data), path: "controls.xml")
        let again = try XMLCoding.decode(User.self, from: data, rootName: "User")
        #expect(again.alias == "bell\u{FFFD} nul\u{FFFD} esc\u{FFFD} nonchar\u{FFFD}\u{FFFD} ok")
        #expect(again.uri == again.alias)
        let error = #expect(throws: XMLEncodingError.self) { try XMLCoding.encodeChecked(user, rootName: "User") }
        #expect(error?.message.contains("10 character(s)") == true)
    }

    @Test func namespacesAreDeclaredWhereNeeded() throws {
        struct Namespaced: XMLElementEncodable {
            func encode(xml element: XMLElementWriter) {
                element.attribute("plain", "1")
                element.attribute("own", namespace: "urn:a", "2")
                element.element("Inner", namespace: "urn:b", "x")
                element.element("Outer", namespace: "", "y")
                element.nilElement("Gone")
            }
        }
        let text = String(decoding: XMLCoding.encode(Namespaced(), rootName: "Root", rootNamespace: "urn:root"), as: UTF8.self)
        #expect(text == #"<?xml version="1.0" encoding="UTF-8"?><Root xmlns="urn:root" plain="1" xmlns:ns1="urn:a" ns1:own="2"><Inner xmlns="urn:b">x</Inner><Outer xmlns="">y</Outer><Gone xmlns="" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/></Root>"#)
        _ = try XMLDocument.parse(Array(text.utf8), path: "ns.xml")
    }

    @Test func attributesAfterContentAreDroppedAndReported() {
        struct Misordered: XMLElementEncodable {
            func encode(xml element: XMLElementWriter) {
                element.element("Child", "x")
                element.attribute("late", "1")
            }
        }
        #expect(String(decoding: XMLCoding.encode(Misordered(), rootName: "R"), as: UTF8.self).hasSuffix("<R><Child>x</Child></R>"))
        #expect(throws: XMLEncodingError.self) { try XMLCoding.encodeChecked(Misordered(), rootName: "R") }
    }

    @Test func nilElementReadsBackAsNil() throws {
        struct Nillable: XMLElementCodable, Equatable {
            var name: String?
            init(name: String?) { self.name = name }
            init(xml element: XMLElementReader) throws {
                var name: String?
                try element.forEachChild { child in if child.localName == "Name", !child.isNil { name = try child.text() } }
                self.name = name
            }
            func encode(xml element: XMLElementWriter) {
                if let name { element.element("Name", name) } else { element.nilElement("Name") }
            }
        }
        let data = XMLCoding.encode(Nillable(name: nil), rootName: "N")
        #expect(try XMLCoding.decode(Nillable.self, from: data, rootName: "N") == Nillable(name: nil))
    }
}
