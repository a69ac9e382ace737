import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Synchronization
import Testing

@testable import ComalWeb

/// Under load a request waits for one of the server's threads; when its client has gone by then
/// (closed its side of the connection, which the server allows, or the whole connection), the work
/// is not done for no one, and the log records it as 499.
@Suite("A request whose client has gone is not worked on")
struct ClientGoneTests {
    /// A connection as the server's pipeline has it, with the handler that watches for the client
    /// leaving, and a request's context made on it.
    static func connection() async throws -> (EmbeddedChannel, WebContext) {
        let channel = EmbeddedChannel(handler: ClientPresenceHandler())
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).get()
        return (channel, WebContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "test"))))
    }

    /// How many times the page was worked on.
    final class WorkCount: Sendable {
        let count = Atomic(0)
        var value: Int { count.load(ordering: .relaxed) }
    }

    /// Runs a request through the middleware, counting the page's work in `worked`; the status.
    static func serve(_ context: WebContext, worked: WorkCount) async throws -> Int {
        let middleware = RequestLimitMiddleware<WebContext>(executor: .shared, limit: 8, inProgress: InProgressCount())
        let request = Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1", path: "/sites/ESP-01"),
            body: RequestBody(buffer: ByteBuffer()))
        return try await middleware.handle(request, context: context) { _, _ in
            worked.count.add(1, ordering: .relaxed)
            return Response(status: .ok)
        }.status.code
    }

    @Test func aClientThatClosedItsSideIsNotWorkedFor() async throws {
        let (channel, context) = try await Self.connection()
        let worked = WorkCount()
        #expect(try await Self.serve(context, worked: worked) == 200)
        // The client is done sending: the connection stays open on the server's side.
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        #expect(channel.isActive)
        #expect(try await Self.serve(context, worked: worked) == 499)
        #expect(worked.value == 1, "the page was worked on for a client that had left")
        _ = try? await channel.close()
    }

    @Test func aClosedConnectionIsNotWorkedFor() async throws {
        let (channel, context) = try await Self.connection()
        let worked = WorkCount()
        try await channel.close()
        #expect(try await Self.serve(context, worked: worked) == 499)
        #expect(worked.value == 0)
        // Its handler is forgotten with the connection.
        #expect(ClientPresenceHandler.presence(of: channel) == nil)
    }
}
