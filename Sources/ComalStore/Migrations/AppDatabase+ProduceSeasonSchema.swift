import GRDB

extension AppDatabase {
    /// Migration `v26-produce-seasons`: the months each fresh food is harvested locally, from the
    /// alliance's seasons file, so that a plan asked for produce in season can keep to them.
    static func addProduceSeasons(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE "produceSeason" (
                    "foodId" TEXT PRIMARY KEY NOT NULL CHECK (length("foodId") > 0),
                    "months" TEXT NOT NULL CHECK (length("months") > 0),
                    "source" TEXT NOT NULL
                ) WITHOUT ROWID
                """)
    }
}
