import ComalCore
import ComalStore
import Foundation
import Testing

@Suite("The cook's menus")
struct MenuTests {
    static let week = Seed.menuPath
    static let chicken = "\(Seed.menuPath)/days/1/meals/1/items/2"

    @Test("The cook sees the site's menus and the week with its badge and each finding explained, in English and Spanish")
    func weekWithFindings() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let list = try await cook.get("/sites/ESP-01/menus")
            #expect(list.status == 200)
            #expect(list.visibleText.contains("Test lunch menu"))
            #expect(list.visibleText.contains("Week 1 1 finding"))
            #expect(list.visibleText.contains("test-lunch · Child-care center · Changed "))
            #expect(try await cook.get("/sites/ESP-01").text.contains(#"href="/sites/ESP-01/menus""#))

            let page = try await cook.get(Self.week)
            #expect(page.status == 200)
            let text = page.visibleText
            #expect(text.contains("Test lunch menu · Week 1 1 finding"))
            #expect(text.contains("Checked against the CACFP meal pattern as of Tuesday, November 24, 2026"))
            #expect(text.contains("Monday 1 finding"))
            #expect(text.contains("Diced chicken, cooked children 3-5: 1 oz"))
            #expect(text.contains("R-QTY-MIN"))
            #expect(
                text.contains(
                    "Lunch credits 1 oz eq of meat/meat alternate (Diced chicken, cooked 1 oz → 1 oz eq); children 3-5 need at least 1 1/2 oz eq."
                ))
            #expect(text.contains("Rule: 7 CFR 226.20(c)(1)-(3), meal pattern tables"))
            #expect(page.text.contains(#"href="\#(Self.chicken)""#))

            _ = try await cook.post("/language", ["lang": "es", "back": Self.week])
            let spanish = try await cook.get(Self.week).visibleText
            #expect(spanish.contains("Menú de almuerzo de prueba · Semana 1 1 hallazgo"))
            #expect(spanish.contains("Lunes 1 hallazgo"))
            #expect(spanish.contains("Pollo en cubitos cocido"))
            #expect(spanish.contains("6 oz líq.") && spanish.contains("1/4 taza") && !spanish.contains("1/4 cup"))
            #expect(spanish.contains("Regla: 7 CFR 226.20(c)(1)-(3)"))
        }
    }

    @Test("Editing an item stores the site's copy, the check runs again, the edit is audited; the other site's copy is untouched")
    func editFixesFinding() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let form = try await cook.get(Self.chicken)
            #expect(form.status == 200)
            #expect(form.text.contains(#"<option value="food:chicken-diced-cooked" selected>"#))
            #expect(form.text.contains(#"name="serve_3-5" value="1 oz""#))
            let solBefore = try server.menuSources()["SOL-02/test-lunch"]

            let saved = try await cook.post(Self.chicken, ["dish": "food:chicken-diced-cooked", "serve_3-5": "1 1/2 oz"])
            #expect(saved.status == 303)
            #expect(saved.location == "\(Self.week)?saved=1")
            let page = try await cook.follow(saved).visibleText
            #expect(page.contains("The menu was saved and checked again."))
            #expect(page.contains("Test lunch menu · Week 1 Compliant"))
            #expect(page.contains("Diced chicken, cooked children 3-5: 1 1/2 oz"))
            #expect(!page.contains("R-QTY-MIN"))

            let stored = try #require(try server.database.siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("test-lunch")))
            #expect(stored.updatedBy == "esp-cook")
            #expect(stored.source.contains("1 1/2 oz"))
            #expect(!stored.source.contains("# The test lunch"))
            #expect(try server.menuSources()["SOL-02/test-lunch"] == solBefore)
            let audit = try server.database.auditLog(window: nil).last
            #expect(audit?.actor == "esp-cook")
            #expect(audit?.action == "edit menu")

            // Breaking it again: 1/16 cup of apples is under the 1/8 cup that credits at all.
            _ = try await cook.get("\(Self.week)/days/1/meals/1/items/5")
            let broken = try await cook.post(
                "\(Self.week)/days/1/meals/1/items/5", ["dish": "food:apples-fresh", "serve_3-5": "1/16 cup"])
            #expect(broken.status == 303)
            #expect(try await cook.follow(broken).visibleText.contains("Week 1 1 finding"))
        }
    }

    @Test("An item can be added and removed; the director of the site may edit too")
    func addAndRemove() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let newForm = try await director.get("\(Self.week)/days/1/meals/1/items/new")
            #expect(newForm.status == 200)
            let added = try await director.post(
                "\(Self.week)/days/1/meals/1/items/new", ["dish": "food:chicken-diced-cooked", "serve_3-5": "1/2 oz"])
            #expect(added.status == 303)
            // 1 oz + 1/2 oz of chicken is the 1 1/2 oz eq minimum.
            #expect(try await director.follow(added).visibleText.contains("Week 1 Compliant"))

            _ = try await director.get("\(Self.week)/days/1/meals/1/items/6")
            let removed = try await director.post("\(Self.week)/days/1/meals/1/items/6", ["action": "remove"])
            #expect(removed.status == 303)
            #expect(try await director.follow(removed).visibleText.contains("Week 1 1 finding"))
            let stored = try #require(try server.database.siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("test-lunch")))
            #expect(!stored.source.contains("1/2 oz"))
        }
    }

    @Test(
        "A bad edit re-renders the form with every problem and 'Nothing was changed.', and the stored menu stays the same",
        arguments: [
            (["dish": "food:no-such-food", "serve_3-5": "1 oz"], "\"no-such-food\" is not a food in the food table"),
            (["dish": "food:chicken-diced-cooked", "serve_3-5": "lots"], "children 3-5: \"lots\" is not a serving"),
            (["dish": "food:chicken-diced-cooked", "serve_3-5": "2 handfuls"], "\"2 handfuls\" is not a serving"),
            (["dish": "food:chicken-diced-cooked", "serve_3-5": ""], "Give a serving for at least one age group."),
            (["dish": "recipe:nope", "serve_3-5": "1 cup"], "\"nope\" is not a recipe of this menu"),
            (["dish": "", "serve_3-5": "1 oz"], "Choose a food or a recipe."),
        ])
    func badEdit(fields: [String: String], problem: String) async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            _ = try await cook.get(Self.chicken)
            let before = try server.changeableState()
            let sources = try server.menuSources()
            let reply = try await cook.post(Self.chicken, fields)
            #expect(reply.status == 422)
            #expect(reply.visibleText.contains("Nothing was changed."))
            #expect(reply.visibleText.contains(problem))
            #expect(try server.menuSources() == sources)
            #expect(try server.changeableState() == before)
        }
    }

    @Test("Print routes return the wall menu and the production record with their own inline style and no script")
    func printing() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let week = try await cook.get(Self.week)
            #expect(week.text.contains(#"href="\#(Self.week)/print?lang=en""#))
            #expect(week.text.contains(#"href="\#(Self.week)/production?lang=en""#))

            let wall = try await cook.get("\(Self.week)/print?lang=en")
            #expect(wall.status == 200)
            #expect(wall.text.contains("Test lunch menu"))
            #expect(wall.visibleText.contains("Diced chicken, cooked"))
            // Milk's allergen comes from the seeded catalog's product label.
            #expect(wall.visibleText.contains("1% milk M"))
            #expect(wall.headers["content-security-policy"]?.contains("style-src 'self' 'unsafe-inline'") == true)
            #expect(wall.headers["content-security-policy"]?.contains("script") == false)
            #expect(!wall.text.contains("<script"))
            let both = try await cook.get("\(Self.week)/print?lang=both")
            #expect(both.text.contains("Menú de almuerzo de prueba"))

            let production = try await cook.get("\(Self.week)/production?lang=es")
            #expect(production.status == 200)
            #expect(production.visibleText.contains("Pollo en cubitos cocido"))
            // ESP-01 enrolls 22 children of 3-5, the menu's only age group.
            #expect(production.visibleText.contains("22"))
            #expect(production.headers["content-security-policy"]?.contains("'unsafe-inline'") == true)
        }
    }

    @Test("The director's suggestion from the menu replaces the order with the menu's lines and explains them")
    func suggestFromMenu() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let order = try await director.get(DirectorTests.order)
            #expect(order.visibleText.contains("Suggest from menu"))
            #expect(order.visibleText.contains("Test lunch menu (Week 1)"))
            _ = try await director.post(
                "\(DirectorTests.order)/lines", ["sku": "MK-1", "quantity": "7", "unit": "case", "tolerance": "0"])

            let reply = try await director.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch", "week": ""])
            #expect(reply.status == 200)
            let text = reply.visibleText
            #expect(text.contains("The suggestion replaced your order (3 lines)."))
            #expect(text.contains("Suggested order for ESP-01 Esperanza Center, week 1 of Test lunch menu"))
            #expect(text.contains("Not met by any product"))
            #expect(text.contains("Diced chicken, cooked"))
            #expect(text.contains("Apples, fresh"))
            // 22 children × 6 fl oz = 132 fl oz = 1.04 GAL rounded up: 2 gallons of a case of 4 the
            // supplier does not split, so the rest of the case is the tolerance. 22 × 1/4 cup of beans
            // is 0.79 of a can: one can, sold singly. 0.68 LB of rice: the one 25-lb sack.
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            let products = Dictionary(uniqueKeysWithValues: try server.database.products().map { ($0.id, $0.sku) })
            let bySKU = Dictionary(uniqueKeysWithValues: lines.map { (products[$0.product]!, $0) })
            #expect(bySKU.count == 3)
            #expect(bySKU["MK-1"]?.quantity == 2)
            #expect(bySKU["MK-1"]?.unit == .each)
            #expect(bySKU["MK-1"]?.tolerance == 2)
            #expect(bySKU["BN-10"]?.quantity == 1)
            #expect(bySKU["BN-10"]?.unit == .each)
            #expect(bySKU["RC-25"]?.quantity == 1)
            #expect(bySKU["RC-25"]?.unit == .case)

            _ = try await director.post("/language", ["lang": "es", "back": DirectorTests.order])
            _ = try await director.get(DirectorTests.order)
            let spanish = try await director.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch", "week": "1"])
            #expect(spanish.visibleText.contains("Pedido sugerido para ESP-01"))
            #expect(spanish.visibleText.contains("Sin producto que lo cubra"))
        }
    }

    @Test("Stock on hand, counted per food of the week, comes off the suggestion; a bad count changes nothing")
    func suggestWithStockOnHand() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(DirectorTests.order)
            let first = try await director.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch", "week": ""])
            // One field per food the week needs, in the need's unit, sorted by name.
            #expect(first.visibleText.contains("Already on your shelves? (5)"))
            #expect(first.text.contains(#"name="stock.milk-1pct" value="""#))
            #expect(first.visibleText.contains("1% milk GAL"))
            #expect(first.visibleText.contains("Brown rice LB"))

            // Two gallons of milk cover the week's 1.04; half a pound of rice leaves 0.18 LB, still a sack.
            let stocked = try await director.post(
                "\(DirectorTests.order)/suggest",
                [
                    "menu": "test-lunch", "week": "1", "stock.milk-1pct": "2", "stock.rice-brown": " 0.5 ",
                    "stock.apples-fresh": "",
                ])
            #expect(stocked.status == 200)
            let text = stocked.visibleText
            #expect(text.contains("The suggestion replaced your order (2 lines)."))
            #expect(text.contains("Covered by stock on hand (1)"))
            #expect(text.contains("0.5 LB on hand"))
            #expect(stocked.text.contains(#"name="stock.milk-1pct" value="2""#), "the counts stay in the form")
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            let skus = Dictionary(uniqueKeysWithValues: try server.database.products().map { ($0.id, $0.sku) })
            #expect(Set(lines.map { skus[$0.product]! }) == ["BN-10", "RC-25"])

            // Enough of everything: nothing to buy, and the order stays as it was rather than emptied.
            let plenty = try await director.post(
                "\(DirectorTests.order)/suggest",
                [
                    "menu": "test-lunch", "week": "1", "stock.milk-1pct": "9", "stock.rice-brown": "9",
                    "stock.pinto-beans-canned": "9",
                    "stock.apples-fresh": "9", "stock.chicken-diced-cooked": "9",
                ])
            #expect(
                plenty.visibleText.contains("Your stock on hand covers what this menu week needs, so your order was not changed.")
            )
            #expect(try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01")).count == 2)
            // Stock for every food a catalog offers, but chicken and apples still to buy elsewhere: the
            // page must not say the week is covered.
            let partly = try await director.post(
                "\(DirectorTests.order)/suggest",
                [
                    "menu": "test-lunch", "week": "1", "stock.milk-1pct": "9", "stock.rice-brown": "9",
                    "stock.pinto-beans-canned": "9",
                ])
            #expect(!partly.visibleText.contains("covers what this menu week needs"))
            #expect(partly.visibleText.contains("Not met by any product"))

            let before = try server.changeableState()
            let bad = try await director.post(
                "\(DirectorTests.order)/suggest",
                ["menu": "test-lunch", "week": "1", "stock.milk-1pct": "two", "stock.caviar": "1"])
            #expect(bad.status == 422)
            #expect(bad.visibleText.contains("1% milk on hand: \"two\" is not an amount of 0 or more, like 2.5"))
            #expect(bad.visibleText.contains("On hand: \"caviar\" is not a food this menu week needs"))
            #expect(bad.text.contains(#"name="stock.milk-1pct" value="two""#))
            #expect(try server.changeableState() == before)
        }
    }

    @Test("A bad suggestion request says why and changes nothing; the cook cannot suggest")
    func badSuggestion() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let cook = try await server.signedIn("esp-cook")
            _ = try await director.get(DirectorTests.order)
            let before = try server.changeableState()
            let badWeek = try await director.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch", "week": "9"])
            #expect(badWeek.status == 422)
            #expect(badWeek.visibleText.contains("Menu week: \"9\" is not a week of this menu; its weeks are 1."))
            #expect(badWeek.visibleText.contains("Nothing was changed."))
            let badMenu = try await director.post("\(DirectorTests.order)/suggest", ["menu": "other", "week": ""])
            #expect(badMenu.status == 422)
            #expect(badMenu.visibleText.contains("\"other\" is not one of this site's menus."))
            #expect(try server.changeableState() == before)

            _ = try await cook.get(DirectorTests.order)
            #expect(try await cook.post("\(DirectorTests.order)/suggest", ["menu": "test-lunch"]).status == 403)
            #expect(try server.changeableState() == before)
        }
    }

    @Test("Unknown menus, weeks, days, meals and items are 404 pages")
    func notFound() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            for path in [
                "/sites/ESP-01/menus/nope/weeks/1", "\(Self.week.dropLast())9", "\(Self.week)/days/9/meals/1/items/1",
                "\(Self.week)/days/1/meals/9/items/1", "\(Self.week)/days/1/meals/1/items/99",
                "\(Self.week)/days/1/meals/1/items/x", "/sites/ESP-01/menus/nope/weeks/1/print",
            ] {
                #expect(try await cook.get(path).status == 404, "\(path)")
            }
        }
    }
}
