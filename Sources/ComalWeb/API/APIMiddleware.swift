import ComalCore
import ComalStore
import Foundation
import Hummingbird

/// What the API's middleware needs of the database: the account a token's hash belongs to.
protocol APITokenRepository: Sendable {
    func accountForAPIToken(hash: String, now: Date) throws -> Account?
}

extension AppDatabase: APITokenRepository {}

/// Runs before every `/api/v1` route: reads the body up to the upload limit (draining the rest),
/// signs in the bearer token's account, and turns whatever a handler throws into a JSON error.
/// There is no cookie here, so no CSRF check: a browser never attaches a bearer token by itself.
struct APIMiddleware<Repository: APITokenRepository>: RouterMiddleware {
    typealias Context = WebContext

    let repository: Repository
    let configuration: WebConfiguration

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        let language = API.language(request)
        context.language = language
        do {
            // Read first, so that a refusal below still lets the client finish sending.
            let (body, tooLarge) = try await RequestBody.read(request, limit: configuration.maxUploadBytes)
            context.apiAccount = try authenticate(request)
            if tooLarge { throw APIError.tooLarge(limit: configuration.maxUploadBytes) }
            context.apiBody = body
            return try await next(request, context)
        } catch {
            guard let refusal = APIError.from(error) else {
                return APIError.unexpected(reference: context.logUnexpected(error, in: request)).response(language)
            }
            return refusal.response(language)
        }
    }

    private func authenticate(_ request: Request) throws -> Account {
        let header = request.headers[.authorization] ?? ""
        guard header.count > 7, header.prefix(7).lowercased() == "bearer " else { throw APIError.unauthorized }
        let token = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty,
            let account = try repository.accountForAPIToken(hash: APITokens.hash(token), now: configuration.now())
        else { throw APIError.unauthorized }
        return account
    }
}
