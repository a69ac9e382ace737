import ComalCore
import ComalStore
import Foundation
import Hummingbird
import NIOCore

/// The request context every route sees: who is signed in, the page language, the posted form and
/// the token that forms must carry, all filled in by `SessionMiddleware` before a handler runs.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, for login throttling and the request log: the peer's, replaced by
    /// `ClientAddressMiddleware` with the one a trusted proxy forwarded.
    var address: String
    var session: Session?
    var language: Language = .english
    /// The CSRF token for forms on this page: the session's, or the anonymous cookie's before login.
    var csrfToken: String = ""
    /// The posted form, read and size-checked by the middleware (empty for GET).
    var form = FormData()
    /// The page's own path and query, for the language switch to come back to.
    var path = "/"
    /// The account an API request's bearer token signed in (`APIMiddleware`); nil on pages.
    var apiAccount: Account?

    /// Who signed in: the API's token holder under /api/v1, the page session's account elsewhere
    /// (the two middlewares never both run on one request).
    var account: Account? { apiAccount ?? session?.account }
    /// An API request's body, read and size-checked by `APIMiddleware` (empty for GET).
    var apiBody = Data()
    /// The short reference of this request in the request log, the `X-Request-Id` header and the
    /// page of an unexpected error, so that the operator finds a user's failed request at once.
    var requestID = SecureToken.reference()

    /// The client's connection, and what its handler saw of it, to tell whether anyone still
    /// waits for the answer.
    let channel: any Channel
    let presence: ClientPresenceHandler?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        presence = ClientPresenceHandler.presence(of: source.channel)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The middleware reads bodies itself, with its own limit and message.
    public var maxUploadSize: Int { .max }
}

extension WebContext: ConnectedContext {
    var clientIsGone: Bool { presence?.clientHasLeft == true || !channel.isActive }
}

extension WebContext {
    /// Logs a fault of the server under the request's reference and returns it, so that the page or
    /// the API answer can show the reference and nothing else.
    func logUnexpected(_ error: any Error, in request: Request) -> String {
        logger.error("request \(requestID): \(request.method) \(request.uri.path) failed: \(error)")
        return requestID
    }
}
