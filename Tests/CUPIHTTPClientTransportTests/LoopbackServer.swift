import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// An HTTP/1.1 server on 127.0.0.1 (HTTPS when given a certificate), started in-process on an
/// ephemeral port. It answers `/redirect` with a 302, `/cookies` with two `Set-Cookie` fields and
/// anything else with 200 `hello <path>`; it counts the requests it received.
final class LoopbackServer: Sendable {
    private let channel: any Channel
    private let counter: RequestCounter
    let port: Int

    /// How many complete requests arrived.
    var requestCount: Int { counter.value }

    init(certificatePEM: String? = nil, keyPEM: String? = nil) async throws {
        var sslContext: NIOSSLContext?
        if let certificatePEM, let keyPEM {
            let configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(certificatePEM.utf8)).map { .certificate($0) },
                privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem)))
            sslContext = try NIOSSLContext(configuration: configuration)
        }
        let counter = RequestCounter()
        let context = sslContext
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let context {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Responder(counter: counter))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        self.counter = counter
        port = channel.localAddress?.port ?? 0
    }

    func stop() async throws {
        try await channel.close()
    }

    private final class RequestCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func increment() { lock.withLock { count += 1 } }
    }

    private final class Responder: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        private let counter: RequestCounter
        private var path = ""

        init(counter: RequestCounter) { self.counter = counter }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                path = head.uri
            case .body:
                break
            case .end:
                counter.increment()
                var headers = HTTPHeaders([("Content-Type", "text/plain")])
                var status = HTTPResponseStatus.ok
                switch path {
                case "/redirect":
                    status = .found
                    headers.add(name: "Location", value: "/elsewhere")
                case "/cookies":
                    headers.add(name: "Set-Cookie", value: "JSESSIONID=J1; Path=/vmrest/; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure")
                    headers.add(name: "Set-Cookie", value: "REQUEST_TOKEN_KEY=T2; Path=/")
                default:
                    break
                }
                let body = ByteBuffer(string: "hello \(path)")
                headers.add(name: "Content-Length", value: "\(body.readableBytes)")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
