import ArgumentParser
import CUPIGenerator

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a description and print its diagnostics.",
        discussion: "Exits 0 when the input is clean or has only warnings, 1 when it has errors.")

    @Argument(help: "A WADL or XSD file, or a folder holding application.wadl.")
    var path: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.load(path, printTo: { print($0) })
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        let files = result.model?.sourceFiles.count
        print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")" + (files.map { " in \($0) file\($0 == 1 ? "" : "s")" } ?? ""))
        if errors > 0 { throw ExitCode(1) }
    }
}
