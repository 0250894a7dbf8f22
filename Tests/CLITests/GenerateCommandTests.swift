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
        let dir = try folder(["a.xsd": schema, "zero.yaml": "input: a.xsd\nmodelFiles: 0\n", "word.json": "{\n  \"input\": \"a.xsd\",\n  \"modelFiles\": \"two\"\n}\n"])
        let zero = try CommandRunner.run(["generate", "--config", "zero.yaml"], in: dir)
        #expect(zero.status == 1 && zero.standardError.hasPrefix("zero.yaml:2:"), "\(zero.standardError)")
        #expect(zero.standardError.contains("modelFiles must be a whole number from 1 to 999; got '0'"))
        let word = try CommandRunner.run(["generate", "--config", "word.json"], in: dir)
        #expect(word.status == 1 && word.standardError.hasPrefix("word.json:3:"), "\(word.standardError)")
        let flag = try CommandRunner.run(["generate", "a.xsd", "--model-files", "1000"], in: dir)
        #expect(flag.status != 0 && flag.standardError.contains("--model-files must be from 1 to 999"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/Generated"))
    }

    /// The build plugin passes the count it declared; a config edited since (SwiftPM has not
    /// planned again) fails at the config's line, saying how to re-plan, and writes nothing.
    @Test func aBuildPlannedForOtherModelFilesFails() throws {
        let dir = try folder(["a.xsd": schema, "cupi-gen.yaml": "input: a.xsd\noutput: out\nmodelFiles: 3\n"])
        let stale = try CommandRunner.run(["generate", "--config", "cupi-gen.yaml", "--declared-model-files", "1"], in: dir)
        #expect(stale.status == 1)
        #expect(stale.standardError.hasPrefix("cupi-gen.yaml:3:13: error: modelFiles is 3 but this build was planned with 1 models file"), "\(stale.standardError)")
        #expect(stale.standardError.contains("touch Package.swift"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
        let planned = try CommandRunner.run(["generate", "--config", "cupi-gen.yaml", "--declared-model-files", "3"], in: dir)
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
