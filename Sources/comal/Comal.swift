import ArgumentParser
import ComalCore
import ComalStore

/// The `comal` command: parses, calls one library function, prints.
@main
struct Comal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group food purchasing for early-childhood alliances.",
        discussion: "Every command takes --db PATH (default comal.sqlite). Run `comal help <command>` for details.",
        version: "comal \(ComalRelease.version) (database schema \(AppDatabase.schemaVersion))",
        subcommands: [
            AllianceCommand.self, ImportCommand.self, SupplierCommand.self, CatalogCommand.self, WindowCommand.self,
            ConsolidateCommand.self, ReceiveCommand.self, WeightsCommand.self, LotsCommand.self, ExportCommand.self, AuditCommand.self, RoutesCommand.self,
            MenuCommand.self, KitchenCommand.self, OrderCommand.self, UserCommand.self, ServeCommand.self, BackupCommand.self,
            RestoreCommand.self,
        ]
    )
}
