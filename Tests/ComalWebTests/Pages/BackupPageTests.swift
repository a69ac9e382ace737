import ComalStore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// The buyer's "download a backup": the whole database as it is now, sound, for the buyer and the
/// admin only.
@Suite("The buyer downloads a backup")
struct BackupPageTests {
    @Test("The buyer's home links a backup; it downloads as a sound database holding the week; a director may not")
    func downloadBackup() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            let home = try await buyer.get("/buyer")
            #expect(home.text.contains(#"href="/buyer/backup""#))
            #expect(home.visibleText.contains("Download a backup"))
            let backup = try await buyer.get("/buyer/backup")
            #expect(backup.status == 200)
            #expect(backup.headers["content-disposition"] == #"attachment; filename="comal-backup-2026-11-24.sqlite""#)
            #expect(backup.body.starts(with: Data("SQLite format 3\u{0}".utf8)))
            let scratch = try TemporaryDirectory()
            let path = scratch.path("downloaded.sqlite")
            try backup.body.write(to: URL(fileURLWithPath: path))
            let (integrity, windows, sites) = try await DatabaseQueue(path: path).read { db in
                (
                    try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM orderWindow") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM site") ?? 0
                )
            }
            #expect(integrity == ["ok"])
            #expect(windows == 1)
            #expect(sites == 2)
            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/buyer/backup").status == 403)
        }
    }
}
