import ComalTestSupport
import Foundation
import Testing

/// The bundled demo alliance loaded into a fresh database, with window 1 open far ahead, and the built
/// `comal` run from the package root (for the bundled catalogs and menus) with its output in a temporary directory.
final class PlateCLIFixture {
    let directory: TemporaryDirectory
    let database: String
    let root = ProcessRunner.packageRoot()

    init() async throws {
        directory = try TemporaryDirectory()
        database = directory.path("comal.sqlite")
        try await succeed("alliance", "load", "demo/alliance.yaml")
        try await succeed("import", "sites", "demo/sites.csv")
        for (name, file) in [
            ("Sandia Foodservice", "sandia-foodservice"), ("Rio Grande Produce & Dairy", "rio-grande-produce"),
            ("La Mesa Bakery", "la-mesa-bakery"),
        ] {
            try await succeed("supplier", "add", name)
            try await succeed("import", "catalog", "catalogs/\(file).csv", "--supplier", name)
        }
        try await succeed("window", "open", "--delivery", "2099-12-14", "--cutoff", "2099-12-09 17:00")
    }

    /// Runs `comal ARGUMENTS` from the package root, with `--db <the fixture's database>` unless the
    /// command reads only files (`menu print`).
    func comal(_ arguments: [String]) async throws -> ProcessResult {
        let database = arguments.starts(with: ["menu", "print"]) ? [] : ["--db", database]
        return try await ProcessRunner.run(ProcessRunner.builtProduct("comal"), arguments + database, in: root)
    }

    /// Runs a step that must succeed, recording its error output when it does not.
    @discardableResult
    func succeed(_ arguments: String...) async throws -> ProcessResult {
        let result = try await comal(arguments)
        #expect(result.status == 0, "comal \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        return result
    }
}
