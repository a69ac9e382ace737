import Hummingbird

/// Puts the client's address in `WebContext.address` before anything reads it: the peer's, or the
/// one a trusted proxy forwarded (`TrustedProxies`). Runs first, so that the request log, login
/// throttling and every handler see the same address.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let trustedProxies: TrustedProxies

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        context.address = trustedProxies.clientAddress(
            peer: context.address, forwardedFor: request.headers[values: .init("X-Forwarded-For")!])
        return try await next(request, context)
    }
}
