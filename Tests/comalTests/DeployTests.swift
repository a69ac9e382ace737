import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The README's "Running Comal for your alliance" without systemd or root: `deploy/install.sh`
/// into a temporary root with the built comal, the installed binary run with the variables
/// `comal.service` sets (read from the unit, so the test follows it when it changes), the first
/// buyer, `/healthz`, the nightly backup and its rotation, and a restore.
@Suite("The deploy folder's install, service settings, backups and restore")
struct DeployTests {
    static let deploy = ProcessRunner.packageRoot().appendingPathComponent("deploy")

    /// A unit's `Environment=` lines as variables, with /var/lib/comal moved under `root`.
    static func environment(ofUnit path: String, root: String) throws -> [String: String] {
        var variables: [String: String] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        where line.hasPrefix("Environment=") {
            let assignment = line.dropFirst("Environment=".count).split(separator: "=", maxSplits: 1)
            variables[String(assignment[0])] = String(assignment[1]).replacingOccurrences(
                of: "/var/lib/comal", with: root + "/var/lib/comal")
        }
        return variables
    }

    /// Runs `executable` with `environment`, which must succeed; returns what it printed.
    @discardableResult
    static func succeed(_ executable: String, _ arguments: [String], environment: [String: String], input: String? = nil)
        async throws -> String
    {
        let result = try await ChildProcess.start(
            URL(fileURLWithPath: executable), arguments, input: input, environment: environment
        ).wait(deadline: .seconds(60))
        try #require(result.status == 0, "\(executable) \(arguments) exited \(result.status): \(result.stderr)")
        return result.stdout
    }

    @Test func installServeBackUpRotateAndRestore() async throws {
        let scratch = try TemporaryDirectory()
        let root = scratch.path("root")
        let comal = ProcessRunner.builtProduct("comal")
        try await Self.succeed(
            "/usr/bin/env",
            ["bash", Self.deploy.appendingPathComponent("install.sh").path, "--root", root, "--binary", comal.path],
            environment: [:])
        let bin = root + "/opt/comal/bin"
        let units = root + "/etc/systemd/system"
        let templates = try FileManager.default.contentsOfDirectory(atPath: bin + "/Comal_ComalWeb.resources/Templates")
        #expect(templates.contains("login.mustache"), "\(templates)")
        for unit in ["comal.service", "comal-backup.service", "comal-backup.timer"] {
            #expect(FileManager.default.fileExists(atPath: "\(units)/\(unit)"), "\(unit) was not installed")
        }
        let unit = try String(contentsOfFile: units + "/comal.service", encoding: .utf8)
        #expect(unit.contains("\nExecStart=/opt/comal/bin/comal serve\n"))

        // The service's settings, on a free port instead of 8080; the first buyer, as the README adds them.
        var service = try Self.environment(ofUnit: units + "/comal.service", root: root)
        #expect(service["COMAL_DB"] == root + "/var/lib/comal/comal.sqlite")
        #expect(service["COMAL_TRUSTED_PROXY"] == "127.0.0.1/32,::1/128" && service["COMAL_SECURE_COOKIES"] == "true")
        service["COMAL_PORT"] = "0"
        try await Self.succeed(
            bin + "/comal", ["user", "add", "marisol", "--role", "buyer"], environment: service, input: "long enough password\n")
        let served = try await ServedComal.start([], environment: service, executable: URL(fileURLWithPath: bin + "/comal"))
        let (health, response) = try await URLSession(configuration: .ephemeral).data(
            from: URL(string: served.address + "healthz")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: health, as: UTF8.self) == "ok\n")

        // The nightly backup, while the server runs, twice, keeping two dated backups.
        var backup = try Self.environment(ofUnit: units + "/comal-backup.service", root: root)
        #expect(backup["COMAL_DB"] == service["COMAL_DB"], "comal-backup.service backs up another database")
        let backups = try #require(backup["COMAL_BACKUP_DIR"])
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        for old in [
            "comal-2020-01-01.sqlite", "comal-2020-01-02.sqlite", "comal-2020-01-03.sqlite", "comal-before-upgrade.sqlite",
        ] {
            try "an older backup".write(toFile: "\(backups)/\(old)", atomically: false, encoding: .utf8)
        }
        backup["COMAL_BACKUP_KEEP"] = "2"
        // The script names a backup by the local date, as `date` prints it.
        let today = "comal-\(Date().formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())).sqlite"
        let first = try await Self.succeed(bin + "/comal-backup", [], environment: backup)
        #expect(first.contains("removed \(backups)/comal-2020-01-01.sqlite"), "\(first)")
        let second = try await Self.succeed(bin + "/comal-backup", [], environment: backup)
        #expect(second.contains("already there"), "\(second)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: backups).sorted()
        #expect(kept == ["comal-2020-01-03.sqlite", "comal-before-upgrade.sqlite", today].sorted(), "\(kept)")
        #expect(await served.stop() == 0)

        // A restore, with the server stopped, brings back the night's database.
        try await Self.succeed(
            bin + "/comal", ["user", "add", "later", "--role", "buyer"], environment: service, input: "long enough password\n")
        try await Self.succeed(bin + "/comal", ["restore", "\(backups)/\(today)"], environment: service)
        let users = try await Self.succeed(bin + "/comal", ["user", "list"], environment: service)
        #expect(users.contains("marisol") && !users.contains("later"), "\(users)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze"), "needs systemd-analyze"))
    func theUnitsPassSystemdAnalyzeVerify() async throws {
        let scratch = try TemporaryDirectory()
        let root = scratch.path("root")
        try await Self.succeed(
            "/usr/bin/env",
            [
                "bash", Self.deploy.appendingPathComponent("install.sh").path, "--root", root, "--binary",
                ProcessRunner.builtProduct("comal").path,
            ],
            environment: [:])
        // The units they depend on (sysinit.target, timers.target), from this machine's systemd.
        try FileManager.default.createDirectory(atPath: root + "/usr/lib/systemd", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "/usr/lib/systemd/system", toPath: root + "/usr/lib/systemd/system")
        let verified = try await ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/systemd-analyze"),
            ["verify", "--root=\(root)"]
                + ["comal.service", "comal-backup.service", "comal-backup.timer"].map { "/etc/systemd/system/\($0)" })
        #expect(verified.status == 0, "\(verified.stderr)")
        // Unknown keys are only warnings: none may be printed.
        #expect(verified.stderr.isEmpty && verified.stdout.isEmpty, "\(verified.stdout)\(verified.stderr)")
    }
}
