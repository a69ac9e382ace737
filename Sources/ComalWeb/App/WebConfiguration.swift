import Foundation

/// Everything the web app needs to know about where and how it runs, built once at the edge (the
/// `comal serve` flags, or a test) and passed in; nothing below reads the environment.
public struct WebConfiguration: Sendable {
    /// The SQLite file the CLI also uses.
    public var databasePath: String
    public var host: String
    /// 0 picks a free port, which tests use.
    public var port: Int
    /// Where consolidation writes each window's workbooks, one folder per window.
    public var workbookDirectory: String
    /// The largest request body accepted; a bigger upload is refused with a message, and nothing changes.
    public var maxUploadBytes: Int
    /// How long a session lasts after login, however busy (the absolute limit).
    public var sessionLifetime: TimeInterval
    /// How long a session lasts unused (the idle limit): a browser left open in a shared office
    /// signs itself out.
    public var sessionIdleLimit: TimeInterval
    /// How failed sign-ins slow down the next try, for the account tried and for the address trying.
    public var accountThrottle: LoginThrottle
    public var addressThrottle: LoginThrottle
    /// bcrypt's work factor for the hash an unknown username is checked against, so that a login
    /// for a name that does not exist takes as long as one that does.
    public var passwordCost: UInt8
    /// Whether cookies carry `Secure`, so browsers send them only over HTTPS: on for a server behind
    /// a TLS proxy, off for plain http on a laptop or the local network.
    public var secureCookies: Bool
    /// The clock; tests pass a fixed one to cross a cutoff or a throttle window.
    public var now: @Sendable () -> Date
    /// Whether each request gets its line in the log (`RequestLogMiddleware`): on for a server,
    /// off for the in-process test servers, whose hundreds of requests would bury the test output.
    public var logsRequests: Bool
    /// The reverse proxies whose `X-Forwarded-For` names the client; none by default, so a server
    /// reached directly never believes the header.
    public var trustedProxies: TrustedProxies
    /// Text for a person, JSON lines for a log collector.
    public var logFormat: LogFormat
    /// Requests served at once; one more is answered 503 with `Retry-After` at once instead of queueing.
    public var maxRequestsInProgress: Int
    /// Sign-ins waiting for bcrypt at most; one more is answered 503 with `Retry-After` at once
    /// rather than queued behind checks whose clients will have given up. bcrypt checks one at a
    /// time, about 230 ms each at cost 12, so eight are answered within two seconds.
    public var maxWaitingSignIns: Int
    /// How long a sign-in may wait for bcrypt to begin its check; one that waited longer (the
    /// server busy with pages, which come first) is answered 503 with `Retry-After`, before the
    /// person or their browser gives up on it.
    public var signInWait: Duration
    /// How bcrypt's checks and jobs share the CPU with pages.
    public var backgroundPriority: BackgroundPriority
    /// Sees every SQL statement the server runs: how the tests show that a director's page issues
    /// as many statements for 2,000 sites as for two.
    public var statementObserver: (@Sendable (String) -> Void)?
    /// The `comal` executable that plans a cook's menu in a child process (`comal menu plan`); nil
    /// leaves planning off the menu pages.
    public var plannerExecutable: String?

    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, workbookDirectory: String? = nil,
        maxUploadBytes: Int = 1_000_000, sessionLifetime: TimeInterval = 12 * 3600,
        sessionIdleLimit: TimeInterval = 2 * 3600, accountThrottle: LoginThrottle = .perAccount,
        addressThrottle: LoginThrottle = .perAddress, passwordCost: UInt8 = Passwords.defaultCost, secureCookies: Bool = false,
        now: @escaping @Sendable () -> Date = Date.init, logsRequests: Bool = true,
        trustedProxies: TrustedProxies = TrustedProxies(), logFormat: LogFormat = .text,
        statementObserver: (@Sendable (String) -> Void)? = nil, maxRequestsInProgress: Int = 256, maxWaitingSignIns: Int = 8,
        signInWait: Duration = .seconds(1), backgroundPriority: BackgroundPriority = .idle, plannerExecutable: String? = nil
    ) {
        self.plannerExecutable = plannerExecutable
        self.backgroundPriority = backgroundPriority
        self.maxWaitingSignIns = maxWaitingSignIns
        self.signInWait = signInWait
        self.maxRequestsInProgress = maxRequestsInProgress
        self.statementObserver = statementObserver
        self.trustedProxies = trustedProxies
        self.logFormat = logFormat
        self.logsRequests = logsRequests
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.workbookDirectory =
            workbookDirectory
            ?? URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("workbooks").path
        self.maxUploadBytes = maxUploadBytes
        self.sessionLifetime = sessionLifetime
        self.sessionIdleLimit = sessionIdleLimit
        self.accountThrottle = accountThrottle
        self.addressThrottle = addressThrottle
        self.passwordCost = passwordCost
        self.secureCookies = secureCookies
        self.now = now
    }
}
