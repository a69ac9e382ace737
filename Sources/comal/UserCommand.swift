import ArgumentParser
import ComalCore
import ComalStore
import ComalWeb
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the web app's accounts.", subcommands: [Add.self, List.self, Disable.self, Enable.self, Token.self, RevokeToken.self])

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

extension UserCommand {
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new JSON API token for an account, once; only its SHA-256 is stored.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account the token acts as.") var username: String
        @Option(help: "What the token is for, to revoke it by later.") var label = "api"

        func run() throws {
            let token = try APITokens.issue(username: username, name: label, to: database.open())
            // The token alone on standard output, so a script can capture it; the rest to stderr.
            print(token)
            FileHandle.standardError.write(
                Data("Token \"\(label)\" for \(username): keep it now, it is not shown again.\n".utf8))
        }
    }

    struct RevokeToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-token", abstract: "Revoke an account's JSON API tokens by label, or all of them.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account whose tokens to revoke.") var username: String
        @Option(help: "The label given to comal user token.") var label: String?
        @Flag(help: "Revoke every token of the account.") var all = false

        func validate() throws {
            if (label == nil) == !all { throw ValidationError("give either --label LABEL or --all") }
        }

        func run() throws {
            let count = try database.open().revokeAPITokens(username: username, name: all ? nil : label)
            print("Revoked \(count) token\(count == 1 ? "" : "s") of \(username)")
        }
    }
}

extension Account.Role: ExpressibleByArgument {}
