import NIOCore
import Synchronization

/// Notes when a client closes its side of the connection, so that a request waiting for one of
/// the server's threads is not worked on for no one (`RequestLimitMiddleware`).
///
/// Hummingbird lets a client half-close a connection (it still answers a request sent just
/// before), so the connection stays open on the server's side and `Channel.isActive` stays true:
/// only this event says that nobody will read the answer. A request finds its connection's
/// handler by the channel (`presence(of:)`), once, when its context is made.
final class ClientPresenceHandler: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    // It passes every part on as it came, never reading one.
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny

    private let departed = Atomic(false)
    /// The handler of each open connection, by its channel.
    private static let connections = Mutex<[ObjectIdentifier: ClientPresenceHandler]>([:])

    /// Whether the client has closed its side of the connection.
    var clientHasLeft: Bool { departed.load(ordering: .relaxed) }

    static func presence(of channel: any Channel) -> ClientPresenceHandler? {
        connections.withLock { $0[ObjectIdentifier(channel)] }
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let id = ObjectIdentifier(context.channel)
        Self.connections.withLock { $0[id] = self }
    }

    func handlerRemoved(context: ChannelHandlerContext) { forget(context.channel) }

    func channelInactive(context: ChannelHandlerContext) {
        departed.store(true, ordering: .relaxed)
        forget(context.channel)
        context.fireChannelInactive()
    }

    private func forget(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        Self.connections.withLock { _ = $0.removeValue(forKey: id) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .some(.inputClosed) = event as? ChannelEvent { departed.store(true, ordering: .relaxed) }
        context.fireUserInboundEventTriggered(event)
    }
}
