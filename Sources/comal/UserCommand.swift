import ArgumentParser
import ComalCore
import ComalStore
import ComalWeb
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the web app's accounts.",
        subcommands: [
            Add.self, List.self, Disable.self, Enable.self, ResetPassword.self, SetRole.self, Unlock.self, Token.self,
            Tokens.self, RevokeToken.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from --password-file or standard input.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The name to sign in with.") var username: String
        @Option(help: "admin, buyer, director, cook or driver.") var role: Account.Role
        @Option(help: "The site a director or cook works for.") var site: String?
        @OptionGroup var password: PasswordInput
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let password = try password.read(for: username)
            let database = try database.open()
            try Passwords.addAccount(
                Account(username: username, role: role, site: site.map(Site.ID.init)), password: password,
                actor: try actorName(by, in: database), now: try localNow(in: database), to: database)
            print("Added \(role.rawValue) \(username)\(site.map { " of site \($0)" } ?? "")")
        }
    }
}

extension Account.Role: ExpressibleByArgument {}
