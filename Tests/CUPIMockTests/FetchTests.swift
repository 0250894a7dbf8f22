import CUPIClient
import CUPIFetch
@testable import CUPIGenerator
import CUPIHTTPClientTransport
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

/// `cupi-gen fetch` against the mock, which serves its description like a server, and against a
/// hostile server: the files arrive byte for byte and read like `Inputs/cupi`, or one clear error
/// leaves the output folder exactly as it was.
@Suite("Fetching a server's description")
struct FetchTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Trust: String, CaseIterable, CustomTestStringConvertible {
        case caFile, pin
        var testDescription: String { rawValue }
    }

    @Test("from the mock over HTTPS on 127.0.0.1: byte-identical files that generate and diff like Inputs/cupi", arguments: Trust.allCases)
    func fromTheMockOverIPv4(trust: Trust) async throws {
        try await fromTheMock(trust: trust, host: "127.0.0.1")
    }

    @Test("from the mock over HTTPS on [::1]", .enabled(if: hasIPv6Loopback, "this machine has no ::1 to listen on"), arguments: Trust.allCases)
    func fromTheMockOverIPv6(trust: Trust) async throws {
        try await fromTheMock(trust: trust, host: "[::1]")
    }

    private func fromTheMock(trust: Trust, host: String) async throws {
        let certificates = try TestCertificates()
        let configuration = MockConfiguration(tls: .init(certificateChainPEM: certificates.serverCertificatePEM,
                                                         privateKeyPEM: certificates.serverKeyPEM))
        try await withMock(configuration) { mock in
            do {
                let output = try Self.scratch()
                defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
                let tls: TLSVerification = trust == .caFile ? .certificateAuthorities(pem: certificates.caPEM) : .pinnedSHA256(certificates.serverSHA256)
                let manifest = try await Fetcher.fetch(FetchRequest(
                    server: try ServerAddress("https://\(host):\(mock.server.port)"), user: "admin", password: "password", tls: tls, output: output.path))
                #expect(manifest.serverVersion == "14.0.1.10000-1")
                for file in CUPI.descriptionFiles {
                    let fetched = try Data(contentsOf: output.appendingPathComponent(file.path))
                    #expect(fetched == Data(file.text.utf8), "\(host): \(file.path) differs from what the mock serves")
                }
                #expect(manifest.files.map(\.path) == CUPI.descriptionFiles.map(\.path).sorted())
                let manifestText = try String(contentsOf: output.appendingPathComponent(FetchManifest.fileName), encoding: .utf8)
                #expect(!manifestText.contains("password"), "the manifest must not carry the password")
                try Self.expectSameAsBundled(output)
            }
        }
    }

    /// `generate` on the fetched folder writes what it writes for Inputs/cupi, and `diff` from 10.0
    /// reports the same changes.
    static func expectSameAsBundled(_ folder: URL) throws {
        let fetched = try #require(Frontend.load(folder.path).model)
        let bundled = try #require(Frontend.load(root.appendingPathComponent("Inputs/cupi").path).model)
        let options = GeneratorOptions()
        #expect(CodeGenerator.generate(fetched, options: options, source: "application.wadl").files
                == CodeGenerator.generate(bundled, options: options, source: "application.wadl").files)
        let old = try #require(Frontend.load(root.appendingPathComponent("Inputs/cupi-10.0").path).model)
        func report(_ new: APIModel) -> String {
            DiffReport(oldName: "old", newName: "new", changes: SchemaDiff.compare(old: old, new: new)).render(.json)
        }
        #expect(report(fetched) == report(bundled))
    }

    // MARK: A hostile server

    static let version = "<VersionInformation><name>vmrest</name><version>15.0</version></VersionInformation>"
    static func wadl(_ href: String) -> String {
        """
        <application xmlns="http://wadl.dev.java.net/2009/02"><grammars><include href="\(href)"/></grammars>
        <resources base="https://x/vmrest/"><resource path="users"/></resources></application>
        """
    }
    static let schema = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="User" type="xs:string"/></xs:schema>"#

    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var routes: [String: HostileServer.Behavior]
        /// Words the one error line must hold.
        var expected: [String]
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "an include on another host", routes: ["/vmrest/application.wadl": .ok(wadl("https://evil.example.com/vmrest/a.xsd"))],
                 expected: ["refused reference 'https://evil.example.com/vmrest/a.xsd'", "another origin"]),
        Scenario(name: "a redirect off-host", routes: ["/vmrest/application.wadl": .redirect("https://evil.example.com/vmrest/application.wadl")],
                 expected: ["https://evil.example.com/vmrest/application.wadl", "redirects", "follows no redirect"]),
        Scenario(name: "../ in a grammar path", routes: ["/vmrest/application.wadl": .ok(wadl("../etc/a.xsd")), "/etc/a.xsd": .ok(schema)],
                 expected: ["refused reference '../etc/a.xsd'", "outside /vmrest/"]),
        Scenario(name: "an endless body", routes: ["/vmrest/application.wadl": .endless], expected: ["application.wadl"]),
        Scenario(name: "a stalled response", routes: ["/vmrest/application.wadl": .stall], expected: ["application.wadl"]),
        Scenario(name: "401", routes: ["/vmrest/version": .status(401)], expected: ["HTTP 401", "user name or password"]),
        Scenario(name: "a WADL that is not well-formed", routes: ["/vmrest/application.wadl": .ok("<application><grammars>")],
                 expected: ["application.wadl", "not a safe, well-formed XML file"]),
        Scenario(name: "an XXE in a grammar", routes: [
            "/vmrest/application.wadl": .ok(wadl("a.xsd")),
            "/vmrest/a.xsd": .ok(#"<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:annotation><xs:documentation>&e;</xs:documentation></xs:annotation></xs:schema>"#),
        ], expected: ["a.xsd", "not a safe, well-formed XML file"]),
    ]

    @Test("a hostile server gets one clear error and the output folder stays as it was", arguments: scenarios)
    func hostile(scenario: Scenario) async throws {
        var routes = scenario.routes
        if routes["/vmrest/version"] == nil { routes["/vmrest/version"] = .ok(Self.version) }
        let server = try await HostileServer(routes)
        let output = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: output.appendingPathComponent("application.wadl"))
        var request = FetchRequest(server: try ServerAddress("http://127.0.0.1:\(server.port)"), user: "admin", password: "s3cret-pw",
                                   tls: .system, output: output.path)
        request.timeout = .seconds(1)
        request.maxFileSize = 1 << 20
        let started = ContinuousClock.now
        do {
            _ = try await Fetcher.fetch(request)
            Issue.record("\(scenario.name): the fetch succeeded")
        } catch {
            let line = error.description
            for word in scenario.expected { #expect(line.contains(word), "\(scenario.name): \(line)") }
            #expect(!line.contains("s3cret-pw") && !line.contains("\n"), "\(scenario.name): \(line)")
        }
        #expect(ContinuousClock.now - started < .seconds(20), "\(scenario.name) took too long")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["application.wadl"])
        #expect(try String(contentsOf: output.appendingPathComponent("application.wadl"), encoding: .utf8) == "kept")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(siblings == [output.lastPathComponent], "nothing half-written beside the output: \(siblings)")
        if scenario.name == "401" { #expect(server.requests == 1, "a wrong password is asked once, not retried") }
        await server.stop()
    }

    /// A fresh, empty parent folder, and the output path inside it (not created).
    static func scratch() throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("cupi-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return parent.appendingPathComponent("description")
    }
}
