import ArgumentParser
import ComalStore

/// The database every command works on, chosen at the edge and passed in: `--db`, else the
/// `COMAL_DB` variable (so a server's commands find the service's database), else comal.sqlite.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The SQLite file holding the alliance's data (default: $COMAL_DB, else comal.sqlite).", valueName: "db"))
    var given: String?

    var db: String { given ?? ComalEnvironment().database ?? "comal.sqlite" }

    func open() throws -> AppDatabase { try AppDatabase(path: db) }
}
