import Hummingbird
import Logging

/// One line per request for the operator: method, path, status, milliseconds, the request's
/// reference (also sent back as `X-Request-Id`) and the client's address, in the message for a
/// person and as metadata fields for the JSON log. The path only: no query string, header,
/// cookie, form or body reaches the log, so no password, session or token can.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let logger: Logger

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        let started = ContinuousClock.now
        let id = context.requestID
        do {
            var response = try await next(request, context)
            response.headers[.init("X-Request-Id")!] = id
            log(request, response.status.code, since: started, context: context)
            return response
        } catch {
            // The router's own refusals (no such route) become their answers after this middleware.
            log(request, (error as? any HTTPResponseError)?.status.code ?? 500, since: started, context: context)
            throw error
        }
    }

    private func log(_ request: Request, _ status: Int, since started: ContinuousClock.Instant, context: WebContext) {
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        let (method, path, id, client) = (request.method.rawValue, request.uri.path, context.requestID, context.address)
        logger.notice(
            "\(method) \(path) \(status) \(milliseconds)ms id=\(id) client=\(client)",
            metadata: [
                "method": "\(method)", "path": "\(path)", "status": .stringConvertible(status),
                "ms": .stringConvertible(milliseconds), "id": "\(id)", "client": "\(client)",
            ])
    }
}
