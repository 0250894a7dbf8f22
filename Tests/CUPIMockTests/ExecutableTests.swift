import CUPIClient
import CUPIRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `cupi-mock` as a user runs it: copied alone into an empty folder (it needs no source tree), it
/// prints the URLs it listens on, accepts the credentials given on its command line, refuses
/// others, and validates request bodies against the schema it embeds.
@Suite("The cupi-mock executable")
struct ExecutableTests {
    /// The executable SwiftPM built beside the test bundle.
    static var executable: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [beside, beside.deletingLastPathComponent()].map { $0.appendingPathComponent("cupi-mock") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: executable != nil, "cupi-mock is not built beside the tests"), .timeLimit(.minutes(1)))
    func printsItsURLAndServesTheGivenCredentials() async throws {
        // Alone in an empty folder, run from there: routes, types and schema all travel in the binary.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cupi-mock-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("cupi-mock")
        try FileManager.default.copyItem(at: try #require(Self.executable), to: copy)
        let process = Process()
        process.executableURL = copy
        process.currentDirectoryURL = folder
        process.arguments = ["--port", "0", "--host", "127.0.0.1", "--user", "ops", "--password", "s3cret"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }

        let url = try #require(Self.firstURL(from: output.fileHandleForReading), "cupi-mock printed no URL")
        #expect(url.hasPrefix("http://127.0.0.1:") && url.hasSuffix("/vmrest/"))
        let base = try ServerAddress(String(url.dropLast("/vmrest/".count)))
        func client(password: String) -> CUPI {
            CUPI(configuration: ClientConfiguration(publisher: base, credentials: .basic(user: "ops", password: password),
                                                    timeout: .seconds(5), retry: .never))
        }
        #expect(try await client(password: "s3cret").version.get().name == "vmrest")
        await #expect(throws: CUPIError.self) { try await client(password: "password").users.count() }
        // A body the XSD refuses (an alias longer than its maxLength) is a 400 with the schema's words.
        var request = URLRequest(url: try #require(URL(string: url + "distributionlists")))
        request.httpMethod = "POST"
        request.setValue("Basic " + Data("ops:s3cret".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        request.setValue("application/xml", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("<DistributionList><Alias>\(String(repeating: "a", count: 300))</Alias></DistributionList>".utf8)
        let (body, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 400, "\(String(decoding: body, as: UTF8.self))")
    }

    /// The first `http…` word of the lines the process prints, read until one appears or output ends.
    static func firstURL(from handle: FileHandle) -> String? {
        var text = ""
        while true {
            // Only complete lines: the last piece may still be arriving.
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                if let word = line.split(separator: " ").first(where: { $0.hasPrefix("http") }) { return String(word) }
            }
            let data = handle.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
        }
    }
}
