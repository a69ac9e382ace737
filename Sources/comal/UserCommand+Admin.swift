import ArgumentParser
import ComalStore
import Foundation

extension UserCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every account: role, site, state and API tokens.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            for listing in try database.open().accountListing() {
                let account = listing.account
                let site = account.site.map { " of \($0)" } ?? ""
                let tokens = "\(listing.activeTokens) API token\(listing.activeTokens == 1 ? "" : "s")"
                print("\(account.username)\t\(account.role.rawValue)\(site)\t\(listing.disabled ? "disabled" : "active")\t\(tokens)")
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

/// Disabling and enabling differ only in the switch; both are audited under `by` or the buyer.
private func switchAccount(off: Bool, _ username: String, by: String?, in options: DatabaseOptions) throws {
    let database = try options.open()
    try database.setDisabled(off, username: username, actor: actorName(by, in: database), now: localNow(in: database))
}
