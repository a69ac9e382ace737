import Foundation

/// The benchmark's printed table and its summary line.
struct BenchmarkTable {
    struct Row {
        let name: String
        let cost: String
        let vehicles: Int
        let bestKnown: String
        let bestKnownVehicles: Int
        let gap: Double
        let seconds: Double
        let feasible: Bool
    }

    var rows: [Row] = []

    static let header =
        pad("instance", 12) + pad("cost", 10) + pad("veh", 5) + pad("best known", 14) + pad("gap %", 8)
        + pad("seconds", 9) + "feasible"

    static func line(_ row: Row) -> String {
        pad(row.name, 12) + pad(row.cost, 10) + pad("\(row.vehicles)", 5)
            + pad("\(row.bestKnown) (\(row.bestKnownVehicles))", 14) + pad(String(format: "%.2f", row.gap), 8)
            + pad(String(format: "%.1f", row.seconds), 9) + (row.feasible ? "yes" : "NO")
    }

    var summary: String {
        let feasible = rows.filter(\.feasible).count
        let mean = rows.isEmpty ? 0 : rows.map(\.gap).reduce(0, +) / Double(rows.count)
        let worst = rows.max { $0.gap < $1.gap }
        return "\nfeasible \(feasible)/\(rows.count), mean gap \(String(format: "%.2f", mean)) %"
            + (worst.map { ", worst \(String(format: "%.2f", $0.gap)) % (\($0.name))" } ?? "")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
