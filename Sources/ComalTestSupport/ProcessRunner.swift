import Foundation

/// What a finished child process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs real programs for tests: the built `comal` binary, and the independent Python readers.
public enum ProcessRunner {
    /// How long a child may run before it is killed: generous for a loaded 2-core machine, yet a
    /// hung child fails its test in minutes rather than stalling the whole run.
    public static let defaultDeadline: Duration = .seconds(300)

    /// Runs `executable` with `arguments` in `directory` and waits for it, at most `deadline`.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        input: String? = nil, deadline: Duration = defaultDeadline
    ) async throws -> ProcessResult {
        try await ChildProcess.start(executable, arguments, in: directory, input: input).wait(deadline: deadline)
    }

    /// Runs a Python 3 script given as text with `arguments`.
    public static func python(_ script: String, _ arguments: [String]) async throws -> ProcessResult {
        try await run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
    }

    /// A program the package builds (such as `comal`), found next to the test runner.
    public static func builtProduct(_ name: String) -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: name)
    }

    /// The package's root directory, for the bundled demo and catalog files.
    public static func packageRoot(file: StaticString = #filePath) -> URL {
        var directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
            directory.deleteLastPathComponent()
        }
        return directory
    }
}
