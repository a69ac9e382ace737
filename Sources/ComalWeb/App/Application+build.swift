import ComalStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The web app over the database at `configuration.databasePath`: templates loaded once, routes
/// built, ready to `runService()`. `onServerRunning` gets the bound port (tests bind port 0).
public func buildApplication(
    _ configuration: WebConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let database = try AppDatabase(path: configuration.databasePath, statementObserver: configuration.statementObserver)
    // Jobs run in the server that started them: any still running ended with the last server.
    try database.failInterruptedJobs(
        now: try database.localDateTime(at: configuration.now()), reason: JobLabels.interrupted)
    let renderer = try await PageRenderer.load()
    let router = try await buildRouter(database, renderer: renderer, configuration: configuration)
    var logger = Logger(label: "comal") { LogLineHandler(label: $0, format: configuration.logFormat) }
    logger.logLevel = .notice
    return Application(
        router: router,
        server: .http1(additionalChannelHandlers: [ClientPresenceHandler()]),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Comal"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: logger)
}

/// Every route, behind the session middleware that authenticates, checks CSRF and sizes bodies;
/// the JSON API under /api/v1 has its own middleware for bearer tokens.
func buildRouter<Repository: AccountRepository & SiteRepository & BuyerRepository & APITokenRepository
        & MenuRepository & AccountAdminRepository & SupplierRepository & RouteRepository & LotRepository & KitchenRepository>(
    _ repository: Repository, renderer: PageRenderer, configuration: WebConfiguration
) async throws -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    var requests = Logger(label: "comal.requests") { LogLineHandler(label: $0, format: configuration.logFormat) }
    requests.logLevel = configuration.logsRequests ? .notice : .warning
    router.addMiddleware { ClientAddressMiddleware(trustedProxies: configuration.trustedProxies) }
    router.addMiddleware { RequestLogMiddleware(logger: requests) }
    let executor = RequestExecutor.shared
    let inProgress = InProgressCount()
    router.addMiddleware {
        RequestLimitMiddleware(executor: executor, limit: configuration.maxRequestsInProgress, inProgress: inProgress)
    }
    // For a load balancer, systemd or a monitor: the database answers, or 503. No sign-in.
    router.get("/healthz") { _, _ in
        let healthy = (try? repository.checkReadable()) != nil
        return Response(
            status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: healthy ? "ok\n" : "the database cannot be read\n")))
    }
    let stylesheet = renderer.stylesheet
    router.get("/static/comal.css") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
            body: .init(byteBuffer: stylesheet))
    }
    router.addMiddleware {
        SessionMiddleware(repository: repository, renderer: renderer, configuration: configuration)
    }
    let decoyHash = Passwords.decoyHash(cost: configuration.passwordCost)
    LoginController(
        repository: repository, renderer: renderer, configuration: configuration, decoyHash: decoyHash,
        signInsWaiting: InProgressCount())
        .addRoutes(to: router)
    SiteController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    var jobLog = Logger(label: "comal.jobs") { LogLineHandler(label: $0, format: configuration.logFormat) }
    jobLog.logLevel = .notice
    let jobs = JobRunner(
        repository: repository, logger: jobLog, priority: configuration.backgroundPriority,
        now: { try repository.localDateTime(at: configuration.now()) })
    MenuController(repository: repository, renderer: renderer, configuration: configuration, jobs: jobs).addRoutes(to: router)
    BuyerController(repository: repository, renderer: renderer, configuration: configuration, jobs: jobs)
        .addRoutes(to: router)
    AccountsController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    SupplierController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    RouteController(repository: repository, renderer: renderer, configuration: configuration, jobs: jobs).addRoutes(to: router)
    LotsController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    KitchenController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    APIController(repository: repository, configuration: configuration, document: renderer.apiDocument, jobs: jobs)
        .addRoutes(to: router)
    return router
}
