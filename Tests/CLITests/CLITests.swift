import Foundation
import Testing

@Suite("cupi-gen command line")
struct CLITests {
    private let temporary = TemporaryFolders()

    private func folder(_ files: [String: String]) throws -> String { try temporary.make(files) }

    private let schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="User" type="xs:string"/>
        </xs:schema>
        """

    @Test func helpListsTheCommands() throws {
        let outcome = try CommandRunner.run(["--help"])
        #expect(outcome.status == 0)
        for command in ["lint", "dump"] { #expect(outcome.standardOutput.contains(command)) }
        let lint = try CommandRunner.run(["lint", "--help"])
        #expect(lint.standardOutput.contains("--schema-map"))
        #expect(lint.standardOutput.contains("--allow-outside"))
    }

    @Test func lintOfACleanInputExitsZero() throws {
        let dir = try folder(["a.xsd": schema])
        let outcome = try CommandRunner.run(["lint", "a.xsd"], in: dir)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "0 errors, 0 warnings in 1 file\n")
    }

    @Test func lintWithWarningsExitsZeroAndErrorsExitOne() throws {
        let dir = try folder([
            "warn.xsd": #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:x"/></xs:schema>"#,
            "bad.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<oops></xs:schema>",
        ])
        let warned = try CommandRunner.run(["lint", "warn.xsd"], in: dir)
        #expect(warned.status == 0)
        #expect(warned.standardOutput.hasPrefix("warn.xsd:1: warning: import of namespace 'urn:x'"))
        let failed = try CommandRunner.run(["lint", "bad.xsd"], in: dir)
        #expect(failed.status == 1)
        #expect(failed.standardOutput.hasPrefix("bad.xsd:2:"))
        #expect(failed.standardOutput.contains(": error: "))
    }

    @Test func dumpIsStableJSON() throws {
        let dir = try folder(["in/a.xsd": schema])
        let first = try CommandRunner.run(["dump", "in/a.xsd"], in: dir)
        let second = try CommandRunner.run(["dump", "in/a.xsd"], in: dir)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        let json = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any]
        #expect(json?["sourceFiles"] as? [String] == ["a.xsd"])
    }

    @Test func dumpOfABadInputPrintsNothingAndExitsOne() throws {
        let dir = try folder(["bad.xsd": "<unclosed>"])
        let outcome = try CommandRunner.run(["dump", "bad.xsd"], in: dir)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("bad.xsd:1:"))
    }

    @Test func malformedSchemaMapIsAUsageError() throws {
        let outcome = try CommandRunner.run(["lint", "x.xsd", "--schema-map", "no-equals-sign"])
        #expect(outcome.status != 0 && outcome.status != 1)
        #expect(outcome.standardError.contains("--schema-map expects NAMESPACE=PATH"))
    }
}
