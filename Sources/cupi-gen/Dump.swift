import ArgumentParser
import CUPIGenerator
import Foundation

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the resolved API model as stable, sorted JSON.",
        discussion: "The same input gives the same bytes on every run. Diagnostics go to standard error; on errors nothing is printed and the exit status is 1.")

    @Argument(help: "A WADL or XSD file, or a folder holding application.wadl.")
    var path: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.load(path)
        guard let model = result.model else { throw ExitCode(1) }
        FileHandle.standardOutput.write(Data(try ModelDump.json(model)))
    }
}
