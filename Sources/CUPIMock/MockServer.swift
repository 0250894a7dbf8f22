import CUPIClient
import CUPIRuntime
import Foundation
import LibXML
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A CUPI server on loopback, backed by an in-memory store: start it, point a client at `urls`,
/// and stop it when done.
///
/// ```swift
/// let mock = try await MockServer.start(MockConfiguration())
/// let cupi = CUPI(configuration: ClientConfiguration(publisher: try ServerAddress(mock.urls[0].absoluteString), …))
/// ```
public final class MockServer: Sendable {
    /// Why the server could not start.
    public struct StartupError: Error, Sendable, CustomStringConvertible {
        /// What failed: a host that could not be bound, a TLS identity that did not load, or a schema that did not compile.
        public var description: String
    }

    /// The configuration the server was started with.
    public let configuration: MockConfiguration
    /// The objects the server holds; tests read it to check what a request left behind.
    public let store: MockStore
    /// The port every host listens on.
    public let port: Int
    /// The hosts actually listened on (`::1` is missing on a machine without IPv6).
    public let hosts: [String]

    private let processor: RequestProcessor
    private let sslContext: NIOSSLContext?
    private let listeners: NIOLockedValueBox<[any Channel]>
    /// Open connections, so "publisher down" can drop them.
    private let connections: Connections

    private typealias Connections = NIOLockedValueBox<[ObjectIdentifier: any Channel]>

    private init(configuration: MockConfiguration, processor: RequestProcessor, store: MockStore, sslContext: NIOSSLContext?,
                 connections: Connections, listeners: [any Channel], port: Int, hosts: [String]) {
        self.connections = connections
        self.configuration = configuration
        self.processor = processor
        self.store = store
        self.sslContext = sslContext
        self.listeners = NIOLockedValueBox(listeners)
        self.port = port
        self.hosts = hosts
    }

    /// Seeds the store and starts listening.
    /// - Throws: `StartupError` when the embedded schema does not compile or no host can be bound.
    public static func start(_ configuration: MockConfiguration = MockConfiguration()) async throws -> MockServer {
        let description = try await LoadedDescription.shared()
        let store = MockStore()
        store.withState { SeedData.seed(&$0) }
        let service = CUPIService(routes: description.routes, codec: description.codec, store: store, description: description.published)
        let processor = RequestProcessor(configuration: configuration, service: service)
        var sslContext: NIOSSLContext?
        if let tls = configuration.tls {
            let chain = try NIOSSLCertificate.fromPEMBytes(Array(tls.certificateChainPEM.utf8)).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(bytes: Array(tls.privateKeyPEM.utf8), format: .pem)
            sslContext = try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        }
        let connections = Connections([:])
        let (channels, port, hosts) = try await bind(hosts: configuration.hosts, port: configuration.port,
                                                     processor: processor, sslContext: sslContext, connections: connections)
        return MockServer(configuration: configuration, processor: processor, store: store, sslContext: sslContext,
                          connections: connections, listeners: channels, port: port, hosts: hosts)
    }

    /// The base URL on each host, for example `http://127.0.0.1:8443/vmrest/` and `http://[::1]:8443/vmrest/`.
    public var urls: [URL] { hosts.compactMap(url(host:)) }
    /// The base URL on 127.0.0.1, when listened on.
    public var ipv4URL: URL? { hosts.contains("127.0.0.1") ? url(host: "127.0.0.1") : nil }
    /// The base URL on [::1], when the machine has IPv6 loopback.
    public var ipv6URL: URL? { hosts.contains("::1") ? url(host: "::1") : nil }

    private func url(host: String) -> URL? {
        let scheme = configuration.tls == nil ? "http" : "https"
        return URL(string: "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)/vmrest/")
    }

    /// What the server has seen so far.
    public var statistics: MockStatistics { processor.statistics }

    /// Makes the next `count` requests (without a fault header) fail with `fault`.
    public func injectFaults(_ fault: Fault, count: Int = 1) {
        processor.queue(fault, count: count)
    }

    /// "Publisher down": stops listening and drops every open connection, so clients see
    /// connection refused until `comeBack()`.
    public func goDown() async {
        let closing = listeners.withLockedValue { channels in
            defer { channels = [] }
            return channels
        }
        for channel in closing { try? await channel.close() }
        let open = connections.withLockedValue { Array($0.values) }
        for channel in open { try? await channel.close() }
    }

    /// Listens again on the same port and hosts after `goDown()`.
    public func comeBack() async throws {
        let (channels, _, _) = try await Self.bind(hosts: hosts, port: port, processor: processor,
                                                   sslContext: sslContext, connections: connections)
        listeners.withLockedValue { $0 = channels }
    }

    /// Stops listening and closes every connection.
    public func stop() async {
        await goDown()
    }

    /// Binds each host; the first fixes the port for the rest. A host the machine lacks is skipped.
    private static func bind(hosts: [String], port: Int, processor: RequestProcessor, sslContext: NIOSSLContext?,
                             connections: Connections) async throws -> ([any Channel], Int, [String]) {
        var channels: [any Channel] = []
        var bound: [String] = []
        var chosenPort = port
        var failures: [String] = []
        for host in hosts {
            do {
                channels.append(try await bootstrap(processor, sslContext, connections).bind(host: host, port: chosenPort).get())
                chosenPort = channels.last?.localAddress?.port ?? chosenPort
                bound.append(host)
            } catch {
                failures.append("\(host): \(error)")
            }
        }
        guard !channels.isEmpty else { throw StartupError(description: "cannot listen: " + failures.joined(separator: "; ")) }
        return (channels, chosenPort, bound)
    }

    private static func bootstrap(_ processor: RequestProcessor, _ sslContext: NIOSSLContext?, _ connections: Connections) -> ServerBootstrap {
        ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let id = ObjectIdentifier(channel)
                connections.withLockedValue { $0[id] = channel }
                channel.closeFuture.whenComplete { _ in _ = connections.withLockedValue { $0.removeValue(forKey: id) } }
                return channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(HTTPConnectionHandler(processor: processor))
                }
            }
    }
}

/// The routes and the compiled schema of the generated client the mock is built on, made once per
/// process: many mocks in one test run share them rather than each compiling the XSD again,
/// seconds of CPU that would starve the requests of the mocks already serving.
private struct LoadedDescription: Sendable {
    let routes: RouteTable
    let codec: WireCodec
    let published: PublishedDescription

    private static let load = NIOLockedValueBox<Task<LoadedDescription, any Error>?>(nil)

    /// The description, made on first use; a failed attempt is tried again next time.
    static func shared() async throws -> LoadedDescription {
        let task = load.withLockedValue { load in
            if let running = load { return running }
            let task = Task { try LoadedDescription() }
            load = task
            return task
        }
        do {
            return try await task.value
        } catch {
            load.withLockedValue { $0 = nil }
            throw error
        }
    }

    private init() throws {
        routes = RouteTable(CUPI.routes)
        let files = CUPI.descriptionFiles
        codec = WireCodec(schema: try Self.compileSchema(files))
        published = PublishedDescription(files)
    }

    /// Compiles every schema file of the description as one schema. libxml2 resolves includes
    /// from files, so they are written to a private temporary folder, removed once compiled.
    private static func compileSchema(_ files: [DescriptionFile]) throws -> XMLSchema {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cupi-mock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            var includes = ""
            // Paths are the generator's own, relative and plain; anything else is not written.
            for file in files where !file.path.contains("..") && !file.path.contains(where: { "\"&<".contains($0) }) {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
                if file.path.hasSuffix(".xsd") { includes += "<xs:include schemaLocation=\"\(file.path)\"/>" }
            }
            let entry = folder.appendingPathComponent("cupi-mock-all.xsd")
            try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\(includes)</xs:schema>".utf8).write(to: entry)
            return try XMLSchema(contentsOf: entry)
        } catch let failure as XMLParseFailure {
            throw MockServer.StartupError(description: "cannot compile the embedded schema: " + failure.problems.map(\.message).joined(separator: "; "))
        } catch {
            throw MockServer.StartupError(description: "cannot write the embedded schema: \(error)")
        }
    }
}
