import Foundation
import NIOCore
import NIOHTTP1

/// Collects one HTTP request at a time from a connection, hands it to the processor off the
/// event loop (a slow or throttled request must not stall other connections), and writes the
/// outcome back. NIO's pipelining helper holds later requests until a response has ended.
final class HTTPConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Requests larger than this are refused, so a hostile client cannot exhaust memory.
    static let maximumBodySize = 4 << 20

    private let processor: RequestProcessor
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(processor: RequestProcessor) {
        self.processor = processor
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
        case .body(var chunk):
            if body.readableBytes + chunk.readableBytes > Self.maximumBodySize {
                context.close(promise: nil)
                return
            }
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            self.head = nil
            let request = RawRequest(method: head.method.rawValue, target: head.uri,
                                     headers: head.headers.map { ($0.name, $0.value) },
                                     body: Data(body.readableBytesView))
            let keepAlive = head.isKeepAlive
            let processor = self.processor
            let eventLoop = context.eventLoop
            let bound = NIOLoopBound((handler: self, context: context), eventLoop: eventLoop)
            Task {
                let outcome = await processor.process(request)
                eventLoop.execute {
                    bound.value.handler.write(outcome, keepAlive: keepAlive, context: bound.value.context)
                }
            }
        }
    }

    private func write(_ outcome: Outcome, keepAlive: Bool, context: ChannelHandlerContext) {
        switch outcome {
        case .reset:
            context.close(promise: nil)
        case .respond(let response):
            var headers = HTTPHeaders(response.headers)
            headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
            if !keepAlive { headers.replaceOrAdd(name: "Connection", value: "close") }
            let status = HTTPResponseStatus(statusCode: response.status)
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            if !response.body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
            }
            let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if !keepAlive {
                let channel = context.channel
                done.whenComplete { _ in channel.close(promise: nil) }
            }
        case .truncate(let response):
            // Promise more bytes than follow, then hang up: the client sees a cut-off body.
            var headers = HTTPHeaders(response.headers)
            headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count + 1024))
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            let half = response.body.prefix(response.body.count / 2)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: half))))).whenComplete { _ in
                channel.close(promise: nil)
            }
        }
    }
}
