import ComalCore
import GRDB

extension AppDatabase {
    /// Rebuilds the consolidations stored before `v11-consolidation-record` from their windows'
    /// frozen inputs, which is what their pages showed until then: those rows lacked the reasons,
    /// fee shares and delivery shorts, and a stop exception recorded after the save was not in them.
    ///
    /// Runs after the migrations, so always against the newest schema. A window whose inputs no
    /// longer consolidate keeps its old rows and reads as before the upgrade, by recomputing (which
    /// fails for that window only, as it did then), rather than keeping the whole alliance out.
    static func completeConsolidationRecords(_ pool: DatabasePool) throws {
        let sql = "SELECT orderWindowId FROM consolidation WHERE recordVersion < ?"
        let version = ConsolidationRowWriter.recordVersion
        guard try !pool.read({ db in try Int64.fetchAll(db, sql: sql, arguments: [version]) }).isEmpty else { return }
        try pool.write { db in
            for id in try Int64.fetchAll(db, sql: sql, arguments: [version]).map(OrderWindow.ID.init) {
                guard let rebuilt = try? consolidationInputs(db, id).compute(rule: try savedRule(db, id)) else { continue }
                var rows = try ConsolidationRowWriter(db, window: id)
                try rows.replace(with: rebuilt)
            }
        }
    }
}
