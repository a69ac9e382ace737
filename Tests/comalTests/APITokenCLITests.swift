import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `comal user token` and `comal user revoke-token` through the built binary.
@Suite("comal user token and revoke-token")
struct APITokenCLITests {
    /// An alliance with one buyer account.
    static func fixture() async throws -> CLIFixture {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try fixture.directory.write("buyer password\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", "pw.txt")
        return fixture
    }

    /// The stored rows, read with Python's sqlite3 so the check does not trust the store's code.
    static func storedTokens(_ fixture: CLIFixture) async throws -> [String] {
        let script = """
            import sqlite3, sys
            for row in sqlite3.connect(sys.argv[1]).execute(
                    "SELECT username, name, tokenHash, revoked FROM apiToken ORDER BY id"):
                print(*row)
            """
        let result = try await ProcessRunner.python(script, [fixture.database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    static func sha256(_ text: String) async throws -> String {
        let result = try await ProcessRunner.python(
            "import hashlib, sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())", [text])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("A token is printed once, alone on standard output, and stored only as its SHA-256")
    func token() async throws {
        let fixture = try await Self.fixture()
        let made = try await fixture.succeed("user", "token", "ana", "--label", "laptop")
        let token = made.stdout.trimmingCharacters(in: .newlines)
        #expect(token.count == 64)
        #expect(token.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(made.stdout == token + "\n")
        #expect(made.stderr.contains("Token \"laptop\" for ana, good for 90 days: keep it now, it is not shown again."))
        let second = try await fixture.succeed("user", "token", "ana").stdout.trimmingCharacters(in: .newlines)
        #expect(second != token)

        #expect(
            try await Self.storedTokens(fixture) == ["ana laptop \(try await Self.sha256(token)) 0", "ana api \(try await Self.sha256(second)) 0"])
        // Neither the database nor its journal holds the token itself.
        for suffix in ["", "-wal", "-shm"] {
            guard let bytes = FileManager.default.contents(atPath: fixture.database + suffix) else { continue }
            #expect(bytes.range(of: Data(token.utf8)) == nil, "the token is in \(fixture.database)\(suffix)")
        }
        let account = try fixture.open().accountForAPIToken(hash: try await Self.sha256(token), now: Date())
        #expect(account?.username == "ana")
    }

    @Test("A token's use is noted at most once a minute, so that API reads do not each write")
    func lastUsedOncePerMinute() async throws {
        let fixture = try await Self.fixture()
        let token = try await fixture.succeed("user", "token", "ana", "--label", "script").stdout
            .trimmingCharacters(in: .newlines)
        let (database, hash) = (try fixture.open(), try await Self.sha256(token))
        let first = Date(timeIntervalSince1970: 1_796_400_000)
        func lastUsed() throws -> Date? { try database.apiTokens(username: "ana").first { $0.name == "script" }?.lastUsedAt }
        #expect(try lastUsed() == nil)
        for (seconds, noted) in [(0, 0), (30, 0), (59, 0), (60, 60), (90, 60), (200, 200)] {
            #expect(try database.accountForAPIToken(hash: hash, now: first.addingTimeInterval(Double(seconds)))?.username == "ana")
            #expect(try lastUsed() == first.addingTimeInterval(Double(noted)), "after a use at +\(seconds) s")
        }
    }

    @Test("revoke-token revokes by label or all; a revoked token no longer signs in; mistakes say why")
    func revoke() async throws {
        let fixture = try await Self.fixture()
        let laptop = try await fixture.succeed("user", "token", "ana", "--label", "laptop").stdout.trimmingCharacters(in: .newlines)
        let script = try await fixture.succeed("user", "token", "ana", "--label", "script").stdout.trimmingCharacters(in: .newlines)
        #expect(try await fixture.succeed("user", "revoke-token", "ana", "--label", "laptop").stdout == "Revoked 1 token of ana\n")
        let database = try fixture.open()
        #expect(try database.accountForAPIToken(hash: try await Self.sha256(laptop), now: Date()) == nil)
        #expect(try database.accountForAPIToken(hash: try await Self.sha256(script), now: Date())?.username == "ana")

        let again = try await fixture.comal("user", "revoke-token", "ana", "--label", "laptop")
        #expect(again.status != 0)
        #expect(
            again.stderr.contains("ana has no live token labelled \"laptop\"; its live tokens are labelled script"),
            "\(again.stderr)")
        #expect(try await fixture.succeed("user", "revoke-token", "ana", "--all").stdout == "Revoked 1 token of ana\n")
        let none = try await fixture.comal("user", "revoke-token", "ana", "--label", "script")
        #expect(none.stderr.contains("ana has no live token labelled \"script\"; it has no live tokens"), "\(none.stderr)")
        #expect(try database.accountForAPIToken(hash: try await Self.sha256(script), now: Date()) == nil)
        #expect(try await Self.storedTokens(fixture).allSatisfy { $0.hasSuffix(" 1") })

        let nobody = try await fixture.comal("user", "token", "nobody")
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("there is no account named \"nobody\""), "\(nobody.stderr)")
        #expect(nobody.stdout.isEmpty)
        let neither = try await fixture.comal("user", "revoke-token", "ana")
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("give either --label LABEL or --all"))
    }
}
