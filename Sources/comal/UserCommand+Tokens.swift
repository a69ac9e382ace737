import ArgumentParser
import ComalStore
import ComalWeb
import Foundation

extension UserCommand {
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new JSON API token for an account, once; only its SHA-256 is stored.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account the token acts as.") var username: String
        @Option(help: "What the token is for, to revoke it by later.") var label = "api"
        @Option(help: "How many days the token works (1 to 366).") var days = APITokenLifetime.standardDays
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func validate() throws {
            guard APITokenLifetime.allowedDays.contains(days) else {
                throw ValidationError(APITokenError.lifetime(days: days).description)
            }
        }

        func run() throws {
            let database = try database.open()
            let token = try APITokens.issue(
                username: username, name: label, days: days, actor: try actorName(by, in: database),
                now: try localNow(in: database), to: database)
            // The token alone on standard output, so a script can capture it; the rest to stderr.
            print(token)
            FileHandle.standardError.write(
                Data("Token \"\(label)\" for \(username), good for \(days) days: keep it now, it is not shown again.\n".utf8))
        }
    }

    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List an account's API tokens: label, state, when issued, last used and when it expires.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account whose tokens to list.") var username: String

        func run() throws {
            let database = try database.open()
            let now = Date()
            func when(_ instant: Date?) throws -> String {
                try instant.map { "\(try database.localDateTime(at: $0))" } ?? "never"
            }
            for token in try database.apiTokens(username: username) {
                print(
                    "\(token.name)\t\(token.state(at: now).rawValue)\tissued \(try when(token.createdAt))\tlast used \(try when(token.lastUsedAt))\texpires \(try when(token.expiresAt))"
                )
            }
        }
    }

    struct RevokeToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-token", abstract: "Revoke an account's JSON API tokens by label, or all of them.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account whose tokens to revoke.") var username: String
        @Option(help: "The label given to comal user token.") var label: String?
        @Flag(help: "Revoke every token of the account.") var all = false
        @Option(help: "Who is doing it, for the audit log (default: the alliance's buyer).") var by: String?

        func validate() throws {
            if (label == nil) == !all { throw ValidationError("give either --label LABEL or --all") }
        }

        func run() throws {
            let database = try database.open()
            let count = try database.revokeAPITokens(
                username: username, name: all ? nil : label, actor: try actorName(by, in: database),
                now: try localNow(in: database))
            print("Revoked \(count) token\(count == 1 ? "" : "s") of \(username)")
        }
    }
}
