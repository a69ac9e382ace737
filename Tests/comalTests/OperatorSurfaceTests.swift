import ComalStore
import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What the operator of `comal serve` sees: `/healthz`, one log line per request with its
/// reference and no secret, and `comal --version`.
@Suite("The operator's surface of comal serve")
struct OperatorSurfaceTests {
    @Test func healthCheckAndARequestLogWithNoSecretInIt() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let password = "correct horse battery staple"
        let passwordFile = try fixture.directory.write(password + "\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", passwordFile)
        let token = try await fixture.succeed("user", "token", "ana").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try await ServedComal.serving(fixture.database) { server in
            let session = URLSession(configuration: .ephemeral)
            let base = String(server.address.dropLast())
            let (health, healthResponse) = try await session.data(from: URL(string: base + "/healthz")!)
            #expect((healthResponse as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: health, as: UTF8.self) == "ok\n")

            let id = try await server.sendSecretBearingRequests(token: token, username: "ana", password: password)
            _ = try await session.data(from: URL(string: base + "/no/such/page")!)
            #expect(await server.stop() == 0)

            let log = server.server.standardError + server.server.standardOutput
            #expect(log.contains("GET /healthz 200"), "\(log.suffix(3000))")
            #expect(log.contains("GET /api/v1/windows 200") && log.contains("id=\(id)"), "\(log.suffix(3000))")
            #expect(log.contains("POST /login 403"), "\(log.suffix(3000))")
            #expect(log.contains("GET /no/such/page 404"), "\(log.suffix(3000))")
            for secret in [password, token, "not-a-real-session-cookie", "state=open"] {
                #expect(!log.contains(secret), "the log holds \(secret)")
            }
        }
    }

    @Test func versionNamesTheReleaseAndTheSchema() async throws {
        let result = try await ProcessRunner.run(ProcessRunner.builtProduct("comal"), ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("comal 0."))
        #expect(result.stdout.contains("(database schema \(AppDatabase.schemaVersion))"))
    }
}
