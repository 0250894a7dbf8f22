import Foundation
import Testing
@testable import CUPIGenerator

/// The diff compares meaning, not text: a description against itself, or against a copy with
/// other file names, other namespace prefixes and types moved between files, has no change.
@Suite("Diff: identity")
struct DiffIdentityTests {
    static let cupi = Fragment.repositoryRoot + "/Inputs/cupi"

    @Test func theCUPIDescriptionComparedWithItselfHasNoChange() throws {
        let model = try #require(Frontend.load(Self.cupi).model)
        #expect(SchemaDiff.compare(old: model, new: model).isEmpty)
    }

    @Test func aCopyWithRenamedFilesAndPrefixesHasNoChange() throws {
        var files: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.cupi)
        for name in names {
            var text = try String(contentsOfFile: Self.cupi + "/" + name, encoding: .utf8)
            for other in names where other.hasPrefix("cupi-") {
                text = text.replacingOccurrences(of: "\"\(other)\"", with: "\"renamed/\(Self.renamed(other))\"")
            }
            text = Self.renamingSchemaPrefix(text)
            files[name.hasPrefix("cupi-") ? "renamed/" + Self.renamed(name) : name] = text
        }
        // Includes inside the moved folder are relative to it.
        for (name, text) in files where name.hasPrefix("renamed/") {
            files[name] = text.replacingOccurrences(of: "\"renamed/", with: "\"")
        }
        let copy = try TemporaryInput(files)
        let result = copy.load("application.wadl")
        #expect(result.errors.isEmpty, "\(result.errors.map { $0.formatted(root: copy.folder) })")
        let renamed = try #require(result.model)
        let original = try #require(Frontend.load(Self.cupi).model)
        #expect(renamed.sourceFiles != original.sourceFiles)
        let changes = SchemaDiff.compare(old: original, new: renamed)
        #expect(changes.isEmpty, "\(changes.summary)")
    }

    @Test func aTypeMovedToAnotherFileUnderAnotherPrefixIsNoChange() throws {
        let one = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:a="urn:x" targetNamespace="urn:x">
            <xs:element name="Item" type="a:Item"/>
            <xs:complexType name="Item"><xs:sequence><xs:element name="Code" type="a:Code"/></xs:sequence></xs:complexType>
            <xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:maxLength value="4"/></xs:restriction></xs:simpleType>
            </xs:schema>
            """
        let main = """
            <s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:x" targetNamespace="urn:x">
            <s:include schemaLocation="codes/code.xsd"/>
            <s:complexType name="Item"><s:sequence><s:element name="Code" type="b:Code"/></s:sequence></s:complexType>
            <s:element name="Item" type="b:Item"/>
            </s:schema>
            """
        let moved = """
            <s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x">

            <s:simpleType name="Code"><s:restriction base="s:string"><s:maxLength value="4"/></s:restriction></s:simpleType>
            </s:schema>
            """
        let changes = try DiffFixture.changes(["entry.xsd": one], ["entry.xsd": main, "codes/code.xsd": moved])
        #expect(changes.isEmpty, "\(changes.summary)")
    }

    static func renamed(_ name: String) -> String {
        "types-" + name.dropFirst("cupi-".count)
    }

    /// `xs:` → `xsd:` in tags, declarations and QName-valued attributes (not in documentation).
    static func renamingSchemaPrefix(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "<xs:", with: "<xsd:").replacingOccurrences(of: "</xs:", with: "</xsd:")
            .replacingOccurrences(of: "xmlns:xs=", with: "xmlns:xsd=")
        for attribute in ["type", "base", "itemType"] {
            text = text.replacingOccurrences(of: "\(attribute)=\"xs:", with: "\(attribute)=\"xsd:")
        }
        return text
    }
}
