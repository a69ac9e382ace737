import ComalCore
import ComalSheets
import ComalStore
import Foundation
import GRDB

/// The two measured runs; each prints one line `seconds maxRSSKiB cells` for the parent to read.
enum BenchChild {
    /// The tables a consolidation stores its rows in, which the floor stores again.
    static let consolidationTables = ["consolidation", "supplierPurchase", "purchaseLine", "allocation", "feeShare", "siteInvoice"]

    /// Reads the window's orders, consolidates, stores the result, writes every workbook; then
    /// lists each workbook's name and cells in `manifest` for the floor.
    static func full(database path: String, directory: String, manifest: String) throws {
        let start = ContinuousClock.now
        let database = try AppDatabase(path: path)
        let window = try database.windows()[0]
        let consolidation = try database.consolidationInputs(window: window.id).compute()
        try database.saveConsolidation(consolidation, window: window.id, actor: "bench", now: window.cutoff)
        let written = try WeekWorkbooks(alliance: database.alliance(), window: window, sites: database.sites(), language: .english)
            .write(consolidation, to: directory)
        report(start: start, cells: written.cells)
        let lines = zip(written.files, written.cellCounts).map { "\(($0 as NSString).lastPathComponent) \($1.text) \($1.other)" }
        try lines.joined(separator: "\n").write(toFile: manifest, atomically: false, encoding: .utf8)
    }

    /// The same I/O with no logic: the same rows read (the consolidation's inputs and the sites),
    /// the same rows stored in the same tables in one transaction, and workbooks of the same names
    /// with as many text and number cells each, on one sheet, unformatted.
    static func floor(database path: String, directory: String, manifest: String) throws {
        let database = try AppDatabase(path: path)
        let window = try database.windows()[0]
        // The store's own connection pool is its own; the floor writes through one of the same kind.
        let pool = try DatabasePool(path: path)
        // Not measured: the rows the full run stored are taken out, to be stored again.
        let stored = try pool.write { db in
            try consolidationTables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE orderWindowId = ?", arguments: [window.id.rawValue])
                try db.execute(sql: "DELETE FROM \(table) WHERE orderWindowId = ?", arguments: [window.id.rawValue])
                return (table, rows)
            }
        }
        let files = try String(contentsOfFile: manifest, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            return (name: String(fields[0]), cells: CellCount(text: Int(fields[1])!, other: Int(fields[2])!))
        }

        let start = ContinuousClock.now
        _ = try database.consolidationInputs(window: window.id)
        _ = try database.sites()
        try pool.write { db in
            for (table, rows) in stored {
                guard let columns = rows.first?.columnNames else { continue }
                let statement = try db.makeStatement(
                    sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
                for row in rows { try statement.execute(arguments: StatementArguments(row.databaseValues)) }
            }
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var cells = 0
        for file in files {
            let workbook = try Workbook(path: (directory as NSString).appendingPathComponent(file.name))
            let sheet = try workbook.addWorksheet(name: "Floor")
            let columns = 8
            for index in 0..<file.cells.total {
                let (row, col) = (index / columns, index % columns)
                if index < file.cells.text {
                    try sheet.write("Floor text \(index % 64)", row: row, col: col)
                } else {
                    try sheet.write(number: Double(index), row: row, col: col)
                }
            }
            try workbook.close()
            cells += file.cells.total
        }
        report(start: start, cells: cells)
    }

    private static func report(start: ContinuousClock.Instant, cells: Int) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("\(seconds) \(usage.ru_maxrss) \(cells)")
    }
}
