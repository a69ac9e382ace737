import ArgumentParser
import ComalCore
import ComalStore
import ComalWeb
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the web app's accounts.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from --password-file or standard input.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The name to sign in with.") var username: String
        @Option(help: "admin, buyer, director or cook.") var role: Account.Role
        @Option(help: "The site a director or cook works for.") var site: String?
        @Option(help: "A file whose first line is the password.") var passwordFile: String?

        func run() throws {
            let password = try readPassword()
            try Passwords.addAccount(
                Account(username: username, role: role, site: site.map(Site.ID.init)), password: password,
                to: database.open())
            print("Added \(role.rawValue) \(username)\(site.map { " of site \($0)" } ?? "")")
        }

        /// The first line of the file, or of standard input; at a terminal, asked for without echo.
        private func readPassword() throws -> String {
            if let passwordFile {
                return String(try readUserFile(passwordFile).split(separator: "\n", omittingEmptySubsequences: false)[0])
            }
            if isatty(STDIN_FILENO) != 0, let typed = getpass("Password for \(username): ") {
                return String(cString: typed)
            }
            guard let line = readLine(strippingNewline: true) else {
                throw ValidationError("no password given; pass --password-file FILE or pipe it on standard input")
            }
            return line
        }
    }
}

extension Account.Role: ExpressibleByArgument {}
