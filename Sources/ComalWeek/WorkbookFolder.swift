import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder a window's workbooks go to, written so that a consolidation happens wholly or not at
/// all, files included: the workbooks are written into a staging folder inside it, and moved into
/// place (each by an atomic rename) only after the result is stored. A step that fails or is killed
/// before then leaves the earlier workbooks as they were; one killed while moving leaves each file
/// whole, old or new, and running the step again puts all of them right.
///
/// Two consolidations into one folder at once would interleave their files, so the step holds an
/// exclusive lock on the folder (`flock`, which the system releases when a process dies, even by
/// `kill -9`); a second one, from this process or another, is refused rather than queued, since the
/// first already does its work.
struct WorkbookFolder {
    let path: String

    /// Runs `step` with the folder locked and a fresh staging folder; the staging folder is removed
    /// afterwards, whatever happens.
    func withLockedStaging<Result>(_ step: (_ staging: String) throws -> Result) throws -> Result {
        let (lock, staging) = try lockAndStage()
        defer { release(lock, staging) }
        return try step(staging)
    }

    /// `withLockedStaging` for a step that waits (printing pages with Chromium).
    func withLockedStaging<Result>(_ step: (_ staging: String) async throws -> Result) async throws -> Result {
        let (lock, staging) = try lockAndStage()
        defer { release(lock, staging) }
        return try await step(staging)
    }

    private func lockAndStage() throws -> (lock: Int32, staging: String) {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        // The lock is on the folder itself, so no lock file joins the workbooks.
        let lock = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw WorkbookFolderError(path: path, code: errno) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw CycleError.consolidationRunning
        }
        // A step killed outright (kill -9, a power cut) left its staging folder; no one else is using it now.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name.hasPrefix(".staging-") {
            try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(name))
        }
        let staging = (path as NSString).appendingPathComponent(".staging-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            close(lock)
            throw error
        }
        return (lock, staging)
    }

    private func release(_ lock: Int32, _ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
        close(lock)
    }

    /// Moves staged files into the folder, each replacing the file of its name; returns their new paths.
    func publish(_ stagedFiles: [String]) throws -> [String] {
        try stagedFiles.map { staged in
            let final = (path as NSString).appendingPathComponent((staged as NSString).lastPathComponent)
            guard rename(staged, final) == 0 else { throw WorkbookFolderError(path: path, code: errno) }
            return final
        }
    }
}

/// The workbooks folder could not be locked or written: a fault of the machine (permissions, a full
/// disk), not of the week, so the web shows it only as a reference and the log and CLI the path.
struct WorkbookFolderError: Error, CustomStringConvertible {
    var path: String
    var code: Int32

    var description: String { "cannot write the workbooks into \(path): \(String(cString: strerror(code)))" }
}
