import ArgumentParser
import ComalCore
import ComalStore
import ComalWeb
import Foundation

extension UserCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every account: role, site, state and API tokens.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let now = Date()
            for listing in try database.open().accountListing(now: now, failuresSince: now - LoginThrottle.memory) {
                let account = listing.account
                let site = account.site.map { " of \($0)" } ?? ""
                let tokens = "\(listing.activeTokens) API token\(listing.activeTokens == 1 ? "" : "s")"
                let failures = listing.recentFailures == 0 ? "" : "\t\(listing.recentFailures) failed sign-ins in the last hour"
                print(
                    "\(account.username)\t\(account.role.rawValue)\(site)\t\(listing.disabled ? "disabled" : "active")\t\(tokens)\(failures)")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch an account off: its sessions end and its API tokens are revoked at once.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account to switch off.") var username: String
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            try switchAccount(off: true, username, by: by, in: database)
            print("Disabled \(username): signed out everywhere, API tokens revoked.")
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch a disabled account on again; it signs in with its password, and needs new API tokens.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account to switch on.") var username: String
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            try switchAccount(off: false, username, by: by, in: database)
            print("Enabled \(username).")
        }
    }
}

extension UserCommand {
    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Give an account a new password (from --password-file or standard input); its sessions end.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account to give a new password.") var username: String
        @OptionGroup var password: PasswordInput
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let password = try password.read(for: username)
            let database = try database.open()
            try Passwords.resetPassword(
                username: username, password: password, actor: try actorName(by, in: database),
                now: try localNow(in: database), in: database)
            print("New password for \(username); signed out everywhere.")
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role", abstract: "Move an account to another role, and site for a director or cook.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account to change.") var username: String
        @Option(help: "admin, buyer, director, cook or driver.") var role: Account.Role
        @Option(help: "The site a director or cook works for.") var site: String?
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let database = try database.open()
            try database.setRole(
                role, site: site.map(Site.ID.init), username: username, actor: try actorName(by, in: database),
                now: try localNow(in: database))
            print("\(username) is now \(role.rawValue)\(site.map { " of site \($0)" } ?? "").")
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear an account's failed sign-ins, so its owner need not wait to try again.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account to clear.") var username: String
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let database = try database.open()
            try database.clearLoginFailures(
                username: username, actor: try actorName(by, in: database), now: try localNow(in: database))
            print("Cleared the failed sign-ins of \(username).")
        }
    }
}

/// Disabling and enabling differ only in the switch; both are audited under `by` or the buyer.
private func switchAccount(off: Bool, _ username: String, by: String?, in options: DatabaseOptions) throws {
    let database = try options.open()
    try database.setDisabled(off, username: username, actor: actorName(by, in: database), now: localNow(in: database))
}
