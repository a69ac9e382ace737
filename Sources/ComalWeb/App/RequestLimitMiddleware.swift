import Hummingbird

/// Runs every request on the `RequestExecutor`'s threads, and turns away what the server cannot
/// serve in time: past `limit` requests in progress, a new one gets 503 with `Retry-After` at once,
/// rather than joining a queue whose answers would come after its client has given up.
struct RequestLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let executor: RequestExecutor
    let limit: Int
    let inProgress: InProgressCount

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard inProgress.enter(limit: limit) else { return Self.busy }
        defer { inProgress.leave() }
        return try await withTaskExecutorPreference(executor) { try await next(request, context) }
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
