import GRDB

extension AppDatabase {
    /// Migration `v13-jobs`: long work (a consolidation) runs as a job whose state and progress are
    /// stored, so that a page can follow it, a restart can mark it failed, and a second one for the
    /// same window is refused while the first runs.
    static func createJobTable(_ db: Database) throws {
        try db.create(table: "job") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull()
            t.belongsTo("orderWindow", onDelete: .cascade)
            t.column("state", .text).notNull().check { ["running", "done", "failed"].contains($0) }
            t.column("stepsDone", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.column("stepsTotal", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            t.column("step", .text).notNull().defaults(to: "")
            t.column("startedBy", .text).notNull()
            t.column("startedAt", .text).notNull()
            t.column("finishedAt", .text)
            t.column("error", .text)
        }
        // One running job per window: the database refuses a second, whoever starts it.
        try db.execute(sql: "CREATE UNIQUE INDEX job_one_running_per_window ON job(orderWindowId) WHERE state = 'running'")
    }
}
