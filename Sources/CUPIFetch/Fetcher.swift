import CUPIHTTPClientTransport
import CUPIRuntime
import Crypto
import Foundation
import LibXML

/// What to fetch and how.
public struct FetchRequest: Sendable {
    /// The server, as for the client (`cuc-pub.example.com`, `[2001:db8::10]:8443`, `https://…`).
    public var server: ServerAddress
    /// The administrator account's user name.
    public var user: String
    /// The password; it appears in no output, error or file.
    public var password: String
    /// How the server's certificate is verified.
    public var tls: TLSVerification
    /// The folder the description lands in (replaced whole, or left as it was).
    public var output: String
    /// The path the description lives under; no file outside it is fetched.
    public var basePath = "/vmrest/"
    /// The largest file accepted, in bytes.
    public var maxFileSize = 16 << 20
    /// The most files one description may reach.
    public var maxFiles = 1000
    /// How long one file may take, answer and body.
    public var timeout: Duration = .seconds(30)

    /// Makes a request with the default limits (16 MiB and 30 s per file, 1,000 files).
    public init(server: ServerAddress, user: String, password: String, tls: TLSVerification, output: String) {
        self.server = server
        self.user = user
        self.password = password
        self.tls = tls
        self.output = output
    }
}

/// `cupi-gen fetch`: a server's WADL and every grammar it reaches, transitively, into a folder
/// that `generate`, `lint` and `diff` read like `Inputs/cupi`. Same origin only, each file
/// size- and time-bounded, parsed with the front end's safe options before anything is written,
/// and written all at once. It talks through the client runtime (`APIClient` over the TLS
/// transport): the same trust, IPv6 literals, GET retries and in-flight cap as the client.
public enum Fetcher {
    /// The stage's entry point: the manifest of what landed in `request.output`.
    public static func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchManifest {
        let transport: HTTPClientTransport
        do { transport = try HTTPClientTransport(tls: request.tls, maxResponseBodySize: request.maxFileSize) } catch {
            throw FetchError.transport(url: request.server.description, message: "cannot set up TLS: \(error)")
        }
        let result: Result<FetchManifest, FetchError>
        do { result = .success(try await run(request, transport: transport)) } catch { result = .failure(error) }
        try? await transport.shutdown()
        return try result.get()
    }

    private static func run(_ request: FetchRequest, transport: HTTPClientTransport) async throws(FetchError) -> FetchManifest {
        let configuration = ClientConfiguration(
            publisher: request.server, credentials: .basic(user: request.user, password: request.password),
            basePath: request.basePath, timeout: request.timeout,
            // One retry for a lost connection; a wrong password is one 401, never a storm.
            retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(200), maxDelay: .seconds(1)),
            maxConcurrentRequestsPerServer: 2)
        let client = APIClient(configuration: configuration, transport: transport)
        let origin = URL(string: request.server.description)!
        let session = Session(client: client, origin: origin, basePath: request.basePath, timeout: request.timeout)

        let version = try await session.version()
        var files: [FetchLocation: Data] = [:]
        var queue = [FetchLocation.entry]
        while let location = queue.first {
            queue.removeFirst()
            guard files[location] == nil else { continue }
            guard files.count < request.maxFiles else {
                throw FetchError.invalid(path: location.path, message: "the description reaches more than \(request.maxFiles) files")
            }
            let data = try await session.get(location)
            let references = try Self.references(in: data, at: location)
            files[location] = data
            for reference in references {
                let next = try location.resolve(reference, origin: origin, basePath: request.basePath)
                if files[next] == nil, !queue.contains(next) { queue.append(next) }
            }
        }
        let sorted = files.sorted { $0.key < $1.key }
        let manifest = FetchManifest(
            server: request.server.description, serverVersion: version,
            fetchedAt: ISO8601DateFormatter().string(from: Date()),
            files: sorted.map { location, data in
                FetchManifest.File(path: location.path, url: session.url(location), size: data.count,
                                   sha256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
            })
        try FetchedFolder.replace(request.output, with: sorted.map { ($0.key, $0.value) }, manifest: manifest.encoded())
        return manifest
    }

    /// The references of a fetched file, which must parse with the front end's safe options (no
    /// network, no external entities, bounded expansion) and be a WADL (the entry) or an XSD.
    static func references(in data: Data, at location: FetchLocation) throws(FetchError) -> [String] {
        let document: XMLDocument
        do { document = try XMLDocument.parse([UInt8](data), path: location.path) } catch {
            let first = error.problems.first
            throw FetchError.invalid(path: location.path + (first?.line.map { ":\($0)" } ?? ""),
                                     message: "not a safe, well-formed XML file: \(first?.message ?? "unreadable")")
        }
        guard let root = document.root, let references = DescriptionLinks.references(of: root) else {
            throw FetchError.invalid(path: location.path, message: "neither a WADL application nor an XML Schema")
        }
        if location == .entry, root.localName != "application" {
            throw FetchError.invalid(path: location.path, message: "the entry file is not a WADL application")
        }
        return references
    }
}

/// The requests of one fetch, through the client.
private struct Session: Sendable {
    let client: APIClient
    let origin: URL
    let basePath: String
    let timeout: Duration

    func url(_ location: FetchLocation) -> String { origin.absoluteString + basePath + location.path }

    /// The body of a 200, or the error for anything else.
    func get(_ location: FetchLocation) async throws(FetchError) -> Data {
        let url = url(location)
        let operation = OperationRequest(method: .get, path: location.path, options: RequestOptions(timeout: timeout, headers: [("Accept", "application/xml, */*")]))
        let response: OperationResponse
        do {
            // The request's own timeout covers the answer's head; the deadline also covers a body
            // that stalls (twice the timeout, as a GET may be tried twice).
            response = try await Self.withDeadline(timeout * 2) { [client] in try await client.perform(operation) }
        } catch let error as CUPIError {
            throw FetchError.transport(url: url, message: "\(error)")
        } catch {
            throw FetchError.transport(url: url, message: "no complete answer within \(timeout * 2)")
        }
        switch response.status {
        case 200: return response.body
        case 300..<400:
            let target = response.headerFields[.location] ?? "(no Location)"
            throw FetchError.refused(reference: target, in: url, reason: "the server redirects (HTTP \(response.status)); fetch follows no redirect")
        default: throw FetchError.http(status: response.status, url: url)
        }
    }

    /// `/vmrest/version`'s `version`.
    func version() async throws(FetchError) -> String {
        let data = try await get(FetchLocation.version)
        guard let root = try? XMLDocument.parse([UInt8](data), path: "version").root,
              let version = root.children.first(where: { $0.localName == "version" })?.text, !version.isEmpty else {
            throw FetchError.invalid(path: url(FetchLocation.version), message: "not a VersionInformation document with a version")
        }
        return version
    }

    static func withDeadline<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask { try await Task.sleep(for: limit); return nil }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw CancellationError() }
            return value
        }
    }
}
