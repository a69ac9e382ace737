import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Switching an account off from the command line while the server runs: its page session and its
/// API token are refused on their very next request, and it cannot sign in until switched on.
@Suite("Disabling and enabling accounts")
struct AccountAdminCLITests {
    static func signIn(_ session: URLSession, _ base: String, _ username: String, _ password: String) async throws -> URL? {
        try await signInReply(session, base, username, password).url
    }

    static func signInReply(_ session: URLSession, _ base: String, _ username: String, _ password: String) async throws
        -> HTTPURLResponse
    {
        let (form, _) = try await session.data(from: URL(string: base + "/login")!)
        let html = String(decoding: form, as: UTF8.self)
        let csrf = html.range(of: #"name="csrf" value=""#).map { String(html[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        var login = URLRequest(url: URL(string: base + "/login")!)
        login.httpMethod = "POST"
        login.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        login.httpBody = Data("username=\(username)&password=\(password)&csrf=\(csrf)".utf8)
        return try #require(try await session.data(for: login).1 as? HTTPURLResponse)
    }

    @Test func aDisabledAccountIsRefusedAtOnceEverywhereAndAnEnabledOneSignsInAgain() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let passwordFile = try fixture.directory.write("long-enough-password\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "dora", "--role", "director", "--site", "A-01", "--password-file", passwordFile)
        let token = try await fixture.succeed("user", "token", "dora").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try await ServedComal.serving(fixture.database) { server in
            let base = String(server.address.dropLast())
            let browser = URLSession(configuration: .ephemeral)
            #expect(try await Self.signIn(browser, base, "dora", "long-enough-password")?.path == "/sites/A-01")
            var api = URLRequest(url: URL(string: base + "/api/v1/windows")!)
            api.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            #expect((try await browser.data(for: api).1 as? HTTPURLResponse)?.statusCode == 200)

            try await fixture.succeed("user", "disable", "dora", "--by", "Ana Buyer")
            // The very next request of each is refused: the page sends her to sign in, the API says 401.
            #expect(try await browser.data(from: URL(string: base + "/sites/A-01")!).1.url?.path == "/login")
            #expect((try await browser.data(for: api).1 as? HTTPURLResponse)?.statusCode == 401)
            #expect(try await Self.signIn(browser, base, "dora", "long-enough-password")?.path == "/login")
            let listed = try await fixture.succeed("user", "list").stdout
            #expect(listed.contains("dora\tdirector of A-01\tdisabled\t0 API tokens"), "\(listed)")
            #expect(try await fixture.succeed("audit").stdout.contains("dora: disabled; 1 API tokens revoked, sessions ended"))

            try await fixture.succeed("user", "enable", "dora")
            #expect(try await Self.signIn(URLSession(configuration: .ephemeral), base, "dora", "long-enough-password")?.path == "/sites/A-01")
            // Her old token stays revoked: she asks for a new one.
            #expect((try await browser.data(for: api).1 as? HTTPURLResponse)?.statusCode == 401)
        }
        let unknown = try await fixture.comal("user", "disable", "nobody")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("there is no account \"nobody\""))
    }

    @Test func passwordsRolesFailedSignInsAndTokensAreManagedFromTheCommandLineAndAudited() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let first = try fixture.directory.write("first-password\n", to: "first.txt")
        let second = try fixture.directory.write("second-password\n", to: "second.txt")
        try await fixture.succeed("user", "add", "dora", "--role", "director", "--site", "A-01", "--password-file", first)
        let tooLong = try await fixture.comal("user", "token", "dora", "--days", "400")
        #expect(tooLong.status != 0)
        #expect(tooLong.stderr.contains("a token lives from 1 to 366 days, not 400"), "\(tooLong.stderr)")
        try await fixture.succeed("user", "token", "dora", "--label", "reports", "--days", "7")
        let tokens = try await fixture.succeed("user", "tokens", "dora").stdout
        #expect(tokens.hasPrefix("reports\tlive\tissued "), "\(tokens)")

        try await ServedComal.serving(fixture.database) { server in
            let base = String(server.address.dropLast())
            let browser = URLSession(configuration: .ephemeral)
            #expect(try await Self.signIn(browser, base, "dora", "first-password")?.path == "/sites/A-01")
            try await fixture.succeed("user", "reset-password", "dora", "--password-file", second)
            // Whoever knew the old password is signed out, and it opens nothing.
            #expect(try await browser.data(from: URL(string: base + "/sites/A-01")!).1.url?.path == "/login")
            #expect(try await Self.signInReply(browser, base, "dora", "first-password").statusCode == 401)
            #expect(try await Self.signIn(browser, base, "dora", "second-password")?.path == "/sites/A-01")

            // A guesser's failures are listed for the buyer, who clears them. (The wait they cause is
            // tested on the web suite's clock; this server runs on the real one.)
            let guesser = URLSession(configuration: .ephemeral)
            for _ in 0..<4 { #expect(try await Self.signInReply(guesser, base, "dora", "wrong-guess").statusCode == 401) }
            #expect(try await fixture.succeed("user", "list").stdout.contains("4 failed sign-ins in the last hour"))
            try await fixture.succeed("user", "unlock", "dora")
            #expect(!(try await fixture.succeed("user", "list").stdout.contains("failed sign-ins")))
            // Clearing again finds nothing to clear and leaves no second entry (checked below).
            try await fixture.succeed("user", "unlock", "dora")
            #expect(try await Self.signIn(URLSession(configuration: .ephemeral), base, "dora", "second-password")?.path == "/sites/A-01")

            try await fixture.succeed("user", "set-role", "dora", "--role", "cook", "--site", "A-01")
            #expect(try await fixture.succeed("user", "list").stdout.contains("dora\tcook of A-01\tactive"))
            let staff = try await fixture.comal("user", "set-role", "dora", "--role", "buyer", "--site", "A-01")
            #expect(staff.status != 0)
            #expect(staff.stderr.contains("a buyer works for the whole alliance; leave out --site"), "\(staff.stderr)")
        }
        let audit = try await fixture.succeed("audit").stdout
        #expect(audit.components(separatedBy: "failed sign-ins cleared").count == 2, "one clearing in \(audit)")
        for change in [
            "dora: added as director of A-01", "dora: API token \"reports\" issued", "dora: password reset, sessions ended",
            "dora: 4 failed sign-ins cleared", "dora: role set to cook of A-01",
        ] {
            #expect(audit.contains(change), "\(change) in \(audit)")
        }
    }
}
