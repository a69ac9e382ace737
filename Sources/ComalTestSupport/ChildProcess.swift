import Foundation
import Subprocess
import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// A program started for a test or a benchmark: spawned through swift-subprocess (posix_spawn, as
/// Foundation's `Process` crashes now and then on Linux in Swift 6.3), leader of a process group of
/// its own so that a timeout also ends what it started (Chromium under Playwright, LibreOffice's
/// soffice.bin), with its output in files so that a chatty child never blocks on a full pipe and a
/// long-running one (`comal serve`) can be read while it runs.
public final class ChildProcess: Sendable {
    /// The command as a shell would show it, for messages.
    public let command: String
    /// The child's process id, which is also its process group's id.
    public let processID: pid_t
    private let outputFiles: TemporaryDirectory
    /// Ends when the child has exited and been reaped, whatever ends it.
    private let exit: Task<TerminationStatus, any Error>
    private let reaped: ReapedFlag

    private init(
        command: String, processID: pid_t, outputFiles: TemporaryDirectory, exit: Task<TerminationStatus, any Error>,
        reaped: ReapedFlag
    ) {
        self.command = command
        self.processID = processID
        self.outputFiles = outputFiles
        self.exit = exit
        self.reaped = reaped
    }

    /// Starts `executable` with `arguments` in `directory`, `input` on its standard input and this
    /// process's environment with `environment` set on top (a service's COMAL_* variables).
    public static func start(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
        environment: [String: String] = [:]
    ) async throws -> ChildProcess {
        let files = try TemporaryDirectory()
        try files.write(input ?? "", to: "in")
        let standardInput = try FileDescriptor.open(FilePath(files.path("in")), .readOnly)
        let standardOutput = try FileDescriptor.open(
            FilePath(files.path("out")), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
        let standardError = try FileDescriptor.open(
            FilePath(files.path("err")), .writeOnly, options: [.create, .truncate], permissions: .ownerReadWrite)
        var options = PlatformOptions()
        options.processGroupID = 0
        let (spawned, reportSpawn) = AsyncStream.makeStream(of: pid_t.self)
        let reaped = ReapedFlag()
        let exit = Task<TerminationStatus, any Error> {
            defer {
                reportSpawn.finish()
                reaped.value.store(true, ordering: .releasing)
            }
            let result = try await Subprocess.run(
                .path(FilePath(executable.path)), arguments: Arguments(arguments),
                environment: .inherit.updating(
                    Dictionary(uniqueKeysWithValues: environment.map { (.init(rawValue: $0.key)!, $0.value as String?) })),
                workingDirectory: directory.map { FilePath($0.path) },
                platformOptions: options,
                input: .fileDescriptor(standardInput, closeAfterSpawningProcess: true),
                output: .fileDescriptor(standardOutput, closeAfterSpawningProcess: true),
                error: .fileDescriptor(standardError, closeAfterSpawningProcess: true)
            ) { execution in
                reportSpawn.yield(execution.processIdentifier.value)
                reportSpawn.finish()
            }
            return result.terminationStatus
        }
        let command = ([executable.path] + arguments).joined(separator: " ")
        var spawnedIDs = spawned.makeAsyncIterator()
        guard let processID = await spawnedIDs.next() else {
            // The spawn itself failed (no such program, say): its error says why.
            _ = try await exit.value
            throw ChildProcessError.notStarted(command: command)
        }
        return ChildProcess(command: command, processID: processID, outputFiles: files, exit: exit, reaped: reaped)
    }

    /// Everything the child has written to its standard output so far.
    public var standardOutput: String { (try? String(contentsOfFile: outputFiles.path("out"), encoding: .utf8)) ?? "" }

    /// Everything the child has written to its standard error so far.
    public var standardError: String { (try? String(contentsOfFile: outputFiles.path("err"), encoding: .utf8)) ?? "" }

    /// Waits for the child to exit by itself. Past `deadline` its whole process group is killed and
    /// reaped, and the wait throws with the command, the deadline and the child's last output.
    public func wait(deadline: Duration) async throws -> ProcessResult {
        guard await exits(within: deadline) else {
            _ = try? await exit.value
            throw ChildProcessError.deadlinePassed(
                command: command, deadline: deadline, lastOutput: Self.tail(standardOutput + standardError))
        }
        return try await result()
    }

    /// Stops the child as a terminal's Ctrl-C or a service manager would: SIGTERM to its process
    /// group, then SIGKILL to what is left after `grace`; returns once it has been reaped.
    @discardableResult
    public func stop(grace: Duration = .seconds(10)) async -> ProcessResult {
        // Once reaped, its id may be given to another process: no signal goes out any more.
        if !reaped.value.load(ordering: .acquiring) {
            kill(-processID, SIGTERM)
            _ = await exits(within: grace)
        }
        return (try? await result()) ?? ProcessResult(status: -1, stdout: standardOutput, stderr: standardError)
    }

    /// Kills the child and everything it started at once (SIGKILL, as `kill -9` or a power cut
    /// would), and returns once it has been reaped.
    @discardableResult
    public func killOutright() async -> ProcessResult {
        if !reaped.value.load(ordering: .acquiring) {
            kill(-processID, SIGKILL)
            _ = try? await exit.value
        }
        return (try? await result()) ?? ProcessResult(status: -1, stdout: standardOutput, stderr: standardError)
    }

    /// Waits until the child's standard output holds what `ready` looks for (a server's banner), and
    /// returns that output. Throws, with the child's last output, if it exits first or `deadline` passes.
    public func waitForOutput(deadline: Duration, until ready: (String) -> Bool) async throws -> String {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < deadline {
            let output = standardOutput
            if ready(output) { return output }
            if reaped.value.load(ordering: .acquiring) { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ChildProcessError.notReady(
            command: command, waited: ContinuousClock.now - start, exited: reaped.value.load(ordering: .acquiring),
            lastOutput: Self.tail(standardOutput + standardError))
    }

    /// Whether the child exits within `time`. If it does not, its whole process group is killed,
    /// which also ends the wait for its exit (a task group waits for all its tasks, cancelled or not).
    private func exits(within time: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { [exit] in
                _ = try? await exit.value
                return true
            }
            group.addTask {
                try? await Task.sleep(for: time)
                return false
            }
            let exited = await group.next() ?? false
            if !exited { kill(-processID, SIGKILL) }
            group.cancelAll()
            return exited
        }
    }

    private func result() async throws -> ProcessResult {
        let status: Int32 =
            switch try await exit.value {
            case .exited(let code): code
            case .signaled(let signal): 128 + signal
            }
        return ProcessResult(status: status, stdout: standardOutput, stderr: standardError)
    }

    /// The last lines of what a child printed, enough to see why it stalled.
    static func tail(_ text: String, lines: Int = 20) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}

/// Set once the child has been reaped, so a wait for its output can stop early.
private final class ReapedFlag: Sendable {
    let value = Atomic<Bool>(false)
}

/// A child process that could not be started or did not finish in time.
public enum ChildProcessError: Error, CustomStringConvertible {
    case notStarted(command: String)
    case deadlinePassed(command: String, deadline: Duration, lastOutput: String)
    case notReady(command: String, waited: Duration, exited: Bool, lastOutput: String)

    public var description: String {
        switch self {
        case .notStarted(let command): "could not start \(command)"
        case .deadlinePassed(let command, let deadline, let lastOutput):
            "\(command) was still running after \(deadline) and was killed; its last output:\n\(lastOutput)"
        case .notReady(let command, let waited, let exited, let lastOutput):
            "\(command) \(exited ? "exited before it was ready" : "was not ready after \(waited)"); its last output:\n\(lastOutput)"
        }
    }
}
