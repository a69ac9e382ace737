import ComalCore
import ComalStore
import ComalTestSupport
import Foundation

/// Generates the alliance once, runs each measurement in a child process, prints the table.
enum BenchParent {
    static func run() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("comal-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let databasePath = scratch.appendingPathComponent("bench.sqlite").path
        let alliance = GeneratedAlliance(siteCount: 2_000, supplierCount: 10, productCount: 5_000, linesPerSite: 150)

        print(
            "Generating \(alliance.siteCount) sites × \(alliance.linesPerSite) lines over \(alliance.productCount) products and \(alliance.supplierCount) suppliers…"
        )
        let setupStart = ContinuousClock.now
        let cutoff = LocalDateTime(parsing: "2026-11-25 17:00")!
        _ = try alliance.load(
            into: AppDatabase(path: databasePath), delivery: CalendarDate(parsing: "2026-11-30")!, cutoff: cutoff)
        print("  imported through the real CSV imports in \(ContinuousClock.now - setupStart)")

        let manifest = scratch.appendingPathComponent("workbooks.txt").path
        let full = try await child(["full", databasePath, scratch.appendingPathComponent("full").path, manifest])
        let floor = try await child(["floor", databasePath, scratch.appendingPathComponent("floor").path, manifest])
        let host = ProcessInfo.processInfo
        print(
            """

            Machine: \(host.activeProcessorCount) cores, \(host.physicalMemory / (1 << 30)) GiB, \(host.operatingSystemVersionString); release build; one run each.

            run                                           seconds   peak RSS (MiB)   cells
            consolidate + store + write all workbooks   \(format(full))
            floor: same reads, rows and files, no logic \(format(floor))
            ratio (consolidation / floor)               \(pad(String(format: "%.2f×", full.seconds / floor.seconds), 9))   \(pad(String(format: "%.2f×", Double(full.peakKiB) / Double(floor.peakKiB)), 14))
            """)
    }

    struct Measurement {
        var seconds: Double
        var peakKiB: Int
        var cells: Int
    }

    /// Runs one measurement in a child process of this same binary, so its peak memory is its own.
    static func child(_ arguments: [String]) async throws -> Measurement {
        try FileManager.default.createDirectory(atPath: arguments[2], withIntermediateDirectories: true)
        let result = try await ProcessRunner.run(
            URL(fileURLWithPath: CommandLine.arguments[0]), arguments, deadline: .seconds(1800))
        let fields = result.stdout.split(whereSeparator: \.isWhitespace)
        guard result.status == 0, fields.count == 3, let seconds = Double(fields[0]),
            let peak = Int(fields[1]), let cells = Int(fields[2])
        else { throw BenchError.childFailed(arguments[0], status: result.status, stderr: result.stderr) }
        return Measurement(seconds: seconds, peakKiB: peak, cells: cells)
    }

    static func format(_ run: Measurement) -> String {
        "\(pad(String(format: "%.2f", run.seconds), 9))   \(pad(String(run.peakKiB / 1024), 14))   \(pad(String(run.cells), 9))"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

enum BenchError: Error, CustomStringConvertible {
    case childFailed(String, status: Int32, stderr: String)

    var description: String {
        switch self {
        case .childFailed(let name, let status, let stderr): "the \(name) benchmark run failed (exit \(status)): \(stderr)"
        }
    }
}
