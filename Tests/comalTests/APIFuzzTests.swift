import ComalTestSupport
import Foundation
import Testing

/// Schemathesis over the served API of the demo alliance (`scripts/fuzz_api.py`): every role's
/// token, the demo's real identifiers, OpenAPI links that chain a director's or cook's write with
/// the buyer's reads, then every page and API answer read as the buyer. The same cases every run
/// (`COMAL_FUZZ_EXAMPLES`, 60 per operation and phase, with the fixed seed), so that a failure repeats;
/// `COMAL_FUZZ_SECONDS` explores for that long instead. Any 5xx, schema violation or dead server fails it.
@Suite("The API under Schemathesis")
struct APIFuzzTests {
    @Test func schemathesisFindsNothingAndTheBuyerCanReadEverythingAfter() async throws {
        let demo = try await DemoRun.shared()
        try #require(demo.result.status == 0, "the demo failed: \(demo.result.stderr.suffix(2000))")
        // The fuzzer changes what it reaches; it gets a copy of the demo's week, taken whole while
        // other tests read the original.
        let scratch = try TemporaryDirectory()
        let database = scratch.path("demo.sqlite")
        try await DatabaseSnapshot.copy(demo.database, to: database)
        let comal = ProcessRunner.builtProduct("comal")

        func comalOutput(_ arguments: String...) async throws -> String {
            let result = try await ProcessRunner.run(comal, arguments + ["--db", database])
            try #require(result.status == 0, "comal \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        var tokens: [String: String] = [:]
        for (role, user) in [("buyer", "marisol"), ("director", "esp-director"), ("cook", "esp-cook")] {
            tokens[role] = try await comalOutput("user", "token", user, "--label", "fuzz")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let tokensFile = try scratch.write(String(decoding: try JSONEncoder().encode(tokens), as: UTF8.self), to: "tokens.json")
        let passwordFile = try scratch.write("comal-buyer\n", to: "buyer-password.txt")
        let openWindow = try await comalOutput("window", "list").split(separator: "\n")
            .first { $0.hasSuffix("\topen") }?.split(separator: "\t").first
        let window = try #require(openWindow.map(String.init), "the demo leaves a window open for orders")
        // The same cases every run by default; COMAL_FUZZ_SECONDS explores for that long instead.
        let budget =
            ProcessInfo.processInfo.environment["COMAL_FUZZ_SECONDS"].map { ["--max-time", $0] }
            ?? ["--max-examples", ProcessInfo.processInfo.environment["COMAL_FUZZ_EXAMPLES"] ?? "60"]

        try await ServedComal.serving(database) { server in
            let fuzz = try await ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                [
                    "python3", "scripts/fuzz_api.py", server.address, "--site", "ESP-01", "--window", window,
                    "--sku", "RG-3001", "--menu", "nm-center-cycle", "--buyer", "marisol",
                    "--password-file", passwordFile, "--tokens", tokensFile,
                    "--out", scratch.url.appendingPathComponent("report").path,
                ] + budget,
                in: ProcessRunner.packageRoot(), deadline: .seconds(1200))
            #expect(fuzz.status == 0, "\(fuzz.stdout.suffix(3000))\n\(fuzz.stderr.suffix(6000))")
            // The run reached the API: cases were generated and passed, and the buyer read pages after.
            #expect(fuzz.stdout.contains(" passed"), "\(fuzz.stdout.suffix(2000))")
            #expect(fuzz.stdout.contains("fuzz: then read"), "\(fuzz.stdout.suffix(2000))")
            #expect(await server.stop() == 0, "the server had died: \(server.server.standardError.suffix(4000))")
        }
    }
}
