import ComalTestSupport
import Foundation
import Testing

/// `comal menu check` as a user runs it: the built binary, in a temporary directory, exit codes 0/1/2.
@Suite struct MenuCommandTests {
    /// Runs the built `comal` with `arguments` in `directory`.
    func run(_ arguments: [String], in directory: URL) async throws -> ProcessResult {
        try await ProcessRunner.run(ProcessRunner.builtProduct("comal"), arguments, in: directory)
    }

    @Test func menuFilesExitZeroWhenCompliantAndOneWhenNot() async throws {
        let foods = ProcessRunner.packageRoot().appendingPathComponent("catalogs/foods.csv").path
        let scratch = try TemporaryDirectory()
        let directory = scratch.url
        let cycle = try await run(
            [
                "menu", "check", ProcessRunner.packageRoot().appendingPathComponent("menus/nm-center-cycle.yaml").path,
                "--as-of", "2026-10-15", "--foods", foods,
            ], in: directory)
        #expect(cycle.status == 0, "\(cycle.stderr)")
        #expect(cycle.stdout.hasPrefix("Compliant"))
        let flawed = try await run(
            [
                "menu", "check", ProcessRunner.packageRoot().appendingPathComponent("menus/flawed-example.yaml").path,
                "--as-of", "2026-10-15", "--foods", foods, "--lang", "es",
            ], in: directory)
        #expect(flawed.status == 1)
        #expect(flawed.stdout.contains("[R-GBD]"))
        #expect(flawed.stdout.contains("No cumple: 22 hallazgos."))
        #expect(flawed.stdout.hasPrefix("niños de 3 a 5 años · Semana 1 Lunes · desayuno"))
        // The docs show the English output exactly as the binary prints it.
        let english = try await run(
            [
                "menu", "check", ProcessRunner.packageRoot().appendingPathComponent("menus/flawed-example.yaml").path,
                "--as-of", "2026-10-15", "--foods", foods,
            ], in: directory)
        #expect(try String(contentsOf: ProcessRunner.packageRoot().appendingPathComponent("docs/menus.md"), encoding: .utf8).contains("```text\n" + english.stdout + "```"))
    }

    @Test func jsonRequestGivesTheDocumentedShape() async throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.url
        let request = """
            {"as_of": "2026-10-15", "setting": "child_care_center", "age_group": "3-5",
             "meals": [{"day": "Mon", "type": "pm_snack", "items": [
               {"name": "1% milk", "component": "milk", "quantity": 4, "unit": "fl_oz", "attributes": {"milk_fat": "1%"}},
               {"name": "Orange juice", "component": "fruits", "quantity": 0.5, "unit": "cup", "attributes": {"juice": true}}]}]}
            """
        try request.write(to: directory.appendingPathComponent("snack.json"), atomically: false, encoding: .utf8)
        let result = try await run(["menu", "check", "snack.json", "--format", "json"], in: directory)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["compliant"] as? Bool == false)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(Set(finding.keys) == ["rule", "day", "meal", "age_group", "items", "message", "messages", "citation"])
        #expect(finding["rule"] as? String == "R-SNACK-ONE-BEVERAGE")
        #expect(finding["day"] as? String == "Mon")
        #expect(finding["meal"] as? String == "pm_snack")
        #expect(finding["age_group"] as? String == "3-5")
        #expect(finding["items"] as? [String] == ["1% milk", "Orange juice"])
        // The documented string, in English by default; both languages alongside it.
        #expect((finding["message"] as? String)?.hasPrefix("PM snack is milk and juice") == true)
        let messages = try #require(finding["messages"] as? [String: String])
        #expect(Set(messages.keys) == ["en", "es"])
        #expect(messages["en"] == finding["message"] as? String)
        #expect((finding["citation"] as? String)?.contains("226.20") == true)

        let fixed = request.replacingOccurrences(
            of:
                "\"Orange juice\", \"component\": \"fruits\", \"quantity\": 0.5, \"unit\": \"cup\", \"attributes\": {\"juice\": true}",
            with: "\"Orange\", \"component\": \"fruits\", \"quantity\": 0.5, \"unit\": \"cup\"")
        try fixed.write(to: directory.appendingPathComponent("fixed.json"), atomically: false, encoding: .utf8)
        let compliant = try await run(["menu", "check", "fixed.json", "--format", "json"], in: directory)
        #expect(compliant.status == 0)
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(compliant.stdout.utf8)) as? [String: Any])
        #expect(answer["compliant"] as? Bool == true)
        #expect((answer["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func badInputExitsTwoWithTheFieldNamed() async throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.url
        try #"{"setting": "child_care_center", "age_group": "toddler", "meals": []}"#
            .write(to: directory.appendingPathComponent("bad.json"), atomically: false, encoding: .utf8)
        let bad = try await run(["menu", "check", "bad.json"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json:1: age_group unknown value \"toddler\""))
        #expect(try await run(["menu", "check", "missing.yaml"], in: directory).status == 2)
        #expect(try await run(["menu", "check", "bad.json", "--as-of", "tomorrow"], in: directory).status == 2)
        #expect(try await run(["menu", "check", "bad.json", "--format", "xml"], in: directory).status == 2)
        // A menu needs the food table; without one at catalogs/foods.csv (or --foods), that is bad input.
        try "id: m\n".write(to: directory.appendingPathComponent("menu.yaml"), atomically: false, encoding: .utf8)
        #expect(try await run(["menu", "check", "menu.yaml"], in: directory).status == 2)
    }
}
