import Foundation
import Testing
@testable import CUPIGenerator

/// Each kind of hostile or broken input gets a located error, no model, and finishes quickly.
@Suite("Bad input")
struct BadInputTests {
    private func onlyError(_ result: Frontend.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        #expect(result.model == nil, sourceLocation: sourceLocation)
        return try #require(result.errors.first, sourceLocation: sourceLocation)
    }

    @Test func notWellFormedXMLHasLineAndColumn() throws {
        let input = try TemporaryInput(["a.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element name=\"a\">\n</xs:schema>\n"])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.location?.file == "a.xsd")
        #expect(error.location?.line == 3)
        #expect(error.location?.column != nil)
        #expect(error.formatted(root: "in").hasPrefix("in/a.xsd:3:"))
        #expect(error.formatted(root: "in").contains(": error: "))
    }

    @Test func missingInclude() throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd(#"<xs:include schemaLocation="gone.xsd"/>"#)])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.message.contains("missing include 'gone.xsd'"))
        #expect(error.location == ModelLocation(file: "a.xsd", line: 3))
    }

    @Test func includeCycle() throws {
        let input = try TemporaryInput([
            "a.xsd": Fragment.xsd(#"<xs:include schemaLocation="b.xsd"/>"#),
            "b.xsd": Fragment.xsd(#"<xs:include schemaLocation="a.xsd"/>"#),
        ])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.message == "include cycle: a.xsd → b.xsd → a.xsd")
        #expect(error.location == ModelLocation(file: "b.xsd", line: 3))
    }

    @Test func includeOutsideTheInputFolderIsRefusedUnlessAllowed() throws {
        let input = try TemporaryInput([
            "in/a.xsd": Fragment.xsd(#"<xs:include schemaLocation="../lib/b.xsd"/>"#),
            "lib/b.xsd": Fragment.xsd(#"<xs:element name="b" type="xs:string"/>"#),
        ])
        let error = try onlyError(input.load("in/a.xsd"))
        #expect(error.message.contains("points outside the input folder"))
        #expect(error.message.contains("--allow-outside"))
        let allowed = input.load("in/a.xsd", options: FrontendOptions(allowedOutside: [input.path("lib")]))
        #expect(allowed.errors.isEmpty, "\(allowed.errors)")
        #expect(allowed.model?.sourceFiles == ["../lib/b.xsd", "a.xsd"])
    }

    @Test func symbolicLinkOutOfTheFolderIsRefused() throws {
        let input = try TemporaryInput([
            "in/a.xsd": Fragment.xsd(#"<xs:include schemaLocation="link.xsd"/>"#),
            "secret/b.xsd": Fragment.xsd(""),
        ])
        try FileManager.default.createSymbolicLink(atPath: input.path("in/link.xsd"), withDestinationPath: input.path("secret/b.xsd"))
        let error = try onlyError(input.load("in/a.xsd"))
        #expect(error.message.contains("points outside the input folder"))
    }

    @Test(arguments: ["http://example.com/b.xsd", "https://example.com/b.xsd", "ftp://example.com/b.xsd"])
    func remoteIncludeIsRefused(url: String) throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd("<xs:include schemaLocation=\"\(url)\"/>")])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.message.contains("remote include '\(url)' refused"))
    }

    @Test func remoteGrammarInWADLIsRefused() throws {
        let input = try TemporaryInput(["application.wadl": Fragment.wadl("", grammars: #"<include href="https://example.com/x.xsd"/>"#)])
        let error = try onlyError(input.load("application.wadl"))
        #expect(error.message.contains("remote grammar include"))
    }

    @Test func externalEntityReadingALocalFileIsRefused() throws {
        let input = try TemporaryInput([
            "secret.txt": "TOP SECRET",
            "a.xsd": """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [ <!ENTITY leak SYSTEM "secret.txt"> ]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:annotation><xs:documentation>&leak;</xs:documentation></xs:annotation>
            </xs:schema>
            """,
        ])
        let result = input.load("a.xsd")
        let error = try onlyError(result)
        #expect(error.message.contains("external entity 'leak' refused"))
        #expect(error.location?.line == 4)
        #expect(!result.diagnostics.contains { $0.message.contains("TOP SECRET") })
    }

    @Test func entityExpansionBombIsStoppedQuickly() throws {
        var declarations = #"<!ENTITY a0 "BOOM BOOM BOOM BOOM BOOM BOOM BOOM BOOM BOOM BOOM">"#
        for level in 1...12 {
            declarations += "\n<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let input = try TemporaryInput(["a.xsd": """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [ \(declarations) ]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:annotation><xs:documentation>&a12;</xs:documentation></xs:annotation>
            </xs:schema>
            """])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.location?.file == "a.xsd")
    }

    @Test func quadraticBlowupInAttributesIsStopped() throws {
        let big = String(repeating: "x", count: 100_000)
        let input = try TemporaryInput(["a.xsd": """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [ <!ENTITY big "\(big)"> ]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" id="\(String(repeating: "&big;", count: 1_000))">
            </xs:schema>
            """])
        let error = try onlyError(input.load("a.xsd"))
        #expect(error.location?.file == "a.xsd")
    }

    @Test func tenMegabytesOfDeeplyNestedElements() throws {
        let depth = 1_000_000
        var text = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">"#
        text += String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</xs:schema>"
        #expect(text.utf8.count > 7_000_000)
        let input = try TemporaryInput(["deep.xsd": text])
        let error = try onlyError(input.load("deep.xsd"))
        #expect(error.location?.file == "deep.xsd")
        #expect(error.location?.column != nil)
    }

    @Test func undefinedElementInRepresentation() throws {
        let input = try TemporaryInput(["application.wadl": Fragment.wadl("""
            <resource path="a"><method name="GET"><response><representation mediaType="application/xml" element="Nope"/></response></method></resource>
            """)])
        let error = try onlyError(input.load("application.wadl"))
        #expect(error.message == "undefined element 'Nope' in representation")
        #expect(error.location?.line == 5)
    }

    @Test func notASchemaOrWADL() throws {
        let input = try TemporaryInput(["x.xml": "<html/>"])
        let error = try onlyError(input.load("x.xml"))
        #expect(error.message.contains("not a WADL application or an XML Schema"))
    }

    @Test func missingInputFile() throws {
        let result = Frontend.load("/nonexistent/cupi-gen/input.wadl")
        let error = try onlyError(result)
        #expect(error.location == nil)
        #expect(error.formatted(root: ".").hasPrefix("cupi-gen: error: no such file"))
    }
}
