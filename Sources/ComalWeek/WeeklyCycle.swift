import ComalCore
import ComalSheets
import ComalStore
import Foundation

/// The buyer's steps after a window closes, each one consolidating from what the database holds
/// and writing every workbook anew, so files on disk always match the stored result.
///
/// The CLI and the web app both run the week through this one type, so that they cannot drift apart.
public struct WeeklyCycle: Sendable {
    public let database: AppDatabase
    public let window: OrderWindow.ID

    public init(database: AppDatabase, window: OrderWindow.ID) {
        self.database = database
        self.window = window
    }

    /// What a consolidation decided and the workbooks it wrote.
    public struct Result: Sendable {
        public var consolidation: Consolidation
        public var sites: [Site]
        public var files: [String]
    }

    /// Consolidates the window (with any receipts recorded), stores the result, writes the workbooks:
    /// all of it or, when any part fails, none of it (`WorkbookFolder`). `progress` hears each step.
    public func consolidate(
        actor: String, now: LocalDateTime, directory: String, language: Language,
        progress: (JobProgress) throws -> Void = { _ in }
    ) throws -> Result {
        guard let window = try database.window(window) else { throw CycleError.noSuchWindow(self.window) }
        guard window.state >= .closed else { throw CycleError.windowStillOpen(window) }
        let folder = WorkbookFolder(path: directory)
        return try folder.withLockedStaging { staging in
            try progress(JobProgress(step: .reading, done: 0, total: 0))
            let consolidation = try database.consolidationInputs(window: window.id).compute()
            let sites = try database.sites()
            // Reading and consolidating count as one step, each workbook as one, storing as one.
            let total = WeekWorkbooks.count(for: consolidation) + 2
            try progress(JobProgress(step: .writingWorkbooks, done: 1, total: total))
            let staged = try WeekWorkbooks(alliance: database.alliance(), window: window, sites: sites, language: language)
                .write(consolidation, to: staging) { written in
                    try progress(JobProgress(step: .writingWorkbooks, done: 1 + written, total: total))
                }.files
            try progress(JobProgress(step: .storing, done: total - 1, total: total))
            try database.saveConsolidation(consolidation, window: window.id, actor: actor, now: now)
            return Result(consolidation: consolidation, sites: sites, files: try folder.publish(staged))
        }
    }

    /// Records a receiving file against the stored consolidation and consolidates again with it:
    /// the receipts and the new consolidation are stored in one transaction and the workbooks are
    /// published after it, so a stop at any moment leaves the week before the file or after it.
    public func receive(
        csv: String, file: String, actor: String, now: LocalDateTime, directory: String, language: Language,
        progress: (JobProgress) throws -> Void = { _ in }
    ) throws -> (receipts: [Receipt], week: Result) {
        try receive(directory: directory, language: language, progress: progress) { reconsolidate in
            let recorded = try database.importReceipts(
                csv: csv, file: file, window: window, actor: actor, now: now, reconsolidate: reconsolidate)
            return (recorded.receipts, recorded.consolidation, recorded.made)
        }
    }

    /// Records the weights delivered of catch-weight products (`sku,received_lb`) and consolidates
    /// the week again, so that their bills follow the pounds that came; workbooks as receiving's.
    public func receiveWeights(
        csv: String, file: String, actor: String, now: LocalDateTime, directory: String, language: Language,
        progress: (JobProgress) throws -> Void = { _ in }
    ) throws -> (weights: [WeightReceipt], week: Result) {
        try receive(directory: directory, language: language, progress: progress) { reconsolidate in
            let recorded = try database.importWeights(
                csv: csv, file: file, window: window, actor: actor, now: now, reconsolidate: reconsolidate)
            return (recorded.weights, recorded.consolidation, recorded.made)
        }
    }

    /// Records receipts handed over as values (the receiving checklist) the same way, with the
    /// checks of a file; a refused entry is named by its position.
    public func receive(
        _ entries: [ReceiptEntry], source: String, actor: String, now: LocalDateTime, directory: String,
        language: Language, progress: (JobProgress) throws -> Void = { _ in }
    ) throws -> (receipts: [Receipt], week: Result) {
        try receive(directory: directory, language: language, progress: progress) { reconsolidate in
            let recorded = try database.recordReceipts(
                entries, source: source, window: window, actor: actor, now: now, reconsolidate: reconsolidate)
            return (recorded.receipts, recorded.consolidation, recorded.made)
        }
    }

    /// `progress` hears only that the work has begun: the receipts, the consolidation and the
    /// workbooks are made in the store's one transaction, where a job's progress cannot be written.
    private func receive<Recorded>(
        directory: String, language: Language, progress: (JobProgress) throws -> Void,
        record: ((ConsolidationInputs) throws -> (Consolidation, [String])) throws
            -> (recorded: Recorded, consolidation: Consolidation, made: [String])
    ) throws -> (Recorded, week: Result) {
        guard var window = try database.window(window) else { throw CycleError.noSuchWindow(self.window) }
        let sites = try database.sites()
        let alliance = try database.alliance()
        let folder = WorkbookFolder(path: directory)
        return try folder.withLockedStaging { staging in
            try progress(JobProgress(step: .reading, done: 0, total: 0))
            let recorded = try record { inputs in
                let consolidation = try inputs.compute()
                window.state = max(window.state, .received)
                let staged = try WeekWorkbooks(alliance: alliance, window: window, sites: sites, language: language)
                    .write(consolidation, to: staging).files
                return (consolidation, staged)
            }
            let files = try folder.publish(recorded.made)
            return (recorded.recorded, Result(consolidation: recorded.consolidation, sites: sites, files: files))
        }
    }
}
