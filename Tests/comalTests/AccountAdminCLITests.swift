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
        let (form, _) = try await session.data(from: URL(string: base + "/login")!)
        let html = String(decoding: form, as: UTF8.self)
        let csrf = html.range(of: #"name="csrf" value=""#).map { String(html[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        var login = URLRequest(url: URL(string: base + "/login")!)
        login.httpMethod = "POST"
        login.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        login.httpBody = Data("username=\(username)&password=\(password)&csrf=\(csrf)".utf8)
        return try await session.data(for: login).1.url
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
}
