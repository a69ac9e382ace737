import ArgumentParser
import ComalStore
import ComalWeb
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web app for directors and the buyer over the same database.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The port to listen on.") var port: Int = 8080
    @Option(help: "The address to listen on; 0.0.0.0 serves the local network.") var host: String = "127.0.0.1"
    @Option(help: "Where consolidation writes workbooks (default: workbooks/ beside the database).")
    var workbooks: String?
    @Flag(
        name: .customLong("secure-cookies"),
        help: "Mark cookies Secure (sent only over HTTPS), for a server behind a TLS proxy.")
    var secureCookies = false

    func run() async throws {
        // Held for as long as the server runs, so that `comal restore` never replaces the file under it.
        let hold = try ServerHold.shared(database.db)
        defer { hold.release() }
        let configuration = WebConfiguration(
            databasePath: database.db, host: host, port: port, workbookDirectory: workbooks, secureCookies: secureCookies)
        let app = try await buildApplication(configuration) { port in
            // Written unbuffered, so that a script or test reading the pipe learns the port at once.
            FileHandle.standardOutput.write(Data("Comal is serving http://\(host):\(port)/ (Ctrl-C stops it)\n".utf8))
        }
        try await app.runService()
    }
}
