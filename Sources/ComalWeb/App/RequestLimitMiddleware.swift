import Hummingbird

/// A request's context that knows whether its client is still connected.
protocol ConnectedContext: RequestContext {
    var clientIsGone: Bool { get }
}

/// Runs every request on the `RequestExecutor`'s threads, and turns away what the server cannot
/// serve in time: past `limit` requests in progress, a new one gets 503 with `Retry-After` at once,
/// rather than joining a queue whose answers would come after its client has given up. A request
/// whose client has closed its connection by the time a thread takes it up is not worked on.
struct RequestLimitMiddleware<Context: ConnectedContext>: RouterMiddleware {
    let executor: RequestExecutor
    let limit: Int
    let inProgress: InProgressCount

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard inProgress.enter(limit: limit) else { return Self.busy }
        defer { inProgress.leave() }
        return try await withTaskExecutorPreference(executor) {
            // Under load a request waits for a thread; its client may have given up meanwhile.
            guard !context.clientIsGone else { return Self.clientGone }
            return try await next(request, context)
        }
    }

    /// What the log records for a request whose client left before it was worked on (nginx's 499);
    /// no one receives it.
    static var clientGone: Response {
        Response(status: .init(code: 499, reasonPhrase: "Client Closed Request"))
    }

    static var busy: Response {
        Response(
            status: .serviceUnavailable,
            headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: "2", .cacheControl: "no-store"],
            body: .init(
                byteBuffer: ByteBuffer(
                    string:
                        "Comal is busy: try again in a few seconds.\nComal está ocupado: intente de nuevo en unos segundos.\n"
                )))
    }
}
