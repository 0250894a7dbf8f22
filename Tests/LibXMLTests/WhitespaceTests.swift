import LibXML
import Testing

@Suite("XML whitespace")
struct WhitespaceTests {
    @Test(arguments: [
        ("  a b \t\n", "a b"), ("", ""), (" \t\r\n ", ""), ("\r\nx\r\n", "x"), ("x", "x"),
        ("é ", "é"), (" e\u{301} ", "e\u{301}"), ("\u{A0}x\u{A0}", "\u{A0}x\u{A0}"), (" 日本 語 ", "日本 語"),
    ])
    func trimsTheFourXMLSpacesOnly(_ input: String, _ expected: String) {
        #expect(input.trimmingXMLWhitespace() == expected)
        #expect(input[...].trimmingXMLWhitespace() == expected)
    }
}
