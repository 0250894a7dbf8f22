import ArgumentParser

@main
struct CUPIGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cupi-gen",
        abstract: "Generate a typed Swift client from a WADL + XML Schema description (made for Cisco Unity Connection's CUPI).",
        discussion: """
            Diagnostics are printed as 'path:line:col: error: message'. Inputs are untrusted: no \
            network access, no external entities, and no file outside the input's folder unless \
            --allow-outside names it.
            """,
        subcommands: [Generate.self, Lint.self, Dump.self, Diff.self, Fetch.self],
        // `swift run cupi-gen` does the main job: generate, from cupi-gen.json or the bundled description.
        defaultSubcommand: Generate.self)
}
