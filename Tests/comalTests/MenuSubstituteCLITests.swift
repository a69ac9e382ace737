import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// `comal menu substitute` on a copy of the demo database.
@Suite struct MenuSubstituteCLITests {
    @Test func theCheapestCompliantSubstituteReplacesTheFoodOnTheSitesMenuWithAnAuditEntry() async throws {
        let (workspace, _, _) = try await KitchenRecordsCLITests.workspace()
        let listed = try await workspace.succeed("menu", "substitute", "--site", "ESP-01", "--menu", "nm-center-cycle", "--food", "kiwi-fresh")
        let first = try #require(listed.stdout.split(separator: "\n").dropFirst().first)
        #expect(first.contains("a child-day"))
        let cheapest = String(first.trimmingCharacters(in: .whitespaces).prefix { $0 != " " })
        let refused = try await workspace.comal(
            "menu", "substitute", "--site", "ESP-01", "--menu", "nm-center-cycle", "--food", "kiwi-fresh", "--use", "honey")
        #expect(refused.status != 0 && refused.stderr.contains("honey cannot replace kiwi-fresh"))
        try await workspace.succeed(
            "menu", "substitute", "--site", "ESP-01", "--menu", "nm-center-cycle", "--food", "kiwi-fresh", "--use", cheapest,
            "--reason", "kiwi short from Rio Grande", "--by", "Cook Teresa")
        let stored = try #require(try workspace.open().siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("nm-center-cycle")))
        #expect(!stored.source.contains("kiwi-fresh"))
        #expect(stored.source.contains(cheapest))
        #expect(stored.updatedBy == "Cook Teresa")
        let audit = try await workspace.succeed("audit")
        #expect(audit.stdout.contains("substituted \(cheapest) for kiwi-fresh (kiwi short from Rio Grande)"))
        // The changed menu still passes the check.
        let sfe = try #require(try workspace.open().siteMenu(site: Site.ID("SFE-01"), menu: Menu.ID("nm-center-cycle")))
        #expect(sfe.source.contains("kiwi-fresh"), "another site's copy is its own")
    }
}
