import Testing
@testable import CUPIGenerator

/// `FrontendOptions.lenient` (diff's `--lenient`): what the entry file refers to may be missing
/// or broken; each gap is a warning and the model holds the rest. The entry file itself must
/// still parse, and nothing is fetched or read from outside.
@Suite("Lenient reading")
struct LenientReadingTests {
    private let lenient = FrontendOptions(lenient: true)

    @Test func missingIncludeAndUndefinedElementAreWarningsAndTheRestIsRead() throws {
        let input = try TemporaryInput(["application.wadl": Fragment.wadl("""
            <resource path="a"><method name="GET"><response><representation mediaType="application/xml" element="Nope"/></response></method></resource>
            <resource path="b"><method name="DELETE"/></resource>
            """, grammars: #"<include href="gone.xsd"/>"#)])
        let strict = input.load("application.wadl")
        #expect(strict.model == nil && strict.hasErrors)

        let result = input.load("application.wadl", options: lenient)
        let model = try #require(result.model)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("missing grammar include 'gone.xsd'") })
        #expect(result.diagnostics.map(\.message).contains("undefined element 'Nope' in representation"))
        #expect(model.operations.map(\.method) == ["GET", "DELETE"])
    }

    @Test func entitiesOfAnExternalDTDAreLeftOutWithALocatedWarning() throws {
        let input = try TemporaryInput([
            "common.ent": #"<!ENTITY faults "<response status='500'/>">"#,
            "application.wadl": """
            <?xml version="1.0"?>
            <!DOCTYPE application [<!ENTITY % common SYSTEM "common.ent"> %common;]>
            <application xmlns="http://wadl.dev.java.net/2009/02">
              <resources base="http://example.com/">
                <resource path="a"><method name="GET">&faults;<response status="200"/></method></resource>
              </resources>
            </application>
            """,
        ])
        #expect(input.load("application.wadl").diagnostics.contains { $0.severity == .error && $0.message.contains("Entity 'faults' not defined") })

        let result = input.load("application.wadl", options: lenient)
        let warning = try #require(result.diagnostics.first { $0.message.contains("Entity 'faults' not defined") })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 5 && warning.location?.column != nil)
        // The DTD was not read: the 500 it declares is not in the model.
        let operation = try #require(result.model?.operations.first)
        #expect(operation.responses.map(\.statuses) == [[200]])
    }

    @Test func anUndeclaredEntityDoesNotExcuseOtherMalformation() throws {
        let input = try TemporaryInput(["a.xsd": """
            <!DOCTYPE xs:schema [<!ENTITY % e SYSTEM "e.ent"> %e;]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">&gone;
              <xs:element name="a"></xs:elementx>
            </xs:schema>
            """])
        let result = input.load("a.xsd", options: lenient)
        #expect(result.model == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location?.line == 3 })
    }

    @Test func anEntryFileThatIsNotWellFormedIsStillAnError() throws {
        let input = try TemporaryInput(["a.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"])
        let result = input.load("a.xsd", options: lenient)
        #expect(result.model == nil && result.hasErrors)
    }

    @Test func remoteImportsStayUnread() throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd("""
            <xs:import namespace="urn:x" schemaLocation="https://example.com/x.xsd"/>
            <xs:element name="a" type="xs:string"/>
            """)])
        let result = input.load("a.xsd", options: lenient)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("remote import 'https://example.com/x.xsd' refused") })
        #expect(result.model?.elements.map(\.name.name) == ["a"])
    }

    @Test func theXMLNamespacesSchemaIsBuiltInSoItsRemoteImportIsNoError() throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd("""
            <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="http://www.w3.org/2001/xml.xsd"/>
            <xs:element name="a"><xs:complexType><xs:attribute ref="xml:lang"/></xs:complexType></xs:element>
            """)])
        let result = input.load("a.xsd")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.model != nil)
    }
}
