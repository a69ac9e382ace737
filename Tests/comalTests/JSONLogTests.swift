import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `comal serve --log-format json` for a log collector, and which client address its lines name:
/// each line of its log is one JSON object with the request's fields and no secret, and a spoofed
/// `X-Forwarded-For` counts only when a trusted proxy sent it.
@Suite("The JSON request log and the client address behind a proxy")
struct JSONLogTests {
    /// Every line the server wrote to standard error, each parsed as a JSON object.
    static func jsonLines(_ log: String) throws -> [[String: Any]] {
        try log.split(separator: "\n").map { line in
            try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test func everyLineIsAJSONObjectWithTheRequestsFieldsAndNoSecret() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let password = "correct horse battery staple"
        let passwordFile = try fixture.directory.write(password + "\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", passwordFile)
        let token = try await fixture.succeed("user", "token", "ana").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try await ServedComal.start(["--port", "0", "--db", fixture.database, "--log-format", "json"])
        let id = try await server.sendSecretBearingRequests(token: token, username: "ana", password: password)
        #expect(await server.stop() == 0)

        let log = server.server.standardError
        let lines = try Self.jsonLines(log)
        let windows = try #require(lines.first { $0["path"] as? String == "/api/v1/windows" }, "\(log)")
        #expect(windows["method"] as? String == "GET")
        #expect(windows["status"] as? Int == 200)
        #expect(windows["id"] as? String == id)
        #expect(windows["client"] as? String == "127.0.0.1")
        #expect(windows["ms"] is Int)
        #expect(windows["level"] as? String == "notice")
        #expect((windows["time"] as? String).flatMap { try? Date($0, strategy: .iso8601) } != nil, "\(windows)")
        #expect(lines.contains { $0["path"] as? String == "/login" && $0["status"] as? Int == 403 }, "\(log)")
        for secret in [password, token, "not-a-real-session-cookie", "state=open"] {
            #expect(!log.contains(secret), "the log holds \(secret)")
        }
    }

    /// The client address the request log names for one request carrying a spoofed header.
    static func loggedClient(trustedProxy: [String]) async throws -> String? {
        let scratch = try TemporaryDirectory()
        let server = try await ServedComal.start(
            ["--port", "0", "--db", scratch.path("comal.sqlite"), "--log-format", "json"] + trustedProxy)
        var request = URLRequest(url: URL(string: server.address + "healthz")!)
        request.setValue("198.51.100.1, 203.0.113.7", forHTTPHeaderField: "X-Forwarded-For")
        let (_, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(await server.stop() == 0)
        return try Self.jsonLines(server.server.standardError).first { $0["path"] as? String == "/healthz" }?["client"] as? String
    }

    @Test func aForwardedAddressCountsOnlyFromATrustedProxy() async throws {
        // The test connects from 127.0.0.1: a proxy when trusted, anyone when not.
        #expect(
            try await Self.loggedClient(trustedProxy: ["--trusted-proxy", "::1/128", "--trusted-proxy", "127.0.0.1/32"])
                == "203.0.113.7")
        #expect(try await Self.loggedClient(trustedProxy: ["--trusted-proxy", "10.0.0.0/8"]) == "127.0.0.1")
        #expect(try await Self.loggedClient(trustedProxy: []) == "127.0.0.1")
    }
}
