import ArgumentParser
import CUPIGenerator

@main
struct CUPIGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cupi-gen",
        abstract: "Generate a typed Swift client from a WADL + XML Schema description.",
        subcommands: [])
}
