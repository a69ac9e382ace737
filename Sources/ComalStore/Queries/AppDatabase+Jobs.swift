import ComalCore
import GRDB

extension AppDatabase {
    /// Records that `kind` has started for `window`; refused, naming the job, while another runs
    /// for the window (the unique index `job_one_running_per_window` refuses it even so).
    public func startJob(_ kind: Job.Kind, window id: OrderWindow.ID, actor: String, now: LocalDateTime) throws -> Job {
        try pool.write { db in
            let window = try OrderWindowRecord.window(db, id)
            if let running = try Int64.fetchOne(
                db, sql: "SELECT id FROM job WHERE orderWindowId = ? AND state = 'running'", arguments: [id.rawValue])
            {
                throw StoreError.jobAlreadyRunning(delivery: window.delivery, job: running)
            }
            return try Self.insertRunningJob(db, kind, window: id, site: nil, actor: actor, now: now)
        }
    }

    /// Records a site's job as running; refused while another runs for the site.
    public func startJob(_ kind: Job.Kind, site id: Site.ID, actor: String, now: LocalDateTime) throws -> Job {
        try pool.write { db in
            guard try SiteRecord.exists(db, key: id.rawValue) else { throw MenuStoreError.unknownSite(id) }
            if let running = try Int64.fetchOne(
                db, sql: "SELECT id FROM job WHERE siteId = ? AND state = 'running'", arguments: [id.rawValue])
            {
                throw StoreError.siteJobAlreadyRunning(site: id, job: running)
            }
            return try Self.insertRunningJob(db, kind, window: nil, site: id, actor: actor, now: now)
        }
    }

    /// The job row, running, for a window or a site, with its audit entry.
    private static func insertRunningJob(
        _ db: Database, _ kind: Job.Kind, window: OrderWindow.ID?, site: Site.ID?, actor: String, now: LocalDateTime
    ) throws -> Job {
        try db.execute(
            sql: "INSERT INTO job (kind, orderWindowId, siteId, state, startedBy, startedAt) VALUES (?, ?, ?, 'running', ?, ?)",
            arguments: [kind.rawValue, window?.rawValue, site?.rawValue, actor, now.description])
        let job = Job.ID(db.lastInsertedRowID)
        try audit(
            db, at: now, actor: actor, window: window, action: "job started",
            detail: "\(kind.rawValue) #\(job)" + (site.map { " for \($0)" } ?? ""))
        guard let started = try Self.job(db, job) else { throw StoreError.unknownJob(job) }
        return started
    }

    /// How far a running job has got.
    public func reportProgress(of id: Job.ID, done: Int, total: Int, step: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE job SET stepsDone = ?, stepsTotal = ?, step = ? WHERE id = ? AND state = 'running'",
                arguments: [max(0, done), max(0, total), step, id.rawValue])
        }
    }

    /// Ends a running job: done, or failed with the reason its starter reads.
    public func finishJob(_ id: Job.ID, now: LocalDateTime, error: BilingualText? = nil) throws {
        let error = try error.map(Self.errorText)
        try pool.write { db in
            try db.execute(
                sql: """
                    UPDATE job SET state = ?, finishedAt = ?, error = ?, stepsDone = CASE WHEN ? IS NULL THEN stepsTotal ELSE stepsDone END
                    WHERE id = ? AND state = 'running'
                    """,
                arguments: [error == nil ? "done" : "failed", now.description, error, error, id.rawValue])
        }
    }

    /// Marks every job still running as failed: called when the server starts, since a job is run
    /// by the server that started it and a restart ended it. Returns how many there were.
    @discardableResult
    public func failInterruptedJobs(now: LocalDateTime, reason: BilingualText) throws -> Int {
        let reason = try Self.errorText(reason)
        return try pool.write { db in
            try db.execute(
                sql: "UPDATE job SET state = 'failed', finishedAt = ?, error = ? WHERE state = 'running'",
                arguments: [now.description, reason])
            return db.changesCount
        }
    }

    public func job(_ id: Job.ID) throws -> Job? {
        try read { db in try Self.job(db, id) }
    }

    static func job(_ db: Database, _ id: Job.ID) throws -> Job? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM job WHERE id = ?", arguments: [id.rawValue]) else { return nil }
        func read<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value {
            let text: String = row[column]
            guard let value = parse(text) else {
                throw StoreError.unreadableStoredValue(table: "job", column: column, value: text)
            }
            return value
        }
        return Job(
            id: id, kind: try read("kind", Job.Kind.init(rawValue:)),
            window: (row["orderWindowId"] as Int64?).map(OrderWindow.ID.init), site: (row["siteId"] as String?).map(Site.ID.init),
            state: try read("state", Job.State.init(rawValue:)),
            stepsDone: row["stepsDone"], stepsTotal: row["stepsTotal"], step: row["step"], startedBy: row["startedBy"],
            startedAt: try read("startedAt", LocalDateTime.init(parsing:)),
            finishedAt: (row["finishedAt"] as String?).flatMap(LocalDateTime.init(parsing:)),
            error: try (row["error"] as String?).map { text in
                var column = JSONColumn<BilingualText>(table: "job", column: "error")
                return try column.value(text)
            })
    }

    /// A failure's reason as stored: both languages, as JSON.
    private static func errorText(_ reason: BilingualText) throws -> String {
        var column = JSONColumn<BilingualText>(table: "job", column: "error")
        return try column.text(reason)
    }
}
