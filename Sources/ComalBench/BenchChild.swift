import ComalCore
import ComalSheets
import ComalStore
import Foundation

/// The two measured runs; each prints one line `seconds maxRSSKiB cells` for the parent to read.
enum BenchChild {
    static func full(database path: String, directory: String) throws {
        let start = ContinuousClock.now
        let database = try AppDatabase(path: path)
        let window = try database.windows()[0]
        let consolidation = try database.consolidationInputs(window: window.id).compute()
        try database.saveConsolidation(consolidation, window: window.id, actor: "bench", now: window.cutoff)
        let cells = try WeekWorkbooks(alliance: database.alliance(), window: window, sites: database.sites(), language: .english)
            .write(consolidation, to: directory).cells
        report(start: start, cells: cells)
    }

    static func floor(database path: String, directory: String, cells: Int) throws {
        let start = ContinuousClock.now
        let database = try AppDatabase(path: path)
        let orders = try database.orderLines(window: database.windows()[0].id)
        let workbook = try Workbook(path: directory + "/floor.xlsx")
        let sheet = try workbook.addWorksheet(name: "Floor")
        let columns = 20
        for index in 0..<cells {
            try sheet.write(number: Double(orders[index % orders.count].quantity), row: index / columns, col: index % columns)
        }
        try workbook.close()
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
