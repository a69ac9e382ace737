import ComalTestSupport
import Foundation

/// The built `comal serve` running over a database on a port of its own choosing, as a user starts it.
final class ServedComal {
    let process = Process()
    /// `http://127.0.0.1:PORT/`, read from the banner the server prints once it is listening.
    let address: String

    init(database: String) async throws {
        process.executableURL = ProcessRunner.builtProduct("comal")
        process.arguments = ["serve", "--port", "0", "--db", database]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // Reading blocks until the banner is printed.
        let reader = output.fileHandleForReading
        let banner = await Task.detached { String(decoding: reader.availableData, as: UTF8.self) }.value
        guard let address = banner.split(separator: " ").first(where: { $0.hasPrefix("http://") }) else {
            process.terminate()
            throw ServeError.noBanner(banner)
        }
        self.address = String(address)
    }

    /// Stops the server as a terminal's Ctrl-C would, and returns its exit status.
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }

    enum ServeError: Error { case noBanner(String) }
}
