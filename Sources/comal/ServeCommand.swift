import ArgumentParser
import ComalStore
import ComalWeb
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web app for directors and the buyer over the same database.",
        discussion: """
            Every option can also come from its COMAL_* environment variable (COMAL_DB, COMAL_HOST, \
            COMAL_PORT, COMAL_WORKBOOKS, COMAL_TRUSTED_PROXY, COMAL_SECURE_COOKIES, COMAL_LOG_FORMAT, \
            COMAL_MAX_REQUESTS, COMAL_BACKGROUND_PRIORITY); \
            an option given here wins over its variable. SIGTERM or Ctrl-C stops the server once the \
            requests in flight have their answers.
            """)
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The port to listen on (default: $COMAL_PORT, else 8080).") var port: Int?
    @Option(help: "The address to listen on; 0.0.0.0 serves the local network (default: $COMAL_HOST, else 127.0.0.1).")
    var host: String?
    @Option(help: "Where consolidation writes workbooks (default: $COMAL_WORKBOOKS, else workbooks/ beside the database).")
    var workbooks: String?
    @Flag(
        inversion: .prefixedNo,
        help:
            "Mark cookies Secure (sent only over HTTPS), for a server behind a TLS proxy (default: $COMAL_SECURE_COOKIES, else off)."
    )
    var secureCookies: Bool?
    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "A reverse proxy's address range, such as 127.0.0.1/32 or ::1/128, whose X-Forwarded-For names the client; repeatable (default: $COMAL_TRUSTED_PROXY, comma-separated, else none).",
            valueName: "cidr"),
        transform: { try AddressRange(parsing: $0) })
    var trustedProxies: [AddressRange] = []
    @Option(help: "text, or json for one JSON object per log line (default: $COMAL_LOG_FORMAT, else text).")
    var logFormat: LogFormat?
    @Option(
        help:
            "Requests served at once; one more gets 503 with Retry-After at once instead of waiting (default: $COMAL_MAX_REQUESTS, else 256)."
    )
    var maxRequests: Int?
    @Option(
        help: """
            idle: sign-ins' password checks and jobs use only CPU no page wants, so pages stay quick however \
            busy; on a machine kept busy, sign-ins are answered 503 and jobs wait. low: they keep a small \
            share, for a machine other programs keep busy (default: $COMAL_BACKGROUND_PRIORITY, else idle).
            """)
    var backgroundPriority: BackgroundPriority?

    static let maxRequestsRange = 1...100_000

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port \(port) is not a port: give 0 to 65535") }
        if let maxRequests, !Self.maxRequestsRange.contains(maxRequests) {
            throw ValidationError("--max-requests \(maxRequests) is out of range: give 1 to 100000")
        }
    }

    func run() async throws {
        let configuration = try webConfiguration(ComalEnvironment())
        // Held for as long as the server runs, so that `comal restore` never replaces the file under it.
        let hold = try ServerHold.shared(configuration.databasePath)
        defer { hold.release() }
        let app = try await buildApplication(configuration) { port in
            // Written unbuffered, so that a script or test reading the pipe learns the port at once.
            FileHandle.standardOutput.write(
                Data("Comal is serving http://\(configuration.host):\(port)/ (Ctrl-C stops it)\n".utf8))
        }
        // Hummingbird stops on SIGTERM and SIGINT gracefully: it stops accepting connections and
        // lets the requests in flight finish before `runService` returns.
        try await app.runService()
    }

    /// The server's configuration: each option from its flag, else its COMAL_* variable, else the default.
    func webConfiguration(_ environment: ComalEnvironment) throws -> WebConfiguration {
        WebConfiguration(
            databasePath: database.db, host: host ?? environment.host ?? "127.0.0.1",
            port: try port ?? environment.port() ?? 8080, workbookDirectory: workbooks ?? environment.workbooks,
            secureCookies: try secureCookies ?? environment.secureCookies() ?? false,
            trustedProxies: TrustedProxies(trustedProxies.isEmpty ? try environment.trustedProxies() ?? [] : trustedProxies),
            logFormat: try logFormat ?? environment.logFormat() ?? .text,
            maxRequestsInProgress: try maxRequests ?? environment.maxRequests() ?? 256,
            backgroundPriority: try backgroundPriority ?? environment.backgroundPriority() ?? .idle,
            // The server plans menus by running itself as `comal menu plan`.
            plannerExecutable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path)
    }
}

extension LogFormat: ExpressibleByArgument {}
extension BackgroundPriority: ExpressibleByArgument {}
