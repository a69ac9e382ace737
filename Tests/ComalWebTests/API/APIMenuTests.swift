import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The cook's menus through the JSON API, every reply checked against Sources/ComalWeb/Static/openapi.yaml.
@Suite("The JSON API serves the cook's menus")
struct APIMenuTests {
    static let week = Seed.menuPath
    static let items = "\(Seed.menuPath)/days/1/meals/1/items"
    static let chicken = "\(items)/2"

    @Test("A cook reads the menus and a week with its finding, fixes the item and sees the finding gone; the edit is audited")
    func cookFixesFinding() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let cook = try server.api("esp-cook", recorder: openAPI)

            let list = try await cook.get("listMenus", "/sites/ESP-01/menus")
            #expect(list.status == 200, "\(list.text)")
            #expect(list.string("asOf") == "2026-11-24")
            #expect(list.string("menus", 0, "id") == "test-lunch")
            #expect(list.string("menus", 0, "name", "es") == "Menú de almuerzo de prueba")
            #expect(list.int("menus", 0, "weeks", 0, "week") == 1)
            #expect(list.int("menus", 0, "weeks", 0, "findings") == 1)
            #expect(list.value("menus", 0, "weeks", 0, "compliant") as? Bool == false)
            #expect(list.string("menus", 0, "weeks", 0, "url") == "/api/v1\(Self.week)")

            let week = try await cook.get("getMenuWeek", Self.week)
            #expect(week.status == 200, "\(week.text)")
            #expect(week.value("canEdit") as? Bool == true)
            #expect(week.value("compliant") as? Bool == false)
            #expect(week.string("days", 0, "label") == "Mon")
            #expect(week.string("days", 0, "meals", 0, "type") == "lunch")
            #expect(week.string("days", 0, "meals", 0, "items", 1, "food") == "chicken-diced-cooked")
            #expect(week.string("days", 0, "meals", 0, "items", 1, "name") == "Diced chicken, cooked")
            #expect(week.string("days", 0, "meals", 0, "items", 1, "serve", "3-5") == "1 oz")
            #expect(week.string("days", 0, "meals", 0, "items", 3, "creditAs") == "vegetables")
            #expect(week.value("days", 0, "meals", 0, "items", 1, "creditAs") == nil)
            #expect(week.array("findings").count == 1)
            #expect(week.string("findings", 0, "rule") == "R-QTY-MIN")
            #expect(week.string("findings", 0, "ageGroup") == "3-5")
            #expect(week.int("findings", 0, "day") == 1)
            #expect(week.int("findings", 0, "meal") == 1)
            #expect(
                week.string("findings", 0, "message")
                    == "Lunch credits 1 oz eq of meat/meat alternate (Diced chicken, cooked 1 oz → 1 oz eq); children 3-5 need at least 1 1/2 oz eq. Serve more."
            )
            #expect(week.string("findings", 0, "citation")?.hasPrefix("7 CFR 226.20(c)(1)-(3)") == true)
            let spanish = try await cook.speaking("es-MX").get("getMenuWeek", Self.week)
            #expect(spanish.string("days", 0, "name") == "Lunes")
            #expect(spanish.string("days", 0, "meals", 0, "items", 1, "name") == "Pollo en cubitos cocido")
            #expect(spanish.string("findings", 0, "message") != week.string("findings", 0, "message"))
            #expect(spanish.string("findings", 0, "message")?.contains("Pollo en cubitos cocido") == true)

            let solBefore = try server.menuSources()["SOL-02/test-lunch"]
            let fixed = try await cook.put(
                "setMenuItem", Self.chicken, json: #"{"food": "chicken-diced-cooked", "serve": {"3-5": "1 1/2 oz"}}"#)
            #expect(fixed.status == 200, "\(fixed.text)")
            #expect(fixed.value("compliant") as? Bool == true)
            #expect(fixed.array("findings").isEmpty)
            #expect(fixed.string("days", 0, "meals", 0, "items", 1, "serve", "3-5") == "1 1/2 oz")
            #expect(try await cook.get("listMenus", "/sites/ESP-01/menus").int("menus", 0, "weeks", 0, "findings") == 0)

            let stored = try #require(try server.database.siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("test-lunch")))
            #expect(stored.updatedBy == "esp-cook")
            #expect(try server.menuSources()["SOL-02/test-lunch"] == solBefore)
            // The same entry the item form writes.
            let audit = try #require(try server.database.auditLog(window: nil).last)
            #expect(audit.actor == "esp-cook")
            #expect(audit.action == "edit menu")
            #expect(
                audit.detail
                    == "ESP-01 test-lunch: week 1 Mon lunch: item 2 Diced chicken, cooked children 3-5: 1 1/2 oz")

            let production = try await cook.get("getMenuProduction", "\(Self.week)/production")
            #expect(production.status == 200, "\(production.text)")
            #expect(production.array("lines").count == 5)
            // ESP-01 enrolls 22 children of 3-5, the menu's only age group.
            #expect(production.int("lines", 1, "planned", "3-5") == 22)
            #expect(production.string("lines", 1, "portions", "3-5") == "1 1/2 oz")
            try await openAPI.expectValid()
        }
    }

    @Test("The site's director adds an item and removes it; the same food keeps its credit_as")
    func addAndRemove() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let director = try server.api("esp-director", recorder: openAPI)
            let audited = try server.count("auditEntry")

            let added = try await director.post(
                "addMenuItem", Self.items, json: #"{"food": "chicken-diced-cooked", "serve": {"3-5": "1/2 oz"}}"#)
            #expect(added.status == 201, "\(added.text)")
            // 1 oz + 1/2 oz of chicken is the 1 1/2 oz eq minimum.
            #expect(added.value("compliant") as? Bool == true)
            #expect(added.int("days", 0, "meals", 0, "items", 5, "item") == 6)
            #expect(added.string("days", 0, "meals", 0, "items", 5, "serve", "3-5") == "1/2 oz")

            let removed = try await director.delete("removeMenuItem", "\(Self.items)/6")
            #expect(removed.status == 200, "\(removed.text)")
            #expect(removed.value("compliant") as? Bool == false)
            #expect((removed.value("days", 0, "meals", 0, "items") as? [Any])?.count == 5)
            let stored = try #require(try server.database.siteMenu(site: Site.ID("ESP-01"), menu: Menu.ID("test-lunch")))
            #expect(!stored.source.contains("1/2 oz"))
            #expect(try server.count("auditEntry") == audited + 2)
            #expect(try server.database.auditLog(window: nil).last?.detail.contains("removed item 6") == true)

            let beans = try await director.put(
                "setMenuItem", "\(Self.items)/4", json: #"{"food": "pinto-beans-canned", "serve": {"3-5": "1/2 cup"}}"#)
            #expect(beans.status == 200, "\(beans.text)")
            #expect(beans.string("days", 0, "meals", 0, "items", 3, "creditAs") == "vegetables")
            try await openAPI.expectValid()
        }
    }

    @Test(
        "A bad edit lists every problem by field and changes nothing",
        arguments: [
            (
                #"{"food": "no-such-food", "serve": {"3-5": "1 oz"}}"#,
                ["food: \"no-such-food\" is not a food in the food table; choose one from the list."]
            ),
            (
                #"{"food": "chicken-diced-cooked", "serve": {"3-5": "lots"}}"#,
                [
                    "serve.3-5: children 3-5: \"lots\" is not a serving; write an amount up to 1000 and a unit, like 1/2 cup, 6 fl_oz or 1 oz_eq."
                ]
            ),
            (#"{"food": "chicken-diced-cooked"}"#, ["serve: Give a serving for at least one age group."]),
            (
                #"{"recipe": "nope", "serve": {"3-5": "1 cup"}}"#,
                ["recipe: \"nope\" is not a recipe of this menu; choose one from the list."]
            ),
            (#"{"serve": {"3-5": "1 oz"}}"#, ["food: Choose a food or a recipe."]),
            (
                #"{"food": 7, "serve": {"6-12": "1 oz", "3-5": 2}, "note": "x"}"#,
                [
                    "note: is not a field of a menu item", "food: must be an id from the food table or the menu's recipes",
                    "serve.3-5: must be a serving as text, like \"1/2 cup\"",
                    "serve.6-12: is not an age group of this menu; its age groups are 3-5",
                ]
            ),
            (
                #"{"food": "milk-1pct", "recipe": "x", "serve": {"3-5": "6 fl_oz"}}"#,
                ["recipe: give a food or a recipe, not both"]
            ),
        ])
    func badEdit(body: String, problems: [String]) async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let cook = try server.api("esp-cook", recorder: openAPI)
            let before = try server.changeableState()
            let sources = try server.menuSources()
            let reply = try await cook.put("setMenuItem", Self.chicken, json: body)
            #expect(reply.status == 422, "\(reply.text)")
            #expect(reply.errorCode == "invalid")
            #expect(reply.problems == problems)
            #expect(reply.errorMessage == "The request has problems; nothing was changed.")
            let added = try await cook.post("addMenuItem", Self.items, json: body)
            #expect(added.status == 422)
            #expect(try server.menuSources() == sources)
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }

    @Test("Spanish problems, a body that is not JSON, and an edit the check cannot resolve change nothing either")
    func badEditMore() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let cook = try server.api("esp-cook", recorder: openAPI)
            let before = try server.changeableState()
            let spanish = try await cook.speaking("es").put(
                "setMenuItem", Self.chicken, json: #"{"food": "chicken-diced-cooked", "serve": {"3-5": "mucho"}}"#)
            #expect(spanish.status == 422)
            #expect(spanish.errorMessage == "La solicitud tiene problemas; no se cambió nada.")
            #expect(spanish.problems.first?.hasPrefix("serve.3-5: niños de 3 a 5 años: \"mucho\" no es una porción") == true)
            let notJSON = try await cook.put("setMenuItem", Self.chicken, json: "food=chicken")
            #expect(notJSON.status == 400)
            #expect(notJSON.errorCode == "bad_json")
            #expect(try await cook.post("addMenuItem", Self.items, json: "[]").status == 400)
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }

    @Test("Another site gets 403, no token 401, the buyer and admin read but get 403 on changes, unknown places 404")
    func access() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let body = #"{"food": "chicken-diced-cooked", "serve": {"3-5": "1 1/2 oz"}}"#
            let reads: [(String, String)] = [
                ("listMenus", "/sites/ESP-01/menus"), ("getMenuWeek", Self.week),
                ("getMenuProduction", "\(Self.week)/production"),
            ]
            func changes(_ client: APIClient) async throws -> [APIReply] {
                [
                    try await client.put("setMenuItem", Self.chicken, json: body),
                    try await client.post("addMenuItem", Self.items, json: body),
                    try await client.delete("removeMenuItem", Self.chicken),
                ]
            }
            let before = try server.changeableState()
            for username in ["sol-cook", "sol-director"] {
                let other = try server.api(username, recorder: openAPI)
                for (operation, path) in reads {
                    let reply = try await other.get(operation, path)
                    #expect(reply.status == 403, "\(username) \(path): \(reply.status)")
                    #expect(reply.errorCode == "forbidden")
                }
                for reply in try await changes(other) { #expect(reply.status == 403, "\(username): \(reply.text)") }
            }
            let nobody = try server.api(nil, recorder: openAPI)
            for (operation, path) in reads {
                let reply = try await nobody.get(operation, path)
                #expect(reply.status == 401)
                #expect(reply.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
            }
            for reply in try await changes(nobody) { #expect(reply.status == 401) }
            for username in ["buyer", "admin"] {
                let staff = try server.api(username, recorder: openAPI)
                for (operation, path) in reads {
                    #expect(try await staff.get(operation, path).status == 200, "\(username) \(path)")
                }
                #expect(try await staff.get("getMenuWeek", Self.week).value("canEdit") as? Bool == false)
                for reply in try await changes(staff) { #expect(reply.status == 403, "\(username): \(reply.text)") }
            }
            #expect(try server.changeableState() == before)

            let cook = try server.api("esp-cook", recorder: openAPI)
            for path in ["/sites/ESP-01/menus/nope/weeks/1", "/sites/ESP-01/menus/test-lunch/weeks/9"] {
                let reply = try await cook.get("getMenuWeek", path)
                #expect(reply.status == 404, "\(path)")
                #expect(reply.errorCode == "not_found")
            }
            #expect(try await cook.get("getMenuProduction", "/sites/ESP-01/menus/test-lunch/weeks/9/production").status == 404)
            let buyer = try server.api("buyer", recorder: openAPI)
            #expect(try await buyer.get("listMenus", "/sites/NOPE-01/menus").status == 404)
            for path in [
                "\(Self.week)/days/9/meals/1/items/1", "\(Self.week)/days/1/meals/9/items/1", "\(Self.items)/99",
                "\(Self.items)/x", "\(Self.items)/new", "\(Self.items)/0",
                // Numbers at Int's ends: positions are checked before anything is subtracted from them.
                "\(Self.week)/days/-9223372036854775808/meals/1/items/1", "\(Self.week)/days/1/meals/-9223372036854775808/items/1",
                "\(Self.items)/-9223372036854775808", "\(Self.items)/9223372036854775807", "\(Self.items)/99999999999999999999",
            ] {
                #expect(try await cook.put("setMenuItem", path, json: body).status == 404, "\(path)")
                #expect(try await cook.delete("removeMenuItem", path).status == 404, "\(path)")
            }
            #expect(try await cook.post("addMenuItem", "\(Self.week)/days/2/meals/1/items", json: body).status == 404)
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }
}
