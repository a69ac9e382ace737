import ArgumentParser
import ComalCore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the audit log: who changed what, when, before and after.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only this window.") var window: Int64?

    func run() throws {
        for entry in try database.open().auditLog(window: window.map(OrderWindow.ID.init)) {
            print("\(entry.at)\t\(entry.actor)\t\(entry.action)\t\(entry.detail)")
        }
    }
}
