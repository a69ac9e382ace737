import ComalCore
import ComalPlanner
import Foundation
import Subprocess
import Synchronization
import SystemPackage

/// Plans a site's menu for the web in a child process: `comal menu plan … --assign`, the very command a
/// user runs. CBC is C code that aborts its process when an assertion fails inside it; in a child, that
/// ends one plan, never the server.
public struct MenuPlanProcess: Sendable {
    /// The `comal` executable the server runs as, which plans in the child.
    public let executable: String
    public let database: String

    public init(executable: String, database: String) {
        self.executable = executable
        self.database = database
    }

    /// Plans and assigns the plan to `site` as `actor`, reporting the seconds searched of the time limit
    /// every half second on the calling thread; throws what the command said when it failed.
    public func run(
        site: Site.ID, wishes: MenuPlanning.Wishes, actor: String, progress: (JobProgress) throws -> Void
    ) throws {
        let scratch = NSTemporaryDirectory() + "comal-plan-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var arguments = [
            "menu", "plan", "--db", database, "--site", site.rawValue, "--weeks", "\(wishes.weeks)", "--out", "\(scratch)/plan.yaml",
            "--time-limit", "\(wishes.timeLimit.components.seconds)", "--spacing", "\(wishes.spacingDays)", "--assign", "--by", actor,
        ]
        if let ages = wishes.ageGroups { arguments += ["--ages", ages.map(\.rawValue).joined(separator: ",")] }
        if let menu = wishes.menu { arguments += ["--menu", menu.rawValue] }
        if let month = wishes.inSeason { arguments += ["--in-season", "\(month)"] }
        for dish in wishes.keep { arguments += ["--keep", dish] }
        for allergen in wishes.avoiding.sorted(by: { $0.rawValue < $1.rawValue }) { arguments += ["--avoid", allergen.rawValue] }
        let outcome = Mutex<Result<ExecutionResult<Void, DiscardedOutput, StringOutput<Unicode.UTF8>>, any Error>?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let (executable, command) = (self.executable, Arguments(arguments))
        // The solver stops itself at the time limit; a child that has not ended two minutes after it
        // is stopped, so that a hung plan never holds the jobs' thread (consolidations wait behind it).
        let deadline = wishes.timeLimit + .seconds(120)
        Task {
            let result: Result<ExecutionResult<Void, DiscardedOutput, StringOutput<Unicode.UTF8>>, any Error>
            do {
                result = .success(
                    try await withThrowingTaskGroup { group in
                        group.addTask {
                            try await Subprocess.run(
                                .path(FilePath(executable)), arguments: command, output: .discarded,
                                error: .string(limit: 64 * 1024))
                        }
                        group.addTask {
                            try await Task.sleep(for: deadline)
                            throw MenuPlanProcessError(said: nil, status: "stopped after \(deadline.components.seconds) s")
                        }
                        defer { group.cancelAll() }
                        return try await group.next()!
                    })
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            finished.signal()
        }
        let started = ContinuousClock.now
        let limit = Int(wishes.timeLimit.components.seconds)
        while finished.wait(timeout: .now() + .milliseconds(500)) == .timedOut {
            let searched = Int((ContinuousClock.now - started).components.seconds)
            try progress(JobProgress(step: .planningMenu, done: min(searched, limit), total: limit))
        }
        let result = try outcome.withLock { $0! }.get()
        guard result.terminationStatus.isSuccess else {
            let said = result.standardError.split(separator: "\n").first { $0.hasPrefix("error: ") || $0.hasPrefix("Error: ") }
            throw MenuPlanProcessError(said: said.map { String($0.dropFirst(7)) }, status: "\(result.terminationStatus)")
        }
    }
}

/// The child planning a menu failed: what it said, or how it ended when it said nothing (a crash).
public struct MenuPlanProcessError: ExplainedError, Sendable {
    public var said: String?
    public var status: String

    public var explanation: BilingualText {
        guard let said else {
            return BilingualText(
                english: "the menu planner stopped unexpectedly (\(status)); try again with fewer weeks or a shorter time limit",
                spanish: "el planificador de menús se detuvo inesperadamente (\(status)); intente de nuevo con menos semanas o menos tiempo")
        }
        return BilingualText(english: said, spanish: said)
    }
}
