import ArgumentParser
import ComalStore

/// The database every command works on, chosen at the edge and passed in.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite file holding the alliance's data.")
    var db: String = "comal.sqlite"

    func open() throws -> AppDatabase { try AppDatabase(path: db) }
}
