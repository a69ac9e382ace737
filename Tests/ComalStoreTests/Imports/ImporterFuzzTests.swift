@testable import ComalStore
import ComalCore
import ComalTestSupport
import Foundation
import GRDB
import Testing

/// Every importer fed the demo's real files after random, seeded mutations (a field swapped for a
/// hostile value, lines dropped, doubled or swapped, bytes inserted, the file cut short): each file
/// is imported whole or refused naming its file, line and field, the database untouched by a refusal
/// and sound after an acceptance. A trap anywhere would end the test process, so it fails the run.
@Suite("Importers under mutated real files")
struct ImporterFuzzTests {
    static let root = ProcessRunner.packageRoot()
    static let casesPerImporter = 150
    static let now = LocalDateTime(parsing: "2026-12-14 09:00")!

    static func file(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// What each importer needs before it: the demo's sites, suppliers with their catalogs, the
    /// food table and a window, as far as `stage` asks.
    enum Stage: Int, Comparable {
        case empty, sites, catalogs, foods, window, ordered
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    static func store(upTo stage: Stage) throws -> (StoreFixture, OrderWindow.ID?) {
        let fixture = try StoreFixture()
        let database = fixture.database
        if stage >= .sites { _ = try database.importSites(csv: try file("demo/sites.csv"), file: "sites.csv") }
        if stage >= .catalogs {
            for (name, path) in [
                ("Sandia Foodservice", "catalogs/sandia-foodservice.csv"),
                ("Rio Grande Produce & Dairy", "catalogs/rio-grande-produce.csv"), ("La Mesa Bakery", "catalogs/la-mesa-bakery.csv"),
            ] {
                let supplier = try database.addSupplier(name: name, deliveryFee: Money(cents: 3000), minimumOrder: .zero)
                _ = try database.importCatalog(csv: try file(path), file: path, supplier: supplier.id)
            }
        }
        if stage >= .foods { _ = try database.importFoods(csv: try file("catalogs/foods.csv"), file: "foods.csv", now: now, actor: "fuzz") }
        guard stage >= .window else { return (fixture, nil) }
        let window = try database.openWindow(
            delivery: CalendarDate(year: 2026, month: 12, day: 21)!, cutoff: LocalDateTime(parsing: "2026-12-16 17:00")!)
        if stage >= .ordered {
            _ = try database.importOrders(
                csv: try file("demo/orders-week1.csv"), file: "orders.csv", window: window.id, now: now, buyer: nil)
            let after = LocalDateTime(parsing: "2026-12-16 17:01")!
            _ = try database.closeWindow(window.id, now: after, force: false, actor: "fuzz")
            let inputs = try database.consolidationInputs(window: window.id)
            let consolidation = try Consolidation.compute(
                suppliers: inputs.suppliers, products: inputs.products, orders: inputs.orders, rule: inputs.rule,
                receipts: inputs.receipts)
            try database.saveConsolidation(consolidation, window: window.id, actor: "fuzz", now: after)
        }
        return (fixture, window.id)
    }

    /// One importer: the real file it reads, what it needs before it, and the call.
    struct Importer: CustomStringConvertible, Sendable {
        var name: String
        var path: String
        var stage: Stage
        var run: @Sendable (AppDatabase, String, String, OrderWindow.ID?) throws -> Void
        var description: String { name }
    }

    static let importers: [Importer] = [
        Importer(name: "sites", path: "demo/sites.csv", stage: .empty) { db, text, file, _ in
            _ = try db.importSites(csv: text, file: file)
        },
        Importer(name: "catalog", path: "catalogs/la-mesa-bakery.csv", stage: .catalogs) { db, text, file, _ in
            let supplier = try #require(try db.suppliers().first { $0.name == "La Mesa Bakery" })
            _ = try db.importCatalog(csv: text, file: file, supplier: supplier.id)
        },
        Importer(name: "foods", path: "catalogs/foods.csv", stage: .empty) { db, text, file, _ in
            _ = try db.importFoods(csv: text, file: file, now: now, actor: "fuzz")
        },
        Importer(name: "menu", path: "menus/nm-home-week.yaml", stage: .foods) { db, text, file, _ in
            _ = try db.assignMenu(yaml: text, file: file, sites: [Site.ID("ESP-01")], now: now, actor: "fuzz")
        },
        Importer(name: "orders", path: "demo/orders-week1.csv", stage: .window) { db, text, file, window in
            _ = try db.importOrders(csv: text, file: file, window: window!, now: now, buyer: nil)
        },
        Importer(name: "vehicles", path: "demo/vehicles.csv", stage: .empty) { _, text, file, _ in
            _ = try VehicleFile.parse(csv: text, file: file)
        },
        Importer(name: "receipts", path: "demo/receiving-week1.csv", stage: .ordered) { db, text, file, window in
            _ = try db.importReceipts(csv: text, file: file, window: window!, actor: "fuzz", now: now)
        },
    ]

    @Test(arguments: importers)
    func everyMutatedFileIsImportedWholeOrRefusedWithItsPlace(_ importer: Importer) throws {
        let (fixture, window) = try Self.store(upTo: importer.stage)
        let original = try Self.file(importer.path)
        let file = (importer.path as NSString).lastPathComponent
        var random = SeededGenerator(seed: UInt64(importer.name.utf8.reduce(17) { $0 &* 31 &+ UInt64($1) }))
        var (accepted, refused) = (0, 0)
        for number in 1...Self.casesPerImporter {
            var text = original
            for _ in 0..<Int.random(in: 1...3, using: &random) { text = FileMutation.random(using: &random).apply(to: text, using: &random) }
            let before = try Self.contents(fixture.database)
            do {
                try importer.run(fixture.database, text, file, window)
                accepted += 1
                try Self.expectSound(fixture.database, "\(importer) case \(number) accepted")
            } catch {
                refused += 1
                #expect(
                    Self.isLocated(error, in: file), "\(importer) case \(number): \(error) does not name \(file), a line and a field")
                #expect(try Self.contents(fixture.database) == before, "\(importer) case \(number): a refused import changed the database")
            }
        }
        // The mutations reach both ends: some files still import, most are refused.
        #expect(accepted > 0, "\(importer): no mutated file was accepted")
        #expect(refused > Self.casesPerImporter / 4, "\(importer): only \(refused) refused")
    }

    /// Whether a refusal tells the user where: every problem names the file and a line (and the
    /// field, where the problem is one field's rather than the line's).
    static func isLocated(_ error: any Error, in file: String) -> Bool {
        switch error {
        case let error as ImportError: return !error.problems.isEmpty && error.problems.allSatisfy { $0.file == file && $0.line >= 1 }
        case let error as MenuInputError: return error.file == file && (error.line ?? 0) >= 1
        default: return false
        }
    }

    /// Every row of every table, to compare before and after a refusal.
    static func contents(_ database: AppDatabase) throws -> [String] {
        try database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table) \($0)" }
            }
        }
    }

    /// The file is sound and what an acceptance stored reads back on the buyer's and the cook's views.
    static func expectSound(_ database: AppDatabase, _ what: String) throws {
        let (integrity, foreignKeys) = try database.pool.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
        }
        #expect(integrity == ["ok"], "\(what)")
        #expect(foreignKeys.isEmpty, "\(what): \(foreignKeys)")
        for window in try database.windows() { _ = try database.consolidationInputs(window: window.id) }
        for site in try database.sites() { _ = try database.siteMenus(site: site.id) }
    }
}
