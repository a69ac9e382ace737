import ComalTestSupport
import Foundation
import Testing

/// `comal order suggest`, `comal menu production` and `comal menu print` through the built binary.
@Suite struct PlateCLITests {
    @Test func suggestedOrderImportsCleanly() async throws {
        let fixture = try await PlateCLIFixture()
        let draft = fixture.directory.path("draft.csv")
        let result = try await fixture.succeed(
            "order", "suggest", "--site", "ESP-01", "--window", "1", "--menu", "menus/nm-center-cycle.yaml", "--out", draft)
        #expect(result.stdout.contains("Suggested order for ESP-01 Little Piñon Learning Center, week 1"))
        #expect(result.stdout.contains("the cheapest of"))
        #expect(result.stdout.contains("Not met by any product"))  // cantaloupe by the pound, sold by the count
        #expect(result.stdout.contains("8 enrolled in age group infant are not on this menu"))
        let csv = try String(contentsOfFile: draft, encoding: .utf8)
        let rows = csv.split(separator: "\n")
        #expect(rows.first == "site_id,sku,quantity,unit,tolerance")
        #expect(rows.count > 30 && rows.dropFirst().allSatisfy { $0.hasPrefix("ESP-01,") })
        let imported = try await fixture.succeed("import", "orders", draft, "--window", "1")
        #expect(imported.stdout.contains("\(rows.count - 1) lines added"))
    }

    @Test func stockOnHandIsTakenOffAndBadStockIsRefused() async throws {
        let fixture = try await PlateCLIFixture()
        let stock = try fixture.directory.write("food,quantity,unit\nmilk-1pct,40,GAL\n", to: "stock.csv")
        let result = try await fixture.succeed(
            "order", "suggest", "--site", "SFE-01", "--window", "1", "--menu", "menus/nm-center-cycle.yaml", "--on-hand", stock,
            "--out", fixture.directory.path("s.csv"), "--lang", "es")
        #expect(result.stdout.contains("Cubierto por existencias:\n  - Leche al 1%"))
        let bad = try fixture.directory.write("food,quantity,unit\nmilk-1pct,lots,GAL\n", to: "bad.csv")
        let refused = try await fixture.comal([
            "order", "suggest", "--site", "SFE-01", "--window", "1", "--menu", "menus/nm-center-cycle.yaml", "--on-hand", bad,
        ])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bad.csv:2: column quantity: \"lots\" is not an amount"))
    }

    @Test func productionRecordWorkbookReadsBack() async throws {
        let fixture = try await PlateCLIFixture()
        let out = fixture.directory.path("production")
        try await fixture.succeed(
            "menu", "production", "--site", "TAO-01", "--menu", "menus/nm-center-cycle.yaml", "--week", "1", "--out", out)
        for language in ["en", "es"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/production-TAO-01-w1-\(language).html"))
        }
        let book = try await XLSXReader.read("\(out)/production-TAO-01-w1-en.xlsx")
        let sheet = try #require(book.sheets["Production record"])
        // Header on row 7: three fixed columns, then portion and planned per age group (1-2, 3-5, 6-12).
        #expect(
            sheet.texts(row: 7).prefix(9) == [
                "Day", "Meal", "Menu item", "Portion 1-2", "Portion 3-5", "Portion 6-12", "Planned 1-2", "Planned 3-5",
                "Planned 6-12",
            ])
        // Monday breakfast, whole milk for 1-2 only: Sagebrush has 10 children 1-2 and 28 children 3-5.
        #expect(sheet.texts(row: 8).prefix(4) == ["Monday", "breakfast", "Whole milk", "4 fl oz"])
        #expect(sheet["G8"]?.number == 10 && sheet["H8"] == nil)
        #expect(sheet["J8"]?.formula == "=SUM(G8:I8)" && sheet["J8"]?.number == 10)
        // 10 × 4 fl oz = 5 cups; 40 fl oz / 8 = 5 servings / 16 per GAL = 0.3125 → 0.32 GAL.
        #expect(sheet["K8"]?.number == 5 && sheet["L8"]?.text == "CUP")
        #expect(sheet["M8"]?.number == 0.32 && sheet["N8"]?.text == "GAL")
        let spanish = try await XLSXReader.read("\(out)/production-TAO-01-w1-es.xlsx")
        #expect(
            spanish.sheets["Registro de producción"]?.texts(row: 8).prefix(4) == [
                "Lunes", "desayuno", "Leche entera", "4 oz líq.",
            ])
        // The Spanish page writes the kitchen's measures in Spanish: 10 × 4 fl oz is 5 tazas to prepare.
        let page = try String(contentsOfFile: "\(out)/production-TAO-01-w1-es.html", encoding: .utf8)
        #expect(page.contains("4 oz líq. × 10"))
        #expect(page.contains(">5 tazas<"))
        #expect(page.contains("1/2 taza × ") && !page.contains(" cup × "))
    }

    @Test func printedMenusAreSelfContainedPages() async throws {
        let fixture = try await PlateCLIFixture()
        let out = fixture.directory.path("print")
        for language in ["en", "es", "both"] {
            try await fixture.succeed("menu", "print", "menus/nm-center-cycle.yaml", "--week", "2", "--lang", language, "--out", out)
            let html = try String(contentsOfFile: "\(out)/menu-nm-center-cycle-w2-\(language).html", encoding: .utf8)
            #expect(html.contains("@page { size: letter landscape;"))
            #expect(
                !html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
        }
        let english = try String(contentsOfFile: "\(out)/menu-nm-center-cycle-w2-en.html", encoding: .utf8)
        #expect(english.contains("<th>Monday</th>") && english.contains("Whole milk <span class=\"ages\">(ages 1-2)</span>"))
        #expect(english.contains("<span class=\"wg\">WG</span> whole grain-rich"))
        let both = try String(contentsOfFile: "\(out)/menu-nm-center-cycle-w2-both.html", encoding: .utf8)
        #expect(both.contains("<th>Lunes</th>") && both.contains("<th>Monday</th>"))
    }
}
