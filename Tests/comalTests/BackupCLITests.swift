import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Synchronization
import Testing

/// `comal backup` while the database is being written, and `comal restore`: every backup is a
/// sound database holding every row committed before it began, and a restore puts one back.
@Suite("Backup and restore from the command line")
struct BackupCLITests {
    /// integrity_check, the number of the writer's suppliers, and the highest of their numbers.
    static func inspect(_ path: String) async throws -> (integrity: String, count: Int, highest: Int) {
        let result = try await ProcessRunner.python(
            """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            print(c.execute('PRAGMA integrity_check').fetchone()[0])
            print(c.execute("SELECT count(*) FROM supplier WHERE name LIKE 'Writer %'").fetchone()[0])
            print(c.execute("SELECT coalesce(max(CAST(substr(name, 8) AS INTEGER)), 0) FROM supplier WHERE name LIKE 'Writer %'").fetchone()[0])
            """, [path])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(result.status == 0 && lines.count == 3, "could not read \(path): \(result.stderr)")
        return (lines[0], Int(lines[1]) ?? -1, Int(lines[2]) ?? -1)
    }

    @Test func backupsDuringWritesAreWholeAndOneRestores() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let database = try fixture.open()
        // One supplier a transaction, until the backups are done.
        let committed = Atomic(0)
        let stop = Atomic(false)
        let writer = Task {
            var number = 0
            while !stop.load(ordering: .sequentiallyConsistent) {
                number += 1
                _ = try database.addSupplier(name: "Writer \(number)", deliveryFee: .zero, minimumOrder: .zero)
                committed.store(number, ordering: .sequentiallyConsistent)
            }
            return number
        }
        while committed.load(ordering: .sequentiallyConsistent) < 20 { try await Task.sleep(for: .milliseconds(5)) }
        var last = ""
        var duringWrites = 0
        for backup in 1...4 {
            let before = committed.load(ordering: .sequentiallyConsistent)
            last = fixture.directory.path("backups/backup-\(backup).sqlite")
            try await fixture.succeed("backup", "--out", last)
            let after = committed.load(ordering: .sequentiallyConsistent)
            if after > before { duringWrites += 1 }
            let found = try await Self.inspect(last)
            #expect(found.integrity == "ok")
            // Every supplier committed before the backup began is in it, none is half there, and
            // the ones it holds are the first ones written.
            #expect(found.count >= before && found.count <= after, "backup \(backup): \(found.count) not in \(before)...\(after)")
            #expect(found.highest == found.count)
        }
        stop.store(true, ordering: .sequentiallyConsistent)
        let written = try await writer.value
        #expect(duringWrites > 0, "no backup ran while the writer wrote")
        let refused = try await fixture.comal("backup", "--out", last)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already exists"))

        let backedUp = try await Self.inspect(last).count
        let restored = try await fixture.succeed("restore", last)
        #expect(restored.stdout.contains("The database it replaced is kept as"))
        #expect(try await Self.inspect(fixture.database).count == backedUp)
        let backups = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path("backups"))
        #expect(backups.sorted() == (1...4).map { "backup-\($0).sqlite" }, "a backup left a partial file: \(backups)")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.url.path)
        let kept = files.first { $0.contains(".before-restore-") }
        let keptPath = try #require(kept.map { fixture.directory.path($0) })
        #expect(try await Self.inspect(keptPath).count == written)
        #expect(try fixture.open().windows().count == 1, "the restored database opens and reads")
    }

    @Test func aRestoreIsRefusedWhileTheServerRunsAndForAFileThatIsNoBackup() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let backup = fixture.directory.path("good.sqlite")
        try await fixture.succeed("backup", "--out", backup)
        _ = try fixture.open().addSupplier(name: "Added after the backup", deliveryFee: .zero, minimumOrder: .zero)
        try await ServedComal.serving(fixture.database) { _ in
            let refused = try await fixture.comal("restore", backup)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("a Comal server has"), "\(refused.stderr)")
        }
        try fixture.directory.write("site_id,name\nnot,a database\n", to: "garbage.sqlite")
        let garbage = try await fixture.comal("restore", "garbage.sqlite")
        #expect(garbage.status != 0)
        #expect(garbage.stderr.contains("garbage.sqlite is not a Comal database"), "\(garbage.stderr)")
        #expect(try fixture.open().suppliers().contains { $0.name == "Added after the backup" }, "nothing was replaced")
    }
}
