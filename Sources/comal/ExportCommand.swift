import ArgumentParser
import ComalStore
import Foundation

/// `comal export`: the alliance's data as one zip of CSV files, for a spreadsheet, an auditor or
/// another system.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write sites, catalogs, and each week's orders, invoices, receipts and lots as one .zip of CSV files.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The .zip file to write.") var out: String = "comal-export.zip"

    func run() throws {
        let data = try database.open().exportArchive()
        try WholeFile.write(data, to: out)
        print("Wrote \(out) (\(data.count / 1024) KB)")
    }
}
