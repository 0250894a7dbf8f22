import Testing
@testable import CUPIGenerator

@Suite("Loading files")
struct InputFilesTests {
    @Test func jerseyStyleSchemaPathInsideTheWADLMeansBesideIt() throws {
        let input = try TemporaryInput([
            "application.wadl": Fragment.wadl("", grammars: #"<include href="application.wadl/xsd0.xsd"/>"#),
            "xsd0.xsd": Fragment.xsd(""),
        ])
        let result = input.load("application.wadl")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.model?.sourceFiles == ["application.wadl", "xsd0.xsd"])
    }

    @Test func aFolderMeansItsApplicationWADL() throws {
        let input = try TemporaryInput(["application.wadl": Fragment.wadl("<resource path=\"a\"><method name=\"GET\"/></resource>")])
        let result = Frontend.load(input.folder)
        #expect(result.model?.operations.count == 1)
    }

    @Test func chameleonIncludeTakesTheIncludersNamespace() throws {
        let input = try TemporaryInput([
            "a.xsd": Fragment.xsd(#"<xs:include schemaLocation="common.xsd"/>"#, targetNamespace: "urn:a"),
            "common.xsd": Fragment.xsd(""),
        ])
        let result = input.load("a.xsd")
        #expect(result.errors.isEmpty)
        #expect(result.model?.sourceFiles == ["a.xsd", "common.xsd"])
    }

    @Test func includeWithAnotherNamespaceIsAnError() throws {
        let input = try TemporaryInput([
            "a.xsd": Fragment.xsd(#"<xs:include schemaLocation="b.xsd"/>"#, targetNamespace: "urn:a"),
            "b.xsd": Fragment.xsd("", targetNamespace: "urn:b"),
        ])
        #expect(input.load("a.xsd").errors.first?.message.contains("has targetNamespace 'urn:b'") == true)
    }

    @Test func importWithoutLocationUsesTheSchemaMap() throws {
        let input = try TemporaryInput([
            "in/a.xsd": Fragment.xsd(#"<xs:import namespace="urn:b"/>"#, targetNamespace: "urn:a"),
            "elsewhere/b.xsd": Fragment.xsd("", targetNamespace: "urn:b"),
        ])
        let unmapped = input.load("in/a.xsd")
        #expect(unmapped.warnings.contains { $0.message.contains("--schema-map 'urn:b=PATH'") })
        let mapped = input.load("in/a.xsd", options: FrontendOptions(schemaMap: ["urn:b": input.path("elsewhere/b.xsd")]))
        #expect(mapped.diagnostics.isEmpty, "\(mapped.diagnostics)")
        #expect(mapped.model?.sourceFiles == ["../elsewhere/b.xsd", "a.xsd"])
    }

    @Test func mutualImportsAreFine() throws {
        let input = try TemporaryInput([
            "a.xsd": Fragment.xsd(#"<xs:import namespace="urn:b" schemaLocation="b.xsd"/>"#, targetNamespace: "urn:a"),
            "b.xsd": Fragment.xsd(#"<xs:import namespace="urn:a" schemaLocation="a.xsd"/>"#, targetNamespace: "urn:b"),
        ])
        let result = input.load("a.xsd")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func pathTemplates() {
        #expect(PathTemplate.parse("{id: [0-9]+}/x/{y}").path == "{id}/x/{y}")
        #expect(PathTemplate.parse("a/{id:\\d{2,3}}").names == ["id"])
        #expect(PathTemplate.join("/a/", "/b//c/") == "a/b/c")
        #expect(FilePath.normalize("a/./b/../../../c") == "../c")
        #expect(FilePath.join("in", "/abs/x") == "/abs/x")
    }
}
