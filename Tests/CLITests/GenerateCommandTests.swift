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
        #expect(first.standardOutput.contains("7 files written, 0 unchanged"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
        #expect(names == ["Description.swift", "Endpoints.swift", "JSONCoding.swift", "Keep.swift", "Models.swift", "SimpleTypes.swift", "Validation.swift", "XMLCoding.swift"])
        let modified = try FileManager.default.attributesOfItem(atPath: dir + "/out/Models.swift")[.modificationDate] as? Date
        let second = try CommandRunner.run(["generate", "in/a.xsd", "--output", "out"], in: dir)
        #expect(second.standardOutput.contains("0 files written, 7 unchanged"))
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
            "good.json": #"{"input": "a.xsd", "output": "gen", "accessModifier": "internal", "generate": ["models", "xml"]}"#,
            "bad.json": "{\n  \"input\": \"a.xsd\",\n  \"acessModifier\": \"public\"\n}\n",
            "old.yaml": "input: a.xsd\n",
            "broken.json": "{\n  \"input\": \"a.xsd\",\n}\n",
        ])
        let good = try CommandRunner.run(["generate", "--config", "good.json"], in: dir)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(try String(contentsOfFile: dir + "/gen/Models.swift", encoding: .utf8).contains("internal struct User"))
        let bad = try CommandRunner.run(["generate", "--config", "bad.json"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.standardError.hasPrefix("bad.json:3:"))
        #expect(bad.standardError.contains("unknown key 'acessModifier'"))
        let yaml = try CommandRunner.run(["generate", "--config", "old.yaml"], in: dir)
        #expect(yaml.status == 1 && yaml.standardError.hasPrefix("old.yaml:1:1: error: cupi-gen reads JSON configs only"), "\(yaml.standardError)")
        let broken = try CommandRunner.run(["generate", "--config", "broken.json"], in: dir)
        #expect(broken.status == 1 && broken.standardError.hasPrefix("broken.json:3:1: error: not valid JSON: expected a key in double quotes"), "\(broken.standardError)")
    }

    /// A filter keeps the selected operations and the types they reach; a name the description
    /// lacks is an error at its place in the config.
    @Test func filterKeepsWhatTheOperationsReach() throws {
        let wadl = """
            <application xmlns="http://wadl.dev.java.net/2009/02"><grammars><include href="a.xsd"/></grammars>
            <resources base="https://x/api/">
              <resource path="users"><method id="listUsers" name="GET"><response status="200"><representation mediaType="application/xml" element="User"/></response></method></resource>
              <resource path="handlers"><method id="listHandlers" name="GET"><response status="200"><representation mediaType="application/xml" element="Handler"/></response></method></resource>
            </resources></application>
            """
        let xsd = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="User" type="User"/><xs:element name="Handler" type="Handler"/><xs:complexType name="User"><xs:sequence><xs:element name="Phone" type="Phone"/></xs:sequence></xs:complexType><xs:complexType name="Phone"><xs:sequence><xs:element name="Number" type="xs:string"/></xs:sequence></xs:complexType><xs:complexType name="Handler"><xs:sequence><xs:element name="Name" type="xs:string"/></xs:sequence></xs:complexType></xs:schema>"#
        let dir = try folder(["api/application.wadl": wadl, "api/a.xsd": xsd,
                              "users.json": #"{"input": "api/application.wadl", "output": "out", "filter": {"paths": ["users"]}}"#,
                              "typo.json": "{\n  \"input\": \"api/application.wadl\",\n  \"filter\": {\"operations\": [\"listUsers\", \"listUserz\"]}\n}\n"])
        let users = try CommandRunner.run(["generate", "--config", "users.json"], in: dir)
        #expect(users.status == 0, "\(users.standardError)")
        let models = try String(contentsOfFile: dir + "/out/Models.swift", encoding: .utf8)
        #expect(models.contains("public struct User:") && models.contains("public struct Phone:") && !models.contains("Handler"))
        let typo = try CommandRunner.run(["generate", "--config", "typo.json"], in: dir)
        #expect(typo.status == 1 && typo.standardError.hasPrefix("typo.json:3:42: error: filter: no operation has the id 'listUserz'"), "\(typo.standardError)")
    }

    /// A run with another `modelFiles` removes the models, coding and validation files an earlier
    /// run wrote, whose types now live elsewhere, and nothing else: not a file of the user's with
    /// such a name.
    @Test func modelFilesReplaceTheEarlierModelsFiles() throws {
        let dir = try folder(["in/a.xsd": schema, "out/Models9.swift": "// mine\n", "out/ModelsExtra.swift": "// mine too\n"])
        func run(_ arguments: [String]) throws -> (output: String, names: [String]) {
            let result = try CommandRunner.run(["generate", "in/a.xsd", "--output", "out"] + arguments, in: dir)
            #expect(result.status == 0, "\(result.standardError)")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
            return (result.standardOutput, names)
        }
        func spread(_ suffixes: [String]) -> [String] {
            ["JSONCoding", "Models", "Validation", "XMLCoding"].flatMap { stem in suffixes.map { "\(stem)\($0).swift" } }
        }
        let three = try run(["--model-files", "3"])
        #expect(three.names == (spread(["1", "2", "3"]) + ["Description.swift", "Endpoints.swift", "Models9.swift", "ModelsExtra.swift", "SimpleTypes.swift"]).sorted())
        #expect(three.output.contains("15 files written, 0 unchanged, in"))
        let two = try run(["--model-files", "2"])
        #expect(two.names == (spread(["1", "2"]) + ["Description.swift", "Endpoints.swift", "Models9.swift", "ModelsExtra.swift", "SimpleTypes.swift"]).sorted())
        #expect(two.output.contains("4 stale removed"))
        let one = try run([])
        #expect(one.names == (spread([""]) + ["Description.swift", "Endpoints.swift", "Models9.swift", "ModelsExtra.swift", "SimpleTypes.swift"]).sorted())
        #expect(one.output.contains("8 stale removed"))
        #expect(try String(contentsOfFile: dir + "/out/Models9.swift", encoding: .utf8) == "// mine\n")
        let declared = try String(contentsOfFile: dir + "/out/Models.swift", encoding: .utf8)
        #expect(declared.contains("public struct User:"))
    }

    @Test func modelFilesOutOfRangeIsAnError() throws {
        let dir = try folder(["a.xsd": schema, "zero.json": "{\n  \"input\": \"a.xsd\",\n  \"modelFiles\": 0\n}\n", "word.json": "{\n  \"input\": \"a.xsd\",\n  \"modelFiles\": \"two\"\n}\n"])
        let zero = try CommandRunner.run(["generate", "--config", "zero.json"], in: dir)
        #expect(zero.status == 1 && zero.standardError.hasPrefix("zero.json:3:17:"), "\(zero.standardError)")
        #expect(zero.standardError.contains("modelFiles must be a whole number from 1 to 999"))
        let word = try CommandRunner.run(["generate", "--config", "word.json"], in: dir)
        #expect(word.status == 1 && word.standardError.hasPrefix("word.json:3:"), "\(word.standardError)")
        let flag = try CommandRunner.run(["generate", "a.xsd", "--model-files", "1000"], in: dir)
        #expect(flag.status != 0 && flag.standardError.contains("--model-files must be from 1 to 999"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/Generated"))
    }

    /// The build plugin passes the count it declared; a config edited since (SwiftPM has not
    /// planned again) fails at the config's line, saying how to re-plan, and writes nothing.
    @Test func aBuildPlannedForOtherModelFilesFails() throws {
        let dir = try folder(["a.xsd": schema, "cupi-gen.json": "{\n  \"input\": \"a.xsd\",\n  \"output\": \"out\",\n  \"modelFiles\": 3\n}\n"])
        let stale = try CommandRunner.run(["generate", "--config", "cupi-gen.json", "--declared-model-files", "1"], in: dir)
        #expect(stale.status == 1)
        #expect(stale.standardError.hasPrefix("cupi-gen.json:4:17: error: modelFiles is 3 but this build was planned with 1 models file"), "\(stale.standardError)")
        #expect(stale.standardError.contains("touch Package.swift"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
        let planned = try CommandRunner.run(["generate", "--config", "cupi-gen.json", "--declared-model-files", "3"], in: dir)
        #expect(planned.status == 0 && planned.standardOutput.contains("15 files written"), "\(planned.standardError)")
    }

    @Test func unknownPartAndBadClientNameAreUsageErrors() throws {
        let dir = try folder(["a.xsd": schema])
        let part = try CommandRunner.run(["generate", "a.xsd", "--generate", "models", "sql"], in: dir)
        #expect(part.status != 0 && part.standardError.contains("unknown part 'sql'"))
        let name = try CommandRunner.run(["generate", "a.xsd", "--client-name", "not a name"], in: dir)
        #expect(name.status != 0 && name.standardError.contains("--client-name"))
    }
}
