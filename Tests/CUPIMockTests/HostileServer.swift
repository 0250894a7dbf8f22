import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A plain-HTTP server on 127.0.0.1 that misbehaves on purpose, path by path, for the fetch tests:
/// it sends what a compromised or broken server might.
final class HostileServer: Sendable {
    enum Behavior: Sendable {
        case ok(String)
        case status(Int)
        case redirect(String)
        /// A 200 whose body never ends.
        case endless
        /// A 200 head, then nothing.
        case stall
    }

    private let channel: any Channel
    private let counter = NIOLockedValueBox(0)
    let port: Int

    /// Requests answered so far.
    var requests: Int { counter.withLockedValue { $0 } }

    init(_ routes: [String: Behavior]) async throws {
        let counter = self.counter
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Responder(routes: routes, counter: counter))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    func stop() async { try? await channel.close() }

    private final class Responder: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let routes: [String: Behavior]
        let counter: NIOLockedValueBox<Int>
        private var path = ""

        init(routes: [String: Behavior], counter: NIOLockedValueBox<Int>) {
            self.routes = routes
            self.counter = counter
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): path = head.uri
            case .body: break
            case .end:
                counter.withLockedValue { $0 += 1 }
                respond(context, routes[path] ?? .status(404))
            }
        }

        private func respond(_ context: ChannelHandlerContext, _ behavior: Behavior) {
            func head(_ status: Int, _ headers: [(String, String)]) {
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status),
                                                                     headers: HTTPHeaders(headers)))), promise: nil)
            }
            switch behavior {
            case .ok(let text):
                head(200, [("Content-Type", "application/xml"), ("Content-Length", String(text.utf8.count))])
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .status(let status):
                head(status, [("Content-Length", "0")])
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .redirect(let location):
                head(302, [("Location", location), ("Content-Length", "0")])
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .stall:
                head(200, [("Content-Type", "application/xml"), ("Content-Length", "100")])
                context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "<application")))), promise: nil)
            case .endless:
                head(200, [("Content-Type", "application/xml"), ("Transfer-Encoding", "chunked")])
                writeForever(context, ByteBuffer(string: "<application>" + String(repeating: "<!-- endless -->", count: 4096)))
            }
        }

        /// Writes `chunk` again each time the last write completes, until the client goes away.
        private func writeForever(_ context: ChannelHandlerContext, _ chunk: ByteBuffer) {
            let loop = context.eventLoop
            let isolated = NIOLoopBound((self, context), eventLoop: loop)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).whenSuccess {
                let (handler, context) = isolated.value
                guard context.channel.isActive else { return }
                handler.writeForever(context, chunk)
            }
        }
    }
}
