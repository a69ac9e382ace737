import Foundation

/// What a finished child process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs real programs for tests: the built `comal` binary, and the independent Python readers.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` in `directory` and waits for it.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        input: String? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
        let scratch = try TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: scratch.path("out"), contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path("err"), contents: nil)
        _ = FileManager.default.createFile(atPath: scratch.path("in"), contents: Data((input ?? "").utf8))
        process.standardOutput = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("err"))
        process.standardInput = try FileHandle(forReadingFrom: scratch.url.appendingPathComponent("in"))
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: scratch.path("out"), encoding: .utf8),
            stderr: try String(contentsOfFile: scratch.path("err"), encoding: .utf8))
    }

    /// Runs a Python 3 script given as text with `arguments`.
    public static func python(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
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
