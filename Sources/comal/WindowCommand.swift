import ArgumentParser
import ComalCore

struct WindowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window", abstract: "Open, close and list order windows (one per delivery).",
        subcommands: [Open.self, Close.self, List.self])

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a window for a delivery date.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Delivery date, YYYY-MM-DD.") var delivery: CalendarDate
        @Option(help: "Cutoff in the alliance's local time, \"YYYY-MM-DD HH:MM\".") var cutoff: LocalDateTime

        func run() throws {
            let window = try database.open().openWindow(delivery: delivery, cutoff: cutoff)
            print("Opened window \(window.id): delivery \(window.delivery), cutoff \(window.cutoff)")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a window: orders freeze and prices are fixed. Refused before the cutoff unless --force.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The window id.") var id: Int64
        @Flag(help: "Close before the cutoff.") var force = false
        @Option(help: "Who closes it, for the audit log (default: the alliance's buyer).") var buyer: String?

        func run() throws {
            let db = try database.open()
            let window = try db.closeWindow(
                OrderWindow.ID(id), now: localNow(in: db), force: force,
                actor: actorName(buyer, in: db))
            print("Closed window \(window.id) (delivery \(window.delivery)); orders are frozen and prices fixed.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List windows.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            for window in try database.open().windows() {
                print("\(window.id)\tdelivery \(window.delivery)\tcutoff \(window.cutoff)\t\(window.state.rawValue)")
            }
        }
    }
}
