import ComalStore
import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `comal user add` and `comal serve` through the built binary, as the demo and an admin use them.
@Suite("comal user add and comal serve")
struct WebCommandCLITests {
    @Test("Accounts are added with the password from standard input or a file, stored only as a bcrypt hash")
    func userAdd() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let added = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["user", "add", "ana", "--role", "buyer", "--db", fixture.database],
            in: fixture.directory.url, input: "buyer password\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added buyer ana"))
        try fixture.directory.write("director password\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "alpha", "--role", "director", "--site", "A-01", "--password-file", "pw.txt")

        let stored = try #require(try fixture.open().accountForLogin(username: "alpha"))
        #expect(stored.account.site?.rawValue == "A-01")
        #expect(stored.passwordHash.hasPrefix("$2"))
        #expect(!stored.passwordHash.contains("director password"))
    }

    @Test(
        "Refused accounts say why and exit non-zero",
        arguments: [
            (["cook1", "--role", "cook"], "a cook works for one site; give it with --site SITE_ID"),
            (["b2", "--role", "buyer", "--site", "A-01"], "a buyer works for the whole alliance; leave out --site"),
            (["d3", "--role", "director", "--site", "Z-99"], "\"Z-99\" is not a site of the alliance"),
            (["ana", "--role", "admin"], "an account named \"ana\" already exists"),
            (["x y", "--role", "admin"], "\"x y\" is not a username"),
            (["c4", "--role", "chef"], "chef"),
        ])
    func refused(arguments: [String], message: String) async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try fixture.directory.write("long enough\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", "pw.txt")
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"),
            ["user", "add"] + arguments + ["--password-file", "pw.txt", "--db", fixture.database], in: fixture.directory.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("A short password is refused")
    func shortPassword() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try fixture.directory.write("short\n", to: "pw.txt")
        let result = try await fixture.comal("user", "add", "ana", "--role", "buyer", "--password-file", "pw.txt")
        #expect(result.status != 0)
        #expect(result.stderr.contains("the password needs at least 8 characters"))
    }

    @Test("A password past bcrypt's 72 bytes is refused, not cut short; 72 plain letters are taken")
    func longPassword() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try fixture.directory.write(String(repeating: "ñ", count: 37) + "\n", to: "long.txt")
        let result = try await fixture.comal("user", "add", "ana", "--role", "buyer", "--password-file", "long.txt")
        #expect(result.status != 0)
        #expect(result.stderr.contains("the password may have at most 72 bytes"), "\(result.stderr)")
        #expect(try fixture.open().accountForLogin(username: "ana") == nil)
        try fixture.directory.write(String(repeating: "a", count: 72) + "\n", to: "fits.txt")
        try await fixture.succeed("user", "add", "ana", "--role", "buyer", "--password-file", "fits.txt")
    }

    @Test("comal serve finds its templates from the build folder, serves the login page, and stops on SIGTERM")
    func serve() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await ServedComal.serving(fixture.database) { server in
            let (data, response) = try await URLSession.shared.data(from: URL(string: "\(server.address)login")!)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self).contains("Sign in"))
            #expect(await server.stop() == 0)
        }
    }
}
