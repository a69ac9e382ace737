import ComalCore
import ComalStore
import ComalWeek
import Foundation
import Logging
import NIOPosix

/// Runs the buyer's long work (a consolidation) as a stored job, so that the request starting it
/// answers at once and a page follows its progress until it is done.
struct JobRunner<Repository: JobRepository>: Sendable {
    let repository: Repository
    let logger: Logger
    let priority: BackgroundPriority
    let now: @Sendable () throws -> LocalDateTime

    /// Records the job (refused while another runs for the window) and runs `work` on the jobs'
    /// thread, storing its progress as it goes and how it ended.
    func start(
        _ kind: Job.Kind, window: OrderWindow.ID, actor: String,
        work: @escaping @Sendable (_ progress: (JobProgress) throws -> Void) throws -> Void
    ) throws -> Job {
        try run(try repository.startJob(kind, window: window, actor: actor, now: try now()), work: work)
    }

    /// Records a site's job (refused while another runs for the site) and runs it as `start` does.
    func start(
        _ kind: Job.Kind, site: Site.ID, actor: String,
        work: @escaping @Sendable (_ progress: (JobProgress) throws -> Void) throws -> Void
    ) throws -> Job {
        try run(try repository.startJob(kind, site: site, actor: actor, now: try now()), work: work)
    }

    private func run(_ job: Job, work: @escaping @Sendable (_ progress: (JobProgress) throws -> Void) throws -> Void) -> Job {
        let kind = job.kind
        let (repository, logger, now) = (repository, logger, now)
        jobThread.submit(at: priority) {
            var reported = ContinuousClock.now - .seconds(1)
            var lastStep: JobProgress.Step?
            do {
                try work { progress in
                    // Every step change, and otherwise at most five writes a second.
                    guard progress.step != lastStep || ContinuousClock.now - reported >= .milliseconds(200) else { return }
                    (reported, lastStep) = (ContinuousClock.now, progress.step)
                    try repository.reportProgress(
                        of: job.id, done: progress.done, total: progress.total, step: progress.step.rawValue)
                }
                try repository.finishJob(job.id, now: try now(), error: nil)
            } catch {
                let reason = Self.reason(error, job: job)
                if case .unexpected = reason.kind { logger.error("job \(job.id) (\(kind.rawValue)) failed: \(error)") }
                do { try repository.finishJob(job.id, now: try now(), error: reason.text) } catch {
                    logger.error("job \(job.id) could not be marked failed: \(error)")
                }
            }
        }
        return job
    }

    /// Why a job failed, in words for the buyer; anything unforeseen is logged and named by the job.
    static func reason(_ error: any Error, job: Job) -> (kind: ReasonKind, text: BilingualText) {
        if let explained = (error as? any ExplainedError)?.explanation ?? .weekFailure(error) { return (.explained, explained) }
        return (.unexpected, JobLabels.unexpected(job: job.id))
    }

    enum ReasonKind { case explained, unexpected }
}

/// One thread for all jobs (a generic type keeps no static storage), in the background: they run
/// one after another, and a consolidation takes one core at most and yields it to the pages.
private let jobThread = NIOThreadPool.started(threads: 1)
