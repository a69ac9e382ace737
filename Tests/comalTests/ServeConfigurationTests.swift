import ComalStore
import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `comal serve` set up by COMAL_* variables, as a systemd unit does it: each one reaches the
/// server, a flag wins over its variable, and a value that cannot be used stops the server with a
/// message naming the variable.
@Suite("comal serve configured from the environment, flags first")
struct ServeConfigurationTests {
    /// The alliance with window 1 ordered and closed, and the buyer `ana`'s API token.
    static func closedWeek() async throws -> (CLIFixture, token: String) {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await fixture.succeed("import", "orders", "orders.csv", "--window", "1")
        try await fixture.succeed("window", "close", "1", "--force")
        let password = try fixture.directory.write("long enough password\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", password)
        let token = try await fixture.succeed("user", "token", "ana").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (fixture, token)
    }

    @Test func everyVariableReachesTheServer() async throws {
        let (fixture, token) = try await Self.closedWeek()
        let workbooks = fixture.directory.path("books")
        let server = try await ServedComal.start(
            [],
            environment: [
                "COMAL_DB": fixture.database, "COMAL_HOST": "127.0.0.1", "COMAL_PORT": "0", "COMAL_WORKBOOKS": workbooks,
                "COMAL_SECURE_COOKIES": "true", "COMAL_LOG_FORMAT": "json", "COMAL_TRUSTED_PROXY": "10.0.0.0/8, 127.0.0.1/32",
            ])
        let session = URLSession(configuration: .ephemeral)
        let base = String(server.address.dropLast())
        #expect(server.address.hasPrefix("http://127.0.0.1:"))

        // COMAL_DB: the buyer's token of that database signs in; COMAL_WORKBOOKS: consolidation writes there.
        var consolidate = URLRequest(url: URL(string: base + "/api/v1/windows/1/consolidate")!)
        consolidate.httpMethod = "POST"
        consolidate.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        consolidate.setValue("203.0.113.7", forHTTPHeaderField: "X-Forwarded-For")
        let (body, consolidated) = try await session.data(for: consolidate)
        let started = try #require(consolidated as? HTTPURLResponse)
        #expect(started.statusCode == 202, "\(String(decoding: body, as: UTF8.self))")
        let job = try #require(started.value(forHTTPHeaderField: "Location"))
        #expect(try await ServedComal.finish(job: job, at: server.address, token: token) == "done")
        let written = try FileManager.default.subpathsOfDirectory(atPath: workbooks)
        #expect(written.contains { $0.hasSuffix(".xlsx") }, "\(written)")

        // COMAL_SECURE_COOKIES: the login page's cookie is Secure.
        let (_, login) = try await session.data(from: URL(string: base + "/login")!)
        let cookie = try #require((login as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie"))
        #expect(cookie.contains("Secure"), "\(cookie)")
        #expect(await server.stop() == 0)

        // COMAL_LOG_FORMAT and COMAL_TRUSTED_PROXY: JSON lines, the proxied client's address.
        let lines = server.server.standardError.split(separator: "\n")
        let consolidateLine = try #require(lines.first { $0.contains("/consolidate") })
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(consolidateLine.utf8)) as? [String: Any])
        #expect(fields["client"] as? String == "203.0.113.7")
        #expect(fields["status"] as? Int == 202)
    }

    @Test func aFlagWinsOverItsVariable() async throws {
        let (fixture, token) = try await Self.closedWeek()
        let elsewhere = fixture.directory.path("elsewhere.sqlite")
        let server = try await ServedComal.start(
            [
                "--db", fixture.database, "--port", "0", "--log-format", "text", "--no-secure-cookies", "--trusted-proxy",
                "10.0.0.0/8",
            ],
            environment: [
                "COMAL_DB": elsewhere, "COMAL_PORT": "not a port", "COMAL_LOG_FORMAT": "json", "COMAL_SECURE_COOKIES": "true",
                "COMAL_TRUSTED_PROXY": "127.0.0.1/32",
            ])
        let session = URLSession(configuration: .ephemeral)
        let base = String(server.address.dropLast())
        var windows = URLRequest(url: URL(string: base + "/api/v1/windows")!)
        windows.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        windows.setValue("203.0.113.7", forHTTPHeaderField: "X-Forwarded-For")
        let (_, answer) = try await session.data(for: windows)
        #expect((answer as? HTTPURLResponse)?.statusCode == 200)
        let (_, login) = try await session.data(from: URL(string: base + "/login")!)
        let cookie = try #require((login as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie"))
        #expect(!cookie.contains("Secure"), "\(cookie)")
        #expect(await server.stop() == 0)

        #expect(!FileManager.default.fileExists(atPath: elsewhere))
        let log = server.server.standardError
        #expect(log.contains("notice comal.requests: GET /api/v1/windows 200 "), "\(log)")
        #expect(log.contains("client=127.0.0.1") && !log.contains("203.0.113.7"), "\(log)")
    }

    @Test func otherCommandsFindTheDatabaseInCOMAL_DB() async throws {
        let (fixture, _) = try await Self.closedWeek()
        let listed = try await ChildProcess.start(
            ProcessRunner.builtProduct("comal"), ["user", "list"], in: fixture.directory.url,
            environment: ["COMAL_DB": fixture.database]
        ).wait(deadline: .seconds(60))
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("ana"), "\(listed.stdout)")
    }

    @Test(
        "A value that cannot be used stops the server, naming the variable",
        arguments: [
            ("COMAL_PORT", "abc", "COMAL_PORT=\"abc\" cannot be used: give a port number from 0 to 65535"),
            ("COMAL_PORT", "99999", "COMAL_PORT=\"99999\" cannot be used"),
            ("COMAL_SECURE_COOKIES", "maybe", "COMAL_SECURE_COOKIES=\"maybe\" cannot be used: give true or false"),
            ("COMAL_LOG_FORMAT", "xml", "COMAL_LOG_FORMAT=\"xml\" cannot be used: give text or json"),
            ("COMAL_MAX_REQUESTS", "0", "COMAL_MAX_REQUESTS=\"0\" cannot be used: give a number from 1 to 100000"),
            ("COMAL_BACKGROUND_PRIORITY", "high", "COMAL_BACKGROUND_PRIORITY=\"high\" cannot be used: give idle or low"),
            ("COMAL_TRUSTED_PROXY", "127.0.0.1/32,10.0.0/8", "\"10.0.0/8\" is not an address range"),
        ])
    func badValue(variable: String, value: String, message: String) async throws {
        let scratch = try TemporaryDirectory()
        // Port 0 unless the port is the variable tried, so that a server wrongly started binds a free port.
        var environment = ["COMAL_PORT": "0"]
        environment[variable] = value
        let served = try await ChildProcess.start(
            ProcessRunner.builtProduct("comal"), ["serve", "--db", scratch.path("comal.sqlite")],
            environment: environment
        ).wait(deadline: .seconds(60))
        #expect(served.status != 0)
        #expect(served.stderr.contains(message), "\(served.stderr)")
        #expect(!served.stdout.contains("Comal is serving"))
    }

    @Test func aMalformedTrustedProxyFlagIsRefused() async throws {
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["serve", "--port", "0", "--trusted-proxy", "::1/129", "--db", "unused.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\"::1/129\" is not an address range"), "\(result.stderr)")
    }
}
