import ComalCore
import ComalStore
import Foundation
import Testing

@Suite("The director orders for their site")
struct DirectorTests {
    static let order = "/sites/ESP-01/windows/1/order"

    @Test("Search, add lines in cases and eaches with tolerance, see the running total, submit; the buyer's board shows it")
    func orderAndSubmit() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let search = try await director.get("\(Self.order)?q=bean")
            #expect(search.visibleText.contains("Pinto beans #10 can"))
            #expect(!search.visibleText.contains("Milk 1% gallon"))
            #expect(try await director.get("\(Self.order)?q=mk-1").visibleText.contains("Milk 1% gallon"))

            let added = try await director.post(
                "\(Self.order)/lines", ["sku": "BN-10", "quantity": "4", "unit": "each", "tolerance": "2"])
            #expect(added.status == 303)
            _ = try await director.post(
                "\(Self.order)/lines", ["sku": "MK-1", "quantity": "2", "unit": "case", "tolerance": ""])
            let page = try await director.follow(added)
            #expect(page.visibleText.contains("Your order was updated."))
            // 4 × $4.95 + 2 × $18.40 = $56.60
            #expect(page.visibleText.contains("Estimated total $56.60"))

            let submitted = try await director.follow(try await director.post("\(Self.order)/submit"))
            #expect(submitted.visibleText.contains("Your order was submitted to the buyer."))
            #expect(try server.database.submissions(window: Seed.window)[Site.ID("ESP-01")] != nil)

            let buyer = try await server.signedIn("buyer")
            let board = try await buyer.get("/buyer/windows/1")
            #expect(board.visibleText.contains("Which sites have submitted (1 / 2)"))
            #expect(board.text.contains(#"http-equiv="refresh" content="60""#))
            #expect(board.visibleText.contains("Esperanza Center ESP-01 2 Submitted"))
            #expect(board.visibleText.contains("Sol Family Home SOL-02 0 Not submitted"))
            // 4 beans of a case of 6: their supplier splits cases, so the 4 are bought singly and the
            // tolerance of 2 is not used (2 more would make a case); 8 gallons are two full cases.
            // The board names those groups and links to them; the top-ups page lists them.
            #expect(board.text.contains(#"<a href="/buyer/windows/1/top-ups#bought">1 part case bought anyway"#))
            #expect(board.text.contains(#"<a href="/buyer/windows/1/top-ups#full">Products whose last case is already full (1)</a>"#))
            #expect(!board.visibleText.contains("Pinto beans"))
            #expect(!board.text.contains("would go short of, unless"), "no product is short of a case")
            let topUps = try await buyer.get("/buyer/windows/1/top-ups")
            #expect(topUps.status == 200)
            #expect(topUps.visibleText.contains("Pinto beans #10 can BN-10 · 6/#10 CN Bought as single eaches, at the each price 4 2 2"))
            #expect(topUps.visibleText.contains("Milk 1% gallon MK-1 · 4/1 GAL 8 0 Full"))
            #expect(topUps.text.contains(#"<h2 id="full">Products whose last case is already full (1)</h2>"#))

            // Sol orders 3 beans with no tolerance: 7 ordered leave 5 to fill a second case, which the
            // supplier splits; and 3 single gallons of milk, sold only by the case of 4.
            let sol = try await server.signedIn("sol-director")
            _ = try await sol.get("/sites/SOL-02/windows/1/order")
            _ = try await sol.post("/sites/SOL-02/windows/1/order/lines", ["sku": "BN-10", "quantity": "3", "unit": "each"])
            _ = try await sol.post("/sites/SOL-02/windows/1/order/lines", ["sku": "MK-1", "quantity": "3", "unit": "each"])
            // What the sites would go short of is on the board itself, the rest a link away.
            let short = try await buyer.get("/buyer/windows/1").visibleText
            #expect(short.contains("1 product the sites would go short of, unless they order more"))
            #expect(short.contains("1 part case bought anyway, as eaches or rounded up to the hub"))
            let milk = "Milk 1% gallon MK-1 · 4/1 GAL Not bought: the sites that ordered it go short 11 0 1"
            let beans = "Pinto beans #10 can BN-10 · 6/#10 CN Bought as single eaches, at the each price 7 2 5"
            #expect(short.contains(milk))
            #expect(!short.contains(beans))
            #expect(!short.contains("Products whose last case is already full"))
            // What the sites would go short of comes first, though beans come first in the catalog.
            let all = try await buyer.get("/buyer/windows/1/top-ups").visibleText
            #expect((all.range(of: milk)?.lowerBound).map { $0 < (all.range(of: beans)?.lowerBound ?? $0) } == true)
            _ = try await buyer.post("/language", ["lang": "es", "back": "/buyer/windows/1"])
            let spanish = try await buyer.get("/buyer/windows/1").visibleText
            #expect(spanish.contains("No se compra: los sitios que la pidieron se quedan sin ella"))
            #expect(spanish.contains("1 producto que les faltaría a los sitios, a menos que pidan más"))
            let spanishTopUps = try await buyer.get("/buyer/windows/1/top-ups").visibleText
            #expect(spanishTopUps.contains("Completar la siguiente caja"))
            #expect(spanishTopUps.contains("1 caja incompleta que se compra de todos modos"))
            _ = try await buyer.post("/language", ["lang": "en", "back": "/buyer/windows/1"])
            for sku in ["BN-10", "MK-1"] {
                _ = try await sol.post("/sites/SOL-02/windows/1/order/lines", ["sku": sku, "quantity": "0", "unit": "case"])
            }

            // Changing the order withdraws the submission until the director submits again.
            _ = try await director.get(Self.order)
            _ = try await director.post("\(Self.order)/lines", ["sku": "MK-1", "quantity": "0", "unit": "case"])
            #expect(try server.database.submissions(window: Seed.window).isEmpty)
            #expect(try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01")).count == 1)
        }
    }

    @Test("An uploaded CSV replaces the site's order; bad rows are listed by line and column and nothing changes")
    func upload() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            let good = "site_id,sku,quantity,unit,tolerance\nESP-01,BN-10,1,case,0\nESP-01,RC-25,2,case,\n"
            let uploaded = try await director.upload("\(Self.order)/upload", filename: "week.csv", contents: Data(good.utf8))
            #expect(uploaded.status == 303)
            #expect(try await director.follow(uploaded).visibleText.contains("The file replaced your order."))
            #expect(try server.count("orderLine") == 2)

            let bad = """
                site_id,sku,quantity,unit,tolerance
                ESP-01,BN-10,two,case,0
                SOL-02,MK-1,1,case,0
                ESP-01,RC-25,3,each,0
                ESP-01,NOPE,1,case,0

                """
            let refused = try await director.upload("\(Self.order)/upload", filename: "bad.csv", contents: Data(bad.utf8))
            #expect(refused.status == 422)
            let text = refused.visibleText
            #expect(text.contains("Nothing was changed."))
            #expect(text.contains("bad.csv:2: column quantity: \"two\" is not a whole number"))
            #expect(text.contains("bad.csv:3: column site_id: \"SOL-02\" is not your site"))
            #expect(text.contains("bad.csv:4: column unit: RC-25 comes as one piece per case"))
            #expect(text.contains("bad.csv:5: column sku: \"NOPE\" is not in any supplier's catalog"))
            #expect(try server.database.orderLines(window: Seed.window).map(\.quantity) == [1, 2])
        }
    }

    @Test("An upload over the size limit is refused with a clear message and changes nothing")
    func oversizedUpload() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            let row = "ESP-01,BN-10,1,case,0\n"
            let huge =
                "site_id,sku,quantity,unit,tolerance\n" + String(repeating: row, count: LiveServer.uploadLimit / row.count + 10)
            let before = try server.changeableState()
            let reply = try await director.upload("\(Self.order)/upload", filename: "huge.csv", contents: Data(huge.utf8))
            #expect(reply.status == 413)
            #expect(reply.visibleText.contains("The file is too large"))
            #expect(reply.visibleText.contains("Uploads may be at most 64 KB"))
            #expect(try server.changeableState() == before)
        }
    }

    @Test(
        "Malformed order-form input is explained on the page and changes nothing",
        arguments: [
            (["sku": "BN-10", "quantity": "abc", "unit": "case"], 400, "Quantity: \"abc\" is not a whole number"),
            (["sku": "BN-10", "quantity": "-3", "unit": "case"], 400, "Quantity: \"-3\" is not a whole number"),
            (["sku": "BN-10", "quantity": "10000", "unit": "case"], 400, "Quantity: \"10000\" is not a whole number from 0 to 9999"),
            (
                ["sku": "BN-10", "quantity": "1", "unit": "case", "tolerance": "99999"], 400,
                "Tolerance: \"99999\" is not a whole number from 0 to 9999"
            ),
            (["sku": "BN-10", "quantity": "1", "unit": "pallet"], 400, "Unit: \"pallet\" is not one of the offered choices"),
            (["quantity": "1", "unit": "case"], 400, "SKU is missing"),
            (["sku": "ZZ-9", "quantity": "1", "unit": "case"], 422, "\"ZZ-9\" is not in any supplier's catalog"),
            (["sku": "RC-25", "quantity": "1", "unit": "each"], 422, "RC-25 comes as one piece per case (1/25 LB)"),
        ])
    func malformedInput(fields: [String: String], status: Int, message: String) async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            let before = try server.changeableState()
            let reply = try await director.post("\(Self.order)/lines", fields)
            #expect(reply.status == status)
            #expect(reply.visibleText.contains(message))
            #expect(reply.visibleText.contains("Nothing was changed."))
            #expect(try server.changeableState() == before)
        }
    }

    @Test("After the cutoff the director is told to ask the buyer, and nothing changes")
    func afterCutoff() async throws {
        try await LiveServer.run { server in
            server.clock.set("2026-11-25 17:01")
            let director = try await server.signedIn("esp-director")
            let page = try await director.get(Self.order)
            #expect(page.visibleText.contains("The cutoff has passed."))
            let before = try server.changeableState()
            let reply = try await director.post("\(Self.order)/lines", ["sku": "BN-10", "quantity": "1", "unit": "case"])
            #expect(reply.status == 409)
            #expect(reply.visibleText.contains("closed at 2026-11-25 17:00; ask the buyer to make the change"))
            #expect(try await director.post("\(Self.order)/submit").status == 409)
            #expect(try server.changeableState() == before)
        }
    }

    @Test("Submitting an empty order says what to do")
    func emptySubmit() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            let reply = try await director.post("\(Self.order)/submit")
            #expect(reply.status == 409)
            #expect(reply.visibleText.contains("has no lines yet; add at least one product before submitting"))
            #expect(try server.count("orderSubmission") == 0)
        }
    }

    @Test("On Spanish pages a refused file, a refused line and a late change are explained in Spanish")
    func refusalsInSpanish() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.order)
            _ = try await director.post("/language", ["lang": "es", "back": Self.order])
            let bad =
                "site_id,sku,quantity,unit,tolerance\nESP-01,BN-10,dos,case,0\nESP-01,RC-25,3,each,0\nSOL-02,MK-1,1,case,0\n"
            let refused = try await director.upload("\(Self.order)/upload", filename: "pedido.csv", contents: Data(bad.utf8))
            #expect(refused.status == 422)
            let text = refused.visibleText
            #expect(text.contains("No se cambió nada."))
            #expect(text.contains("pedido.csv:2: columna quantity: \"dos\" no es un número entero de 0 a 9999"))
            #expect(text.contains("pedido.csv:3: columna unit: RC-25 viene en una sola pieza por caja (1/25 LB)"))
            #expect(text.contains("pedido.csv:4: columna site_id: \"SOL-02\" no es su sitio"))
            #expect(!text.contains("is not"), "an English message on a Spanish page: \(text)")

            let line = try await director.post("\(Self.order)/lines", ["sku": "NOPE", "quantity": "1", "unit": "case"])
            #expect(line.visibleText.contains("\"NOPE\" no está en el catálogo de ningún proveedor"))
            let empty = try await director.post("\(Self.order)/submit")
            #expect(empty.visibleText.contains("todavía no tiene líneas; agregue al menos un producto antes de enviarlo"))

            // Past the cutoff, and so past the session: the language stays with the account.
            server.clock.set("2026-11-25 17:01")
            let again = try await server.signedIn("esp-director")
            _ = try await again.get(Self.order)
            let late = try await again.post("\(Self.order)/lines", ["sku": "BN-10", "quantity": "1", "unit": "case"])
            #expect(late.status == 409)
            #expect(late.visibleText.contains("cerró el 2026-11-25 17:00; pida al comprador que haga el cambio"))
            #expect(try server.count("orderLine") == 0)
        }
    }
}
