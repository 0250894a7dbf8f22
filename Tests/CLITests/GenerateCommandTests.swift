import Foundation
import Testing

@Suite("cupi-gen generate")
struct GenerateCommandTests {
    private let temporary = TemporaryFolders()

    private func folder(_ files: [String: String]) throws -> String { try temporary.make(files) }

    private let schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="User"><xs:complexType><xs:sequence>
            <xs:element name="Alias" type="xs:string" minOccurs="0"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """

    @Test func writesTheFixedFilesOnlyWhenTheyChangeAndLeavesOthersAlone() throws {
        let dir = try folder(["in/a.xsd": schema, "out/Keep.swift": "// mine\n"])
        let first = try CommandRunner.run(["generate", "in/a.xsd", "--output", "out"], in: dir)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("6 files written, 0 unchanged"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
        #expect(names == ["Endpoints.swift", "JSONCoding.swift", "Keep.swift", "Models.swift", "SimpleTypes.swift", "Validation.swift", "XMLCoding.swift"])
        let modified = try FileManager.default.attributesOfItem(atPath: dir + "/out/Models.swift")[.modificationDate] as? Date
        let second = try CommandRunner.run(["generate", "in/a.xsd", "--output", "out"], in: dir)
        #expect(second.standardOutput.contains("0 files written, 6 unchanged"))
        #expect(try FileManager.default.attributesOfItem(atPath: dir + "/out/Models.swift")[.modificationDate] as? Date == modified)
        #expect(try String(contentsOfFile: dir + "/out/Keep.swift", encoding: .utf8) == "// mine\n")
    }

    @Test func anErrorWritesNothingAndKeepsThePreviousOutput() throws {
        let dir = try folder(["in/a.xsd": schema])
        _ = try CommandRunner.run(["generate", "in/a.xsd", "-o", "out"], in: dir)
        let before = try String(contentsOfFile: dir + "/out/Models.swift", encoding: .utf8)
        try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<broken>".utf8).write(to: URL(fileURLWithPath: dir + "/in/a.xsd"))
        let failed = try CommandRunner.run(["generate", "in/a.xsd", "-o", "out"], in: dir)
        #expect(failed.status == 1)
        #expect(failed.standardError.hasPrefix("in/a.xsd:2:"))
        #expect(try String(contentsOfFile: dir + "/out/Models.swift", encoding: .utf8) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func configFileIsStrictAndLocatesItsErrors() throws {
        let dir = try folder([
            "a.xsd": schema,
            "good.yaml": "input: a.xsd\noutput: gen\naccessModifier: internal\ngenerate: [models, xml]\n",
            "bad.json": "{\n  \"input\": \"a.xsd\",\n  \"acessModifier\": \"public\"\n}\n",
        ])
        let good = try CommandRunner.run(["generate", "--config", "good.yaml"], in: dir)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(try String(contentsOfFile: dir + "/gen/Models.swift", encoding: .utf8).contains("internal struct User"))
        let bad = try CommandRunner.run(["generate", "--config", "bad.json"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.standardError.hasPrefix("bad.json:3:"))
        #expect(bad.standardError.contains("unknown key 'acessModifier'"))
    }

    @Test func unknownPartAndBadClientNameAreUsageErrors() throws {
        let dir = try folder(["a.xsd": schema])
        let part = try CommandRunner.run(["generate", "a.xsd", "--generate", "models", "sql"], in: dir)
        #expect(part.status != 0 && part.standardError.contains("unknown part 'sql'"))
        let name = try CommandRunner.run(["generate", "a.xsd", "--client-name", "not a name"], in: dir)
        #expect(name.status != 0 && name.standardError.contains("--client-name"))
    }
}
