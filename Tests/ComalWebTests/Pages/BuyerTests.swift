import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import GRDB
import Testing

@Suite("The buyer runs the week")
struct BuyerTests {
    @Test("Open a window, close early, consolidate, download a workbook, record receiving; invoices show the credit")
    func wholeWeek() async throws {
        try await LiveServer.run { server in
            for (site, cases) in [("esp", "2"), ("sol", "1")] {
                let director = try await server.signedIn("\(site)-director")
                let path = "/sites/\(site == "esp" ? "ESP-01" : "SOL-02")/windows/1/order"
                _ = try await director.get(path)
                _ = try await director.post("\(path)/lines", ["sku": "MK-1", "quantity": cases, "unit": "case"])
                #expect(try await director.post("\(path)/submit").status == 303)
            }
            let buyer = try await server.signedIn("buyer")
            let home = try await buyer.get("/buyer")
            #expect(home.visibleText.contains("Monday, November 30, 2026"))
            #expect(home.visibleText.contains("2 / 2"))

            let opened = try await buyer.post(
                "/buyer/windows", ["delivery": "2026-12-07", "cutoff_date": "2026-12-02", "cutoff_time": "17:00"])
            #expect(opened.location == "/buyer/windows/2?done=opened")
            #expect(try await buyer.follow(opened).visibleText.contains("The window is open for orders."))

            _ = try await buyer.get("/buyer/windows/1")
            let closed = try await buyer.follow(try await buyer.post("/buyer/windows/1/close", ["force": "1"]))
            #expect(closed.visibleText.contains("The window is closed; prices are frozen."))
            #expect(!closed.text.contains("/top-ups"))
            let noTopUps = try await buyer.get("/buyer/windows/1/top-ups")
            #expect(noTopUps.visibleText.contains("The window is closed: sites no longer top up"))
            #expect(!noTopUps.text.contains("<table"))
            let consolidated = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            #expect(consolidated.visibleText.contains("Consolidated: the workbooks and invoices are ready."))
            #expect(consolidated.visibleText.contains("invoice-ESP-01.xlsx"))
            // 2 cases × $18.40 + half of the $45.00 fee.
            #expect(consolidated.visibleText.contains("Esperanza Center $36.80 $30.00 $0.00 $66.80"))

            let download = try await buyer.get("/buyer/windows/1/workbooks/invoice-ESP-01.xlsx")
            #expect(download.status == 200)
            #expect(download.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let file = try server.directory.write("", to: "downloaded.xlsx")
            try download.body.write(to: URL(fileURLWithPath: file))
            let book = try await XLSXReader.read(file)
            #expect(!book.sheetNames.isEmpty)
            #expect(book.sheets.values.contains { $0.cells.values.contains { $0.text?.contains("Esperanza Center") == true } })
            #expect(try await buyer.get("/buyer/windows/1/workbooks/..%2Fcomal.sqlite").status == 404)

            let receiving = "sku,received_eaches,reason\nMK-1,10,short\n"
            let received = try await buyer.upload(
                "/buyer/windows/1/receiving", filename: "receiving.csv", contents: Data(receiving.utf8))
            // Recorded as a job the buyer follows, since it consolidates the week again.
            #expect(received.status == 303)
            #expect(received.location?.hasPrefix("/buyer/jobs/") == true, "\(received.location ?? "")")
            let after = try await buyer.followJob(received)
            #expect(after.visibleText.contains("Receiving recorded; the invoices now include the credits."))
            #expect(after.visibleText.contains("received"))

            let director = try await server.signedIn("esp-director")
            let allocation = try await director.get("/sites/ESP-01/windows/1/allocation")
            #expect(allocation.visibleText.contains("fewer: the delivery delivered short"))
            #expect(allocation.visibleText.contains("Receiving credits -$"))

            // The site's home lists the week with what the invoice asks and what buying together saved,
            // read from the stored invoices; they must agree with the week recomputed.
            let invoice = try #require(
                try server.database.consolidation(window: Seed.window)?.invoices.first { $0.site == Site.ID("ESP-01") })
            #expect(invoice.creditTotal > .zero && invoice.savings > .zero)
            let percent = WeekSavings.percent(invoice.savings, of: invoice.standaloneCost)
            let siteHome = try await director.get("/sites/ESP-01").visibleText
            #expect(
                siteHome.contains("received \(invoice.total.formatted) \(invoice.savings.formatted) (\(percent)%)"), "\(siteHome)"
            )
        }
    }

    @Test("Bad receiving rows and a bad window form are explained on the page and change nothing")
    func badInput() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get("/sites/ESP-01/windows/1/order")
            _ = try await director.post("/sites/ESP-01/windows/1/order/lines", ["sku": "BN-10", "quantity": "1", "unit": "case"])
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/windows/1")
            let early = try await buyer.post("/buyer/windows/1/consolidate")
            #expect(early.status == 409)
            #expect(early.visibleText.contains("is still open"))

            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            let before = try server.changeableState()
            let bad = "sku,received_eaches,reason\nBN-10,99,short\nMK-1,1,lost\n"
            let reply = try await buyer.upload("/buyer/windows/1/receiving", filename: "r.csv", contents: Data(bad.utf8))
            #expect(reply.status == 422)
            #expect(reply.visibleText.contains("r.csv:2: column received_eaches: 99 eaches received, but only 6 were bought"))
            #expect(reply.visibleText.contains("r.csv:3: column sku: \"MK-1\" was not bought"))
            #expect(reply.visibleText.contains("r.csv:3: column reason: \"lost\" is not one of short, damaged, substituted"))

            let window = try await buyer.post(
                "/buyer/windows", ["delivery": "someday", "cutoff_date": "2026-12-02", "cutoff_time": "17:00"])
            #expect(window.status == 400)
            #expect(window.visibleText.contains("Delivery: \"someday\" is not a date"))
            let duplicate = try await buyer.post(
                "/buyer/windows", ["delivery": "2026-11-30", "cutoff_date": "2026-11-25", "cutoff_time": "17:00"])
            #expect(duplicate.status == 409)
            #expect(duplicate.visibleText.contains("an order window for delivery 2026-11-30 already exists"))
            #expect(try server.changeableState() == before)
        }
    }

    @Test("The receiving checklist records what arrived line by line; a bad count names the product and keeps what was typed")
    func receivingChecklist() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            _ = try await director.get("/sites/ESP-01/windows/1/order")
            _ = try await director.post("/sites/ESP-01/windows/1/order/lines", ["sku": "BN-10", "quantity": "1", "unit": "case"])
            _ = try await director.post("/sites/ESP-01/windows/1/order/lines", ["sku": "MK-1", "quantity": "2", "unit": "case"])
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/windows/1")
            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            let page = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            // One line per product bought: 6 cans of beans and 8 gallons of milk.
            #expect(page.visibleText.contains("Receiving checklist (2)"))
            #expect(page.visibleText.contains("Pinto beans #10 can BN-10 · 6/#10 CN · Sandia 6"))
            #expect(page.visibleText.contains("Milk 1% gallon MK-1 · 4/1 GAL · Sandia 8"))
            #expect(page.text.contains(#"name="received.MK-1" value="""#))

            let before = try server.changeableState()
            let nothing = try await buyer.post(
                "/buyer/windows/1/receiving/checklist", ["received.BN-10": " ", "reason.BN-10": ""])
            #expect(nothing.status == 422)
            #expect(nothing.visibleText.contains("Nothing changed"))
            let reasonOnly = try await buyer.post(
                "/buyer/windows/1/receiving/checklist", ["received.BN-10": "", "reason.BN-10": "damaged"])
            #expect(reasonOnly.status == 422)
            #expect(
                reasonOnly.visibleText.contains(
                    "BN-10 Pinto beans #10 can: write how many eaches arrived, or leave the reason empty"))
            let bad = try await buyer.post(
                "/buyer/windows/1/receiving/checklist",
                ["received.BN-10": "9", "reason.BN-10": "short", "received.MK-1": "7", "reason.MK-1": ""])
            #expect(bad.status == 422)
            #expect(bad.visibleText.contains("BN-10 Pinto beans #10 can: 9 eaches received, but only 6 were bought"))
            #expect(bad.visibleText.contains("MK-1 Milk 1% gallon: say why fewer than the 8 bought arrived"))
            #expect(bad.text.contains(#"name="received.BN-10" value="9""#), "what was typed comes back")
            #expect(try server.changeableState() == before)
            let typos = try await buyer.post(
                "/buyer/windows/1/receiving/checklist",
                ["received.BN-10": "six", "reason.BN-10": "short", "received.MK-1": "7", "reason.MK-1": "spilled"])
            #expect(typos.status == 422)
            #expect(typos.visibleText.contains("BN-10 Pinto beans #10 can: \"six\" is not a whole number of eaches"))
            #expect(typos.visibleText.contains("MK-1 Milk 1% gallon: \"spilled\" is not a reason"))
            #expect(try server.changeableState() == before)

            let done = try await buyer.post(
                "/buyer/windows/1/receiving/checklist",
                ["received.BN-10": "", "reason.BN-10": "", "received.MK-1": "7", "reason.MK-1": "damaged"])
            #expect(done.status == 303)
            let after = try await buyer.followJob(done)
            #expect(after.visibleText.contains("Receiving recorded; the invoices now include the credits."))
            let milk = try #require(try server.database.products().first { $0.sku == "MK-1" })
            #expect(
                try server.database.receipts(window: Seed.window) == [
                    Receipt(product: milk.id, receivedEaches: 7, reason: .damaged)
                ])
            #expect(after.text.contains(#"name="received.MK-1" value="7""#))
            #expect(after.text.contains(#"<option value="damaged" selected>Damaged</option>"#))
            #expect(
                try server.database.auditLog(window: Seed.window).contains {
                    $0.detail == "MK-1: none → 7 damaged (receiving checklist)"
                })

            // The beans are recorded on their own; a line the form does not send is left as it is.
            let beans = try await buyer.post(
                "/buyer/windows/1/receiving/checklist", ["received.BN-10": "5", "reason.BN-10": "short"])
            #expect(beans.status == 303)
            _ = try await buyer.followJob(beans)
            let pinto = try #require(try server.database.products().first { $0.sku == "BN-10" })
            let beansShort = Receipt(product: pinto.id, receivedEaches: 5, reason: .short)
            #expect(try server.database.receipts(window: Seed.window).count == 2)

            // Sent again unchanged, nothing is recorded twice; emptied, the line takes the receipt back.
            let same = try await buyer.post(
                "/buyer/windows/1/receiving/checklist", ["received.MK-1": "7", "reason.MK-1": "damaged"])
            #expect(same.status == 422)
            #expect(same.visibleText.contains("Nothing changed"))
            let undone = try await buyer.post("/buyer/windows/1/receiving/checklist", ["received.MK-1": "", "reason.MK-1": ""])
            #expect(undone.status == 303)
            _ = try await buyer.followJob(undone)
            #expect(try server.database.receipts(window: Seed.window) == [beansShort])
            #expect(
                try server.database.auditLog(window: Seed.window).contains {
                    $0.detail == "MK-1: 7 damaged → all arrived (receiving checklist)"
                })
        }
    }

    @Test("Lines the upgrade set aside are listed on the window page, so the buyer can have them ordered again")
    func setAsideLinesAreShown() async throws {
        try await LiveServer.run { server in
            try await DatabaseQueue(path: server.directory.path("comal.sqlite")).write { db in
                try db.execute(
                    sql: """
                        INSERT INTO setAsideOrderLine (orderWindowId, siteId, productId, quantity, unit, tolerance)
                        SELECT 1, 'ESP-01', id, 9000000000000000000, 'case', 0 FROM product WHERE sku = 'MK-1'
                        """)
            }
            let page = try await server.signedIn("buyer").get("/buyer/windows/1")
            #expect(page.status == 200)
            #expect(page.visibleText.contains("1 order line was set aside when Comal was upgraded"))
            #expect(page.visibleText.contains("ESP-01 · MK-1: 9000000000000000000 case, tolerance 0"))
            #expect(page.visibleText.contains("Ask the site to order again."))
        }
    }
}
