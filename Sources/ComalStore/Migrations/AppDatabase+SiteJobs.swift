import GRDB

extension AppDatabase {
    /// Migration `v25-site-jobs`: a job may belong to a site rather than an order window (a cook's menu
    /// plan), one running per site, as one consolidation runs per window.
    static func addSiteJobs(_ db: Database) throws {
        try db.alter(table: "job") { t in
            t.add(column: "siteId", .text).references("site", onDelete: .cascade)
        }
        try db.execute(sql: "CREATE UNIQUE INDEX job_one_running_per_site ON job(siteId) WHERE state = 'running' AND siteId IS NOT NULL")
    }
}
