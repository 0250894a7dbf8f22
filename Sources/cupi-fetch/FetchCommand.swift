import ArgumentParser
import CUPIFetch
import CUPIHTTPClientTransport
import CUPIRuntime
import Foundation

/// `cupi-fetch` (also run as `cupi-gen fetch`): a live server's description into a folder.
@main
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cupi-fetch",
        abstract: "Download a Unity Connection server's WADL and every schema it reaches into a folder.",
        discussion: """
            Reads https://SERVER/vmrest/application.wadl, then every grammar it includes and every \
            schema those include or import (same origin only, under /vmrest/), into DIR with their \
            relative layout, plus fetch-manifest.json (server version, time, each file's URL, size and \
            SHA-256). DIR is replaced only when every file arrived and parsed safely; on any error it \
            is left exactly as it was. `cupi-gen generate|lint|diff DIR` then read it like Inputs/cupi.

            The password comes from standard input (--password-stdin) or the CUPI_PASSWORD \
            environment variable, never from an argument. TLS is verified against the system's \
            trust store unless --ca-file or --pin says otherwise; --insecure turns verification off, \
            with a warning.

            Example: printf '%s\\n' "$PW" | cupi-gen fetch cuc-pub.example.com --user admin \
            --password-stdin --ca-file lab-ca.pem --output Inputs/cupi-15
            """)

    @Argument(help: "The server: a host name, IPv4 or [IPv6] address, with https:// (default) or http:// and a port.")
    var server: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write (replaced whole).", valueName: "DIR"))
    var output: String

    @Option(help: "The user name (an administrator).")
    var user = "admin"

    @Flag(help: "Read the password from the first line of standard input (else from CUPI_PASSWORD).")
    var passwordStdin = false

    @Option(help: ArgumentHelp("Trust the certificate authorities in this PEM file (the server's name is still checked).", valueName: "PEM"))
    var caFile: String?

    @Option(help: ArgumentHelp("Trust exactly the certificate with this SHA-256 fingerprint (hex, colons allowed).", valueName: "SHA256"))
    var pin: String?

    @Flag(help: "Do not verify the server's certificate at all (prints a warning).")
    var insecure = false

    @Option(help: "Seconds one file may take.")
    var timeout = 30

    @Option(help: "The largest file accepted, in MiB.")
    var maxFileSize = 16

    func validate() throws {
        guard [caFile != nil, pin != nil, insecure].filter({ $0 }).count <= 1 else {
            throw ValidationError("--ca-file, --pin and --insecure exclude each other")
        }
        guard (1...3600).contains(timeout), (1...1024).contains(maxFileSize) else {
            throw ValidationError("--timeout is 1 to 3600 seconds and --max-file-size 1 to 1024 MiB")
        }
    }

    func run() async throws {
        let address: ServerAddress
        do { address = try ServerAddress(server) } catch { throw ValidationError("\(error)") }
        var request = FetchRequest(server: address, user: user, password: try password(), tls: try tls(), output: output)
        request.timeout = .seconds(timeout)
        request.maxFileSize = maxFileSize << 20
        do {
            let manifest = try await Fetcher.fetch(request)
            let bytes = manifest.files.reduce(0) { $0 + $1.size }
            print("fetched \(manifest.files.count) files (\(bytes / 1024) KiB) from \(manifest.server), version \(manifest.serverVersion), into \(output); manifest \(output)/\(FetchManifest.fileName)")
        } catch {
            FileHandle.standardError.write(Data("cupi-fetch: error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func password() throws -> String {
        if passwordStdin {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw ValidationError("--password-stdin: standard input held no password")
            }
            return line
        }
        if let password = ProcessInfo.processInfo.environment["CUPI_PASSWORD"], !password.isEmpty { return password }
        throw ValidationError("no password: pass it on standard input with --password-stdin, or set CUPI_PASSWORD")
    }

    private func tls() throws -> TLSVerification {
        if let caFile {
            guard let pem = try? String(contentsOfFile: caFile, encoding: .utf8) else { throw ValidationError("cannot read --ca-file \(caFile)") }
            return .certificateAuthorities(pem: pem)
        }
        if let pin { return .pinnedSHA256(pin) }
        if insecure {
            FileHandle.standardError.write(Data("cupi-fetch: warning: --insecure: the server's certificate is not verified; anyone on the path can serve this description\n".utf8))
            return .insecureNoVerification
        }
        return .system
    }
}
