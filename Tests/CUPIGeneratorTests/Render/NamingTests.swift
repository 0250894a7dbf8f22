import Testing
@testable import CUPIGenerator

@Suite("Swift names")
struct NamingTests {
    @Test(arguments: [
        ("DtmfAccessId", "dtmfAccessId"), ("URI", "uri"), ("CallhandlerURI", "callhandlerURI"), ("ObjectId", "objectId"),
        ("XMLSchema", "xmlSchema"), ("total", "total"), ("x_virtual_fact_table", "xVirtualFactTable"),
        ("first-name", "firstName"), ("3rdParty", "_3rdParty"), ("default", "default"), ("ÄÖü", "unnamed"),
        ("SMTPProxyAddresses", "smtpProxyAddresses"), ("IsVmEnrolled", "isVmEnrolled"),
    ])
    func memberNames(schema: String, swift: String) {
        #expect(SwiftIdentifier.memberName(schema) == swift)
    }

    @Test(arguments: [
        ("user", "User"), ("Callhandler", "Callhandler"), ("x_virtual_fact_table", "XVirtualFactTable"),
        ("tns:weird.name", "TnsWeirdName"), ("9lives", "_9lives"),
    ])
    func typeNames(schema: String, swift: String) {
        #expect(SwiftIdentifier.typeName(schema) == swift)
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("alias") == "alias")
    }

    @Test func typeNameCollisionsAreNumberedAndReported() {
        let location = SourceLocation(file: "a.xsd", line: 1)
        func record(_ namespace: String, _ name: String, anonymous: Bool = false) -> TypeDefinition {
            TypeDefinition(name: QName(namespace, name), isAnonymous: anonymous, kind: .record(Record()), location: location)
        }
        let names = TypeNames([record("urn:a", "Item"), record("urn:b", "Item"), record("", "String"), record("", "Swift"), record("", "SchemaElements"),
                               record("", "/item", anonymous: true), record("", "user")],
                              overrides: ["user": "Account"])
        #expect(names.byType[QName("urn:a", "Item")] == "Item")
        #expect(names.byType[QName("urn:b", "Item")] == "Item2")
        #expect(names.byType[QName("", "/item")] == "Item3")
        // Generated code qualifies the standard library's names, so a schema may use them; module
        // names and the generator's own declarations stay off limits.
        #expect(names.byType[QName("", "String")] == "String")
        #expect(names.byType[QName("", "Swift")] == "SwiftType")
        #expect(names.byType[QName("", "SchemaElements")] == "SchemaElementsType")
        #expect(names.byType[QName("", "user")] == "Account")
        #expect(names.diagnostics.count == 2)
    }

    @Test func anonymousPathsBecomeWords() {
        let location = SourceLocation(file: "a.xsd", line: 1)
        func name(_ path: String) -> String {
            TypeNames.baseName(of: TypeDefinition(name: QName("", path), isAnonymous: true, kind: .record(Record()), location: location))
        }
        #expect(SwiftIdentifier.typeName(name("Callhandler/Greetings")) == "CallhandlerGreetings")
        #expect(SwiftIdentifier.typeName(name("Record/choice(1)")) == "RecordChoice")
        #expect(SwiftIdentifier.typeName(name("Record/choice(2)")) == "RecordChoice2")
        #expect(SwiftIdentifier.typeName(name("T/@kind")) == "TKind")
    }

    @Test func enumerationCaseNames() {
        #expect(EnumCaseName.make("Supervised", documentation: nil) == "supervised")
        #expect(EnumCaseName.make("1", documentation: "Supervised: the call is supervised.") == "supervised")
        #expect(EnumCaseName.make("-1", documentation: nil) == "valueMinus1")
        #expect(EnumCaseName.make("", documentation: nil) == "empty")
        #expect(EnumCaseName.make("*", documentation: nil) == "star")
        #expect(EnumCaseName.make("#", documentation: nil) == "pound")
        #expect(EnumCaseName.make("1.5", documentation: nil) == "value1Dot5")
    }
}

@Suite("Schema text in generated code")
struct LiteralTests {
    @Test func stringLiteralsCannotBeEscaped() {
        #expect(SwiftLiteral.string(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(SwiftLiteral.string("line\nbreak\r") == #""line\nbreak\r""#)
        #expect(SwiftLiteral.string("\u{202E}evil\u{2066}") == #""\u{202e}evil\u{2066}""#)
        #expect(SwiftLiteral.string("\u{2028}\u{0}") == #""\u{2028}\u{0}""#)
        #expect(SwiftLiteral.string("Zürich 東京") == "\"Zürich 東京\"")
        #expect(SwiftLiteral.string(#"\(exit(1))"#) == #""\\(exit(1))""#)
    }

    @Test func documentationCannotEndTheComment() {
        let lines = SwiftLiteral.documentation("first\nsecond\u{2028}import Evil\r\n*/ struct X {}\u{202E}")
        #expect(lines == ["first", "second", "import Evil", "", "*/ struct X {}"])
    }
}

@Suite("Endpoint group names")
struct EndpointGroupNameTests {
    static let vocabulary = ["notification": "Notification", "devices": "Devices", "user": "User", "default": "Default",
                             "templates": "Templates", "on": "On"]

    @Test func aLowerCaseSegmentIsSplitIntoTheSchemasWords() {
        #expect(EndpointGroup.split("notificationdevices", vocabulary: Self.vocabulary) == ["Notification", "Devices"])
        #expect(EndpointGroup.split("userdefaulttemplates", vocabulary: Self.vocabulary) == ["User", "Default", "Templates"])
    }

    @Test func aSegmentTheWordsDoNotSpellStaysWhole() {
        #expect(EndpointGroup.split("serverconfigs", vocabulary: Self.vocabulary) == nil)
        #expect(EndpointGroup.split("devices", vocabulary: Self.vocabulary) == nil, "one word needs no split")
        for short in ["", "a", "on", "abc", "x-y"] { #expect(EndpointGroup.split(short, vocabulary: Self.vocabulary) == nil) }
    }
}
