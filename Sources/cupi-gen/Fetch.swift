import ArgumentParser
import Foundation

/// `cupi-gen fetch`: hands over to `cupi-fetch`, built beside `cupi-gen`. Fetching needs SwiftNIO
/// and BoringSSL, which the build plugin's `cupi-gen` (compiled by every adopter) must not carry.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Download a live server's description (runs cupi-fetch; see `cupi-gen fetch --help`).",
        discussion: "Build it once with `swift build --product cupi-fetch`; every argument goes to cupi-fetch.")

    @Argument(parsing: .allUnrecognized, help: "cupi-fetch's arguments: SERVER --output DIR [--user U] [--password-stdin] [--ca-file PEM | --pin SHA256 | --insecure].")
    var arguments: [String] = []

    func run() throws {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let tool = beside.appendingPathComponent("cupi-fetch").path
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            printError("cupi-gen: error: cupi-fetch is not built beside cupi-gen (\(beside.path)): run `swift build --product cupi-fetch`")
            throw ExitCode(1)
        }
        // Replaces this process, so standard input (the password) and the exit status are cupi-fetch's own.
        let argv = ([tool] + arguments).map { strdup($0) } + [nil]
        execv(tool, argv)
        printError("cupi-gen: error: cannot run \(tool): \(String(cString: strerror(errno)))")
        throw ExitCode(1)
    }
}
