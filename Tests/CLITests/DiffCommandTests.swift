import Foundation
import Testing

/// `cupi-gen diff` as a user runs it: exit codes, formats, the ignore file and --output.
@Suite("Diff: command")
struct DiffCommandTests {
    /// A folder with `old.wadl` and `new.wadl`, where NEW drops the resource `others`.
    final class Inputs {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cupi-gen-diff-\(UUID().uuidString)").path

        init() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try write("old.wadl", Self.wadl(#"<resource path="items"><method name="GET"/></resource><resource path="others"><method name="GET"/></resource>"#))
            try write("new.wadl", Self.wadl(#"<resource path="items"><method name="GET"/></resource>"#))
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }

        func path(_ name: String) -> String { folder + "/" + name }

        static func wadl(_ resources: String) -> String {
            #"<application xmlns="http://wadl.dev.java.net/2009/02"><resources base="https://x/">\#(resources)</resources></application>"#
        }
    }

    @Test func noChangeExitsZero() throws {
        let inputs = try Inputs()
        let outcome = try CommandRunner.run(["diff", "--fail-on", "warning", inputs.path("old.wadl"), inputs.path("old.wadl")])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("No changes."))
        #expect(!outcome.standardOutput.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func failOnBreakingExitsOneOnlyWhenAsked() throws {
        let inputs = try Inputs()
        let plain = try CommandRunner.run(["diff", inputs.path("old.wadl"), inputs.path("new.wadl")])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("[resource-removed] resource others removed (GET)"))
        let failing = try CommandRunner.run(["diff", "--fail-on", "breaking", inputs.path("old.wadl"), inputs.path("new.wadl")])
        #expect(failing.status == 1)
        let reversed = try CommandRunner.run(["diff", "--fail-on", "warning", inputs.path("new.wadl"), inputs.path("old.wadl")])
        #expect(reversed.status == 0, "an added resource is info")
    }

    @Test func ignoreFileAcceptsKnownChangesAndRejectsUnknownRules() throws {
        let inputs = try Inputs()
        try inputs.write("accepted.txt", "# dropped on purpose\nresource-removed others\n")
        let accepted = try CommandRunner.run(["diff", "--fail-on", "breaking", "--ignore", inputs.path("accepted.txt"),
                                              inputs.path("old.wadl"), inputs.path("new.wadl")])
        #expect(accepted.status == 0)
        #expect(accepted.standardOutput.contains("(1 ignored)"))
        try inputs.write("typo.txt", "resource-gone others\n")
        let typo = try CommandRunner.run(["diff", "--ignore", inputs.path("typo.txt"), inputs.path("old.wadl"), inputs.path("new.wadl")])
        #expect(typo.status == 2)
        #expect(typo.standardError.contains("typo.txt:1: error: unknown diff rule 'resource-gone'"))
    }

    @Test func unreadableOrInvalidInputExitsTwo() throws {
        let inputs = try Inputs()
        try inputs.write("broken.wadl", "<application")
        let missing = try CommandRunner.run(["diff", inputs.path("absent.wadl"), inputs.path("new.wadl")])
        #expect(missing.status == 2)
        let broken = try CommandRunner.run(["diff", inputs.path("old.wadl"), inputs.path("broken.wadl")])
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("broken.wadl:"))
        #expect(broken.standardOutput.isEmpty)
    }

    @Test func outputFileGetsTheReport() throws {
        let inputs = try Inputs()
        let outcome = try CommandRunner.run(["diff", "--format", "html", "--output", inputs.path("report.html"),
                                             inputs.path("old.wadl"), inputs.path("new.wadl")])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        let html = try String(contentsOfFile: inputs.path("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("resource-removed"))
    }

    @Test func cupiUpgradeReportMatchesTheGoldenFile() throws {
        let outcome = try CommandRunner.run(["diff", "--format", "markdown", "Inputs/cupi-10.0", "Inputs/cupi"])
        #expect(outcome.status == 0)
        let golden = try String(contentsOfFile: CommandRunner.repositoryRoot + "/Tests/Fixtures/diff/cupi-10.0-to-current.md", encoding: .utf8)
        #expect(outcome.standardOutput == golden)
    }
}
