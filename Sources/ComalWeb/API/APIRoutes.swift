import Hummingbird

/// The API's routes as they are added, so that each path also answers the methods it does not
/// declare: 405 with an `Allow` header naming those it does (RFC 9110 §15.5.6). Without it the
/// router answers 404, as if the path did not exist, and a client cannot tell a typo from a wrong verb.
/// Each route also names the query parameters it reads: any other is refused with 422, so that a
/// misspelt `?stat=open` is not silently a list of every window.
final class APIRoutes {
    typealias Handler = @Sendable (Request, WebContext) async throws -> Response

    let group: RouterGroup<WebContext>
    private var declared: [(path: String, methods: [HTTPRequest.Method])] = []

    /// The methods a client or a fuzzer may try on any path; HEAD is left to the router.
    private static let tried: [HTTPRequest.Method] = [
        .get, .put, .post, .delete, .patch, .options, .trace, HTTPRequest.Method("QUERY")!,
    ]

    init(_ group: RouterGroup<WebContext>) { self.group = group }

    func get(_ path: String, query: Set<String> = [], _ handler: @escaping Handler) { add(path, .get, query, handler) }
    func post(_ path: String, query: Set<String> = [], _ handler: @escaping Handler) { add(path, .post, query, handler) }
    func put(_ path: String, query: Set<String> = [], _ handler: @escaping Handler) { add(path, .put, query, handler) }
    func delete(_ path: String, _ handler: @escaping Handler) { add(path, .delete, [], handler) }

    private func add(_ path: String, _ method: HTTPRequest.Method, _ query: Set<String>, _ handler: @escaping Handler) {
        group.on(RouterPath(path), method: method) { request, context in
            try Self.checkQuery(request, reads: query)
            return try await handler(request, context)
        }
        if let index = declared.firstIndex(where: { $0.path == path }) {
            declared[index].methods.append(method)
        } else {
            declared.append((path, [method]))
        }
    }

    private static func checkQuery(_ request: Request, reads names: Set<String>) throws(APIError) {
        let unknown = request.uri.queryParameters.map { String($0.key) }.filter { !names.contains($0) }
        guard !unknown.isEmpty else { return }
        let takes = names.sorted().joined(separator: ", ")
        throw .invalid(
            unknown.sorted().map { name in
                APIProblem(
                    field: name,
                    english: names.isEmpty ? "is not a query parameter; this call takes none" : "is not a query parameter; this call takes \(takes)",
                    spanish: names.isEmpty ? "no es un parámetro de consulta; esta llamada no lleva ninguno" : "no es un parámetro de consulta; esta llamada lleva \(takes)")
            })
    }

    /// Adds the 405 answers; call once, after every route is added.
    func refuseUndeclaredMethods() {
        for (path, methods) in declared {
            let refusal = APIError.methodNotAllowed(methods)
            for method in Self.tried where !methods.contains(method) {
                group.on(RouterPath(path), method: method) { _, _ -> Response in throw refusal }
            }
        }
    }
}
