import ComalCore
import ComalStore
import ComalTestSupport
import ComalWeb
import Foundation
import GRDB
import Logging
import ServiceLifecycle
import Synchronization

/// A clock the tests move: past a cutoff, or past the login throttle's window.
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ text: String) { instant = Mutex(Self.date(text)) }

    var now: Date { instant.withLock { $0 } }

    func set(_ text: String) { instant.withLock { $0 = Self.date(text) } }
    func advance(_ seconds: TimeInterval) { instant.withLock { $0 += seconds } }

    /// `2026-11-24 09:00` in UTC, which the seeded alliance uses as its time zone.
    static func date(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }
}

/// The real server on 127.0.0.1 and a free port, over a real SQLite file in a temporary directory,
/// seeded with two sites, one supplier, an open window and one account per role.
struct LiveServer: Sendable {
    let base: URL
    let database: AppDatabase
    let clock: TestClock
    let directory: TemporaryDirectory
    let workbooks: String

    static let password = "correct horse"
    /// Small, so that the oversized-upload test stays fast.
    static let uploadLimit = 64_000

    /// Starts the server, runs `body` against it, and stops it. A test run keeps both cores busy for
    /// minutes, so background work keeps a share (`low`) and sign-ins wait up to a minute for it.
    /// `prepare` adds to the seeded alliance before the server starts; `statementObserver` sees
    /// every SQL statement the server runs.
    static func run(
        secureCookies: Bool = false, maxRequestsInProgress: Int = 256, maxWaitingSignIns: Int = 8,
        signInWait: Duration = .seconds(60), prepare: (AppDatabase) throws -> Void = { _ in },
        statementObserver: (@Sendable (String) -> Void)? = nil, _ body: @Sendable (LiveServer) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("comal.sqlite")
        let database = try AppDatabase(path: path)
        try Seed.load(into: database)
        try prepare(database)
        let clock = TestClock("2026-11-24 09:00")
        let configuration = WebConfiguration(
            databasePath: path, host: "127.0.0.1", port: 0, workbookDirectory: directory.path("workbooks"),
            maxUploadBytes: uploadLimit, passwordCost: 4, secureCookies: secureCookies, now: { clock.now },
            logsRequests: false, statementObserver: statementObserver, maxRequestsInProgress: maxRequestsInProgress,
            maxWaitingSignIns: maxWaitingSignIns, signInWait: signInWait, backgroundPriority: .low)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try await buildApplication(configuration) { continuation.yield($0) }
        // Stopped gracefully, as `comal serve` is on SIGTERM: cancelling it instead logs errors.
        let services = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Logger(label: "comal-tests")))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { return }
            let server = LiveServer(
                base: URL(string: "http://127.0.0.1:\(port)")!, database: database, clock: clock, directory: directory,
                workbooks: directory.path("workbooks"))
            do {
                try await body(server)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
        }
    }

    func browser() -> Browser { Browser(base: base) }

    /// A browser signed in as `username`.
    func signedIn(_ username: String) async throws -> Browser {
        let browser = browser()
        let response = try await browser.login(username, Self.password)
        precondition(response.status == 303, "login as \(username) failed: \(response.status) \(response.text)")
        return browser
    }

    /// Rows of `table`, to show that a refused request changed nothing.
    func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: directory.path("comal.sqlite")).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        }
    }

    /// A snapshot of everything a forbidden request might have changed: row counts, and every
    /// stored menu's text. Changes to accounts (the tests issue API tokens as they go) are left to
    /// the tests of the accounts page.
    func changeableState() throws -> [String] {
        try ["orderLine", "orderSubmission", "orderWindow", "consolidation", "receipt", "session"].map {
            "\($0): \(try count($0))"
        } + [
            "auditEntry: \(try DatabaseQueue(path: directory.path("comal.sqlite")).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry WHERE action <> 'account'") ?? 0 })"
        ] + (try menuSources()).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    }

    /// Every stored menu's YAML, by site, to show that a refused edit changed none of them.
    func menuSources() throws -> [String: String] {
        try DatabaseQueue(path: directory.path("comal.sqlite")).read { db in
            var sources: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT siteId, menuId, source FROM siteMenu") {
                sources["\(row["siteId"] as String)/\(row["menuId"] as String)"] = row["source"]
            }
            return sources
        }
    }
}
