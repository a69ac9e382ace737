import ComalStore
import Foundation

/// A temporary folder with input files and a database, where the built `comal` binary runs as a
/// user runs it; command-line test fixtures add their own data on top.
open class ComalWorkspace {
    public let directory: TemporaryDirectory
    /// The database every command is pointed at with `--db`.
    public let database: String

    /// Creates the folder and writes `files` (name → text) into it.
    public init(files: [(name: String, text: String)]) throws {
        directory = try TemporaryDirectory()
        database = directory.path("comal.sqlite")
        for file in files { try directory.write(file.text, to: file.name) }
    }

    /// Runs `comal ARGUMENTS --db <database>` in the folder, whatever its outcome.
    @discardableResult
    public func comal(_ arguments: [String]) async throws -> ProcessResult {
        try await ProcessRunner.run(ProcessRunner.builtProduct("comal"), arguments + ["--db", database], in: directory.url)
    }

    /// Runs `comal ARGUMENTS --db <database>` in the folder, whatever its outcome.
    @discardableResult
    public func comal(_ arguments: String...) async throws -> ProcessResult { try await comal(arguments) }

    /// Runs `comal ARGUMENTS --db <database>` on a terminal of its own (util-linux's `script`, part
    /// of every Debian), as a person at a terminal runs it; what it wrote there, standard error
    /// included, is the result's standard output.
    public func comalOnATerminal(_ arguments: String...) async throws -> ProcessResult {
        let command = ([ProcessRunner.builtProduct("comal").path] + arguments + ["--db", database])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try await ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/script"), ["--quiet", "--return", "--command", command, "/dev/null"], in: directory.url)
    }

    /// Runs a step that must succeed; when it does not, throws with the command and what it printed.
    @discardableResult
    public func succeed(_ arguments: String...) async throws -> ProcessResult { try await succeed(arguments) }

    /// Runs a step that must succeed; when it does not, throws with the command and what it printed.
    @discardableResult
    public func succeed(_ arguments: [String]) async throws -> ProcessResult {
        let result = try await comal(arguments)
        guard result.status == 0 else {
            throw CommandFailure(command: "comal " + arguments.joined(separator: " "), result: result)
        }
        return result
    }

    /// Loads `alliance.yaml`, `sites.csv` and `catalog.csv` (from supplier "Test Foods", a $10.00 fee
    /// and a $50.00 minimum) and opens window 1 with a cutoff far ahead, as a buyer starts a week.
    public func setUpAlliance() async throws {
        try await succeed("alliance", "load", "alliance.yaml")
        try await succeed("import", "sites", "sites.csv")
        try await succeed("supplier", "add", "Test Foods", "--delivery-fee", "10.00", "--minimum-order", "50.00")
        try await succeed("import", "catalog", "catalog.csv", "--supplier", "Test Foods")
        try await succeed("window", "open", "--delivery", "2099-12-14", "--cutoff", "2099-12-09 17:00")
    }

    /// The alliance set up, `orders.csv` taken, window 1 closed and consolidated into `out/`.
    public func consolidatedWindow() async throws {
        try await setUpAlliance()
        try await succeed("import", "orders", "orders.csv", "--window", "1")
        try await succeed("window", "close", "1", "--force")
        try await succeed("consolidate", "--window", "1", "--out", "out")
    }

    /// The workspace's database opened directly, to check what the commands stored.
    public func open() throws -> AppDatabase { try AppDatabase(path: database) }
}

/// A command a test needed to succeed exited with an error.
public struct CommandFailure: Error, CustomStringConvertible {
    public var command: String
    public var result: ProcessResult

    public var description: String { "\(command) exited \(result.status): \(result.stderr)" }
}
