import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A client on a plain TCP socket to 127.0.0.1, which sends a request in pieces as a slow upload
/// over a poor connection does, so that a test can act while the request is in flight.
public final class SlowClient {
    private let socket: Int32

    public init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SlowClientError.failed("socket", errno) }
        // Bounded reads: a server that never answers fails the test instead of hanging it.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw SlowClientError.failed("connect", errno)
        }
    }

    deinit { close(socket) }

    public func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw SlowClientError.failed("send", errno) }
            sent += written
        }
    }

    /// Whether the server has already answered (or closed the connection): something to read, or
    /// the end of it, is waiting on the socket. Reads nothing.
    public var wasAnswered: Bool {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0
    }

    /// Everything the server sends until it closes the connection, read on a thread of its own: a
    /// blocking read on Swift's cooperative pool (one thread per core, two here) holds a thread the
    /// servers in the same test process need, and under the whole suite's load they then answer
    /// late or not at all.
    public func response() async throws -> String {
        let socket = socket
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try Self.readToEnd(socket) }) }.start()
        }
    }

    private static func readToEnd(_ socket: Int32) throws -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw SlowClientError.failed("recv", errno) }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}

/// A socket call that failed, with the system's error number.
public enum SlowClientError: Error, CustomStringConvertible {
    case failed(String, Int32)

    public var description: String {
        switch self {
        case .failed(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
