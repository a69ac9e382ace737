import ComalTestSupport
import Foundation

/// The built `comal serve` running over a database on a free port the system picks, as a user starts it.
struct ServedComal {
    let server: ChildProcess
    /// `http://127.0.0.1:PORT/`, read from the banner the server prints once it is listening.
    let address: String

    /// Starts the server, waits (bounded) until it listens, runs `body`, and stops and reaps the
    /// server whatever `body` does, so a failing test never leaves a server behind.
    static func serving<Result>(
        _ database: String, _ body: (ServedComal) async throws -> Result
    ) async throws -> Result {
        let served = try await start(database)
        do {
            let result = try await body(served)
            await served.server.stop()
            return result
        } catch {
            await served.server.stop()
            throw error
        }
    }

    /// Starts the server and waits (bounded) until it listens; the caller stops or kills it.
    static func start(_ database: String) async throws -> ServedComal {
        try await start(["--port", "0", "--db", database])
    }

    /// Starts `comal serve` with `arguments` and `environment` (a service's COMAL_* variables) from
    /// `executable` (an installed copy, say) and waits (bounded) until it listens.
    static func start(
        _ arguments: [String], environment: [String: String] = [:],
        executable: URL = ProcessRunner.builtProduct("comal")
    ) async throws -> ServedComal {
        // A test run keeps both cores busy for minutes: at the idle priority a sign-in's password
        // check would wait that long, so the servers it starts give background work a share.
        let environment = ["COMAL_BACKGROUND_PRIORITY": "low"].merging(environment) { $1 }
        let server = try await ChildProcess.start(executable, ["serve"] + arguments, environment: environment)
        do {
            let banner = try await server.waitForOutput(deadline: .seconds(60)) { $0.contains("http://") && $0.hasSuffix("\n") }
            let address = banner.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("http://") }!
            return ServedComal(server: server, address: String(address))
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Stops the server as a terminal's Ctrl-C would, and returns its exit status.
    func stop() async -> Int32 { await server.stop().status }
}
