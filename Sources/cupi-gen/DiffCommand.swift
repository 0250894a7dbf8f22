import ArgumentParser
import CUPIGenerator
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what changed between two descriptions and what it breaks for clients.",
        discussion: """
            Each side is a WADL (with the schemas it includes), a bare XSD, or a folder holding \
            application.wadl. Both are compared as resolved API models, so moving a type to another \
            file or renaming a namespace prefix is no change. Every change has a rule id, a level \
            (breaking, warning, info) and a direction (request, response, both); the rules are listed \
            in docs/diff-rules.md.

            Exit status: 0 when no change reaches --fail-on (or without --fail-on), 1 when one does, \
            2 when an input, the ignore file or the output cannot be read or written.
            """)

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case breaking, warning
    }

    @Argument(help: "The old description: a WADL or XSD file, or a folder holding application.wadl.")
    var old: String

    @Argument(help: "The new description.")
    var new: String

    @Option(help: "text (default; coloured on a terminal unless NO_COLOR is set), markdown, json or html.")
    var format: DiffReport.Format = .text

    @Option(help: "Exit 1 when a change of this level (or a more severe one) remains: breaking or warning.")
    var failOn: FailLevel?

    @Option(help: ArgumentHelp("Changes to accept: lines of 'RULE [PATH-PATTERN]' (see docs/diff-rules.md).", valueName: "FILE"))
    var ignore: String?

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Flag(help: ArgumentHelp(
        "Compare what can be read: problems in the files an input refers to (missing or remote includes and imports, undefined references, duplicate definitions, entities from an external DTD) are warnings, and what they would have defined is left out of both the model and the report."))
    var lenient = false

    @Option(help: ArgumentHelp("The generator config whose names the report uses (nameOverrides, clientName), so each change names the Swift symbol `generate` writes.", valueName: "FILE"))
    var config: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let ignoreList = try readIgnoreList()
        var options = GeneratorOptions()
        if let config {
            do {
                let settings = try GeneratorConfig.load(config)
                options.nameOverrides = settings.nameOverrides
                options.clientName = settings.clientName ?? options.clientName
            } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.formatted(root: FilePath.directory(of: config))) }
                throw ExitCode(2)
            }
        }
        // Load both sides before giving up, so one run shows every input problem.
        let before = try input.load(old, lenient: lenient)
        let after = try input.load(new, lenient: lenient)
        guard let oldModel = before.model, let newModel = after.model else { throw ExitCode(2) }

        let (changes, ignored) = ignoreList.apply(to: SchemaDiff.compare(old: oldModel, new: newModel, options: options))
        let report = DiffReport(oldName: old, newName: new, changes: changes, ignoredCount: ignored)
        let colored = format == .text && output == nil && isatty(STDOUT_FILENO) != 0
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let text = report.render(format, colored: colored)
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                printError("cupi-gen: error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            print(text, terminator: "")
        }
        if let failOn, changes.contains(where: { $0.level <= (failOn == .breaking ? .breaking : .warning) }) {
            throw ExitCode(1)
        }
    }

    private func readIgnoreList() throws -> DiffIgnoreList {
        guard let ignore else { return DiffIgnoreList() }
        guard let text = try? String(contentsOfFile: ignore, encoding: .utf8) else {
            printError("cupi-gen: error: cannot read ignore file \(ignore)")
            throw ExitCode(2)
        }
        let (list, diagnostics) = DiffIgnoreList.parse(text, file: FilePath.fileName(of: ignore))
        for diagnostic in diagnostics { printError(diagnostic.formatted(root: FilePath.directory(of: ignore))) }
        guard diagnostics.isEmpty else { throw ExitCode(2) }
        return list
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
