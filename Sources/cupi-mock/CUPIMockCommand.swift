import ArgumentParser
import CUPIMock
import Foundation

/// `cupi-mock`: serves CUPI on loopback from an in-memory store until interrupted.
@main
struct CUPIMockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cupi-mock",
        abstract: "A mock Cisco Unity Connection provisioning API (CUPI) server for tests.",
        discussion: "Inject a fault into one request with the header \(Fault.headerName): 500, 503;retry-after=1, slow=2.5, truncate, malformed or reset.")

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8443

    @Option(name: .customLong("host"), help: "An address to listen on (repeatable). Default: 127.0.0.1 and ::1.")
    var hosts: [String] = []

    @Option(help: "The accepted user name.")
    var user = "admin"

    @Option(help: "The accepted password.")
    var password = "password"

    @Option(help: "A PEM certificate chain: serve HTTPS (needs --tls-key).")
    var tlsCert: String?

    @Option(help: "The PEM private key of --tls-cert.")
    var tlsKey: String?

    @Option(help: "Requests processed at once before others queue.")
    var maxConcurrent = 5

    @Option(help: "Requests allowed to queue; more get 503.")
    var maxQueued = 255

    @Option(help: "A fault and its probability per request, as FAULT@P (for example 503;retry-after=1@0.1). Repeatable.")
    var fault: [String] = []

    func run() async throws {
        var configuration = MockConfiguration(port: port, user: user, password: password,
                                              maxConcurrentRequests: maxConcurrent, maxQueuedRequests: maxQueued)
        if !hosts.isEmpty { configuration.hosts = hosts }
        switch (tlsCert, tlsKey) {
        case (let cert?, let key?):
            configuration.tls = .init(certificateChainPEM: try String(contentsOfFile: cert, encoding: .utf8),
                                      privateKeyPEM: try String(contentsOfFile: key, encoding: .utf8))
        case (nil, nil):
            break
        default:
            throw ValidationError("--tls-cert and --tls-key go together")
        }
        configuration.faultRates = try fault.map { text in
            let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
            guard parts.count == 2, let fault = Fault(parts[0]), let probability = Double(parts[1]), (0...1).contains(probability) else {
                throw ValidationError("--fault must be FAULT@PROBABILITY, for example 500@0.05: \(text)")
            }
            return (fault, probability)
        }
        let server = try await MockServer.start(configuration)
        // Written unbuffered, so a script reading the URL from a pipe sees it at once.
        let banner = server.urls.map { "cupi-mock listening on \($0.absoluteString)\n" }.joined()
            + "user \(user); user template alias \(SeedData.voicemailUserTemplateAlias)\n"
        FileHandle.standardOutput.write(Data(banner.utf8))
        // Serve until the process is interrupted; the sleep is the idle loop, not a timeout.
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
