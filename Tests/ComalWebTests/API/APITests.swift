import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The week through the JSON API, every reply checked against Sources/ComalWeb/Static/openapi.yaml.
@Suite("The JSON API runs the week")
struct APITests {
    static let order = "/sites/ESP-01/windows/1/order"

    @Test("A director lists the open window, sets and removes lines, uploads a CSV and submits")
    func directorWeek() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let director = try server.api("esp-director", recorder: openAPI)

            let open = try await director.get("listWindows", "/windows?state=open")
            #expect(open.status == 200)
            #expect(open.array("windows").count == 1)
            #expect(open.int("windows", 0, "id") == 1)
            #expect(open.string("windows", 0, "delivery") == "2026-11-30")
            #expect(open.string("windows", 0, "cutoff") == "2026-11-25T17:00")
            #expect(open.value("windows", 0, "acceptsOrders") as? Bool == true)
            #expect(try await director.get("listWindows", "/windows?state=closed").array("windows").isEmpty)
            #expect(try await director.get("getWindow", "/windows/1").string("state") == "open")

            let beans = try await director.put(
                "setOrderLine", "\(Self.order)/lines/BN-10", json: #"{"quantity": 4, "unit": "each", "tolerance": 2}"#)
            #expect(beans.status == 200)
            #expect(beans.string("lines", 0, "quantity", "unit") == "each")
            #expect(beans.int("lines", 0, "tolerance", "value") == 2)
            let milk = try await director.put(
                "setOrderLine", "\(Self.order)/lines/MK-1", json: #"{"quantity": 2, "unit": "case"}"#)
            // 4 × $4.95 + 2 × $18.40 = $56.60, the page's running total.
            #expect(milk.int("total", "cents") == 5660)
            #expect(milk.string("total", "formatted") == "$56.60")
            #expect(milk.int("lines", 1, "eaches") == 8)
            #expect(milk.value("canChange") as? Bool == true)

            // Three single gallons of milk, which comes in whole cases only: the buyer's board says the
            // part case would not be bought. The beans' supplier splits cases, so their 4 cans are bought
            // singly (the tolerance is not used); 2 more would make a whole case.
            _ = try await director.put("setOrderLine", "\(Self.order)/lines/MK-1", json: #"{"quantity": 3, "unit": "each"}"#)
            let buyer = try server.api("buyer", recorder: openAPI)
            let topUps = try await buyer.get("getBoard", "/windows/1/board").array("topUps")
            #expect(topUps.map { $0["sku"] as? String } == ["BN-10", "MK-1"])
            #expect(topUps.map { $0["ifNotFilled"] as? String } == ["bought_as_eaches", "not_bought"])
            #expect(topUps.map { ($0["toFill"] as? [String: Any])?["value"] as? Int } == [2, 1])

            let removed = try await director.delete("removeOrderLine", "\(Self.order)/lines/MK-1")
            #expect(removed.status == 200)
            #expect(removed.array("lines").map { $0["sku"] as? String } == ["BN-10"])
            #expect(try server.count("orderLine") == 1)

            let csv = "site_id,sku,quantity,unit,tolerance\nESP-01,BN-10,1,case,0\nESP-01,RC-25,2,case,\n"
            let replaced = try await director.csv("replaceOrder", "PUT", "\(Self.order)?file=week.csv", csv)
            #expect(replaced.status == 200, "\(replaced.text)")
            #expect(replaced.array("lines").map { $0["sku"] as? String } == ["BN-10", "RC-25"])
            #expect(try server.count("orderLine") == 2)

            let submitted = try await director.post("submitOrder", "\(Self.order)/submit")
            #expect(submitted.status == 200)
            #expect(submitted.string("submittedAt") == "2026-11-24T09:00")
            #expect(try server.database.submissions(window: Seed.window)[Site.ID("ESP-01")] != nil)
            #expect(try await director.get("getOrder", Self.order).string("submittedAt") == "2026-11-24T09:00")

            // The cook reads the same order but may not change it.
            let cook = try server.api("esp-cook", recorder: openAPI)
            let read = try await cook.get("getOrder", Self.order)
            #expect(read.status == 200)
            #expect(read.value("canChange") as? Bool == false)
            let unconsolidated = try await cook.get("getAllocation", "/sites/ESP-01/windows/1/allocation")
            #expect(unconsolidated.value("consolidated") as? Bool == false)

            // After the cutoff the director's change is refused and nothing changes.
            server.clock.set("2026-11-25 17:01")
            let late = try await director.put(
                "setOrderLine", "\(Self.order)/lines/MK-1", json: #"{"quantity": 1, "unit": "case"}"#)
            #expect(late.status == 409)
            #expect(late.errorCode == "conflict")
            #expect(try server.count("orderLine") == 2)

            // Then the buyer changes it, and the audit log says so, with the API as the source.
            let early = try await buyer.get("getOrder", Self.order)
            #expect(early.value("canChange") as? Bool == true)
            let changed = try await buyer.put(
                "setOrderLine", "\(Self.order)/lines/RC-25", json: #"{"quantity": 3, "unit": "case"}"#)
            #expect(changed.status == 200, "\(changed.text)")
            #expect(changed.value("canChange") as? Bool == true)
            let audit = try server.database.auditLog(window: Seed.window).map { "\($0.actor) \($0.action): \($0.detail)" }
            #expect(
                audit.contains("buyer order line changed: site ESP-01, RC-25: 2 case, tolerance 0 → 3 case, tolerance 0 (API)"))
            try await openAPI.expectValid()
        }
    }

    @Test("The buyer closes, consolidates, downloads a workbook, records receiving and reads the savings")
    func buyerWeek() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            for (username, site, cases) in [("esp-director", "ESP-01", 2), ("sol-director", "SOL-02", 1)] {
                let director = try server.api(username, recorder: openAPI)
                let path = "/sites/\(site)/windows/1/order"
                _ = try await director.put(
                    "setOrderLine", "\(path)/lines/MK-1", json: #"{"quantity": \#(cases), "unit": "case"}"#)
                #expect(try await director.post("submitOrder", "\(path)/submit").status == 200)
            }
            let buyer = try server.api("buyer", recorder: openAPI)
            #expect(try await buyer.get("listWindows", "/windows").array("windows").count == 1)
            let opened = try await buyer.post(
                "openWindow", "/windows", json: #"{"delivery": "2026-12-07", "cutoff": "2026-12-02T17:00"}"#)
            #expect(opened.status == 201)
            #expect(opened.int("id") == 2)
            #expect(opened.string("state") == "open")

            let board = try await buyer.get("getBoard", "/windows/1/board")
            #expect(board.int("submitted") == 2)
            #expect(board.array("sites").map { $0["lines"] as? Int } == [1, 1])
            #expect(board.value("consolidated") as? Bool == false)

            // A misspelt field is refused, not taken for an absent one.
            let misspelt = try await buyer.post("closeWindow", "/windows/1/close", json: #"{"forse": true}"#)
            #expect(misspelt.status == 422)
            #expect(misspelt.problems == ["forse: is not a field of this request; its fields are force"], "\(misspelt.text)")
            let extra = try await buyer.post(
                "openWindow", "/windows", json: #"{"delivery": "2026-12-21", "cutoff": "2026-12-16T17:00", "note": "x"}"#)
            #expect(extra.status == 422)
            #expect(try await buyer.get("listWindows", "/windows").array("windows").count == 2)
            let early = try await buyer.post("closeWindow", "/windows/1/close")
            #expect(early.status == 409)
            #expect(early.errorMessage?.contains("wait until then, or force the close") == true, "\(early.text)")
            let closed = try await buyer.post("closeWindow", "/windows/1/close", json: #"{"force": true}"#)
            #expect(closed.status == 200)
            #expect(closed.string("state") == "closed")

            // Consolidating is a job: 202 with its address at once, then its state until done.
            let (started, job) = try await buyer.consolidate(1)
            #expect(started.status == 202, "\(started.text)")
            #expect(started.headers["location"] == "/api/v1/jobs/\(started.int("id") ?? 0)")
            #expect(job.status == 200 && job.string("state") == "done", "\(job.text)")
            #expect(job.int("stepsDone") == job.int("stepsTotal") && (job.int("stepsTotal") ?? 0) > 3)
            let consolidated = try await buyer.get("getBoard", "/windows/1/board")
            let names = consolidated.array("workbooks").compactMap { $0["name"] as? String }
            #expect(names.contains("invoice-ESP-01.xlsx"))
            // 2 cases × $18.40 and two thirds of the $45.00 fee, as on the buyer's page.
            #expect(consolidated.int("invoices", 0, "goods", "cents") == 3680)
            #expect(consolidated.int("invoices", 0, "fees", "cents") == 3000)
            #expect(consolidated.int("invoices", 0, "total", "cents") == 6680)

            let savings = try await buyer.get("getSavings", "/windows/1/savings")
            #expect(savings.status == 200)
            // Alone, each site pays list price and the whole $45.00 fee.
            #expect(savings.int("sites", 0, "standaloneCost", "cents") == 3680 + 4500)
            #expect(savings.int("sites", 0, "groupCost", "cents") == 6680)
            #expect(savings.int("sites", 0, "savings", "cents") == 1500)
            #expect(savings.int("sites", 1, "standaloneCost", "cents") == 1840 + 4500)
            #expect(savings.int("sites", 1, "groupCost", "cents") == 1840 + 1500)
            #expect(savings.int("total", "standaloneCost", "cents") == 8180 + 6340)
            #expect(savings.int("total", "groupCost", "cents") == 6680 + 3340)
            #expect(savings.int("total", "savings", "cents") == 4500)
            #expect(savings.string("total", "savings", "formatted") == "$45.00")

            let listed = try await buyer.get("listWorkbooks", "/windows/1/workbooks")
            let url = try #require(
                listed.array("workbooks").first { $0["name"] as? String == "invoice-ESP-01.xlsx" }?["url"] as? String)
            #expect(url == "/api/v1/windows/1/workbooks/invoice-ESP-01.xlsx")
            let download = try await buyer.get("downloadWorkbook", "/windows/1/workbooks/invoice-ESP-01.xlsx")
            #expect(download.status == 200)
            #expect(download.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let file = try server.directory.write("", to: "api-download.xlsx")
            try download.body.write(to: URL(fileURLWithPath: file))
            let book = try await XLSXReader.read(file)
            #expect(book.sheets.values.contains { $0.cells.values.contains { $0.text?.contains("Esperanza Center") == true } })
            #expect(try await buyer.get("downloadWorkbook", "/windows/1/workbooks/..%2Fcomal.sqlite").status == 404)

            let received = try await buyer.csv(
                "recordReceiving", "POST", "/windows/1/receiving?file=receiving.csv",
                "sku,received_eaches,reason\nMK-1,10,short\n")
            #expect(received.status == 200, "\(received.text)")
            #expect(received.int("receipts") == 1)
            #expect(received.array("invoices").contains { (($0["credits"] as? [String: Any])?["cents"] as? Int ?? 0) > 0 })

            // Asked to respond asynchronously, a bad file is refused at once and a good one runs as a job.
            let async = ["Prefer": "respond-async"]
            let refused = try await buyer.send(
                "recordReceiving", "POST", "/windows/1/receiving?file=late.csv", body: Data("sku,received_eaches,reason\nMK-1,99,short\n".utf8),
                contentType: "text/csv", headers: async)
            #expect(refused.status == 422, "\(refused.text)")
            #expect(try server.count("job") == 1, "only the consolidation's job")
            let queued = try await buyer.send(
                "recordReceiving", "POST", "/windows/1/receiving?file=late.csv", body: Data("sku,received_eaches,reason\nMK-1,9,short\n".utf8),
                contentType: "text/csv", headers: async)
            #expect(queued.status == 202, "\(queued.text)")
            #expect(queued.string("kind") == "receive")
            #expect(queued.headers["preference-applied"] == "respond-async")
            let receiveJob = try #require(queued.headers["location"])
            var state = queued.string("state")
            for _ in 0..<1200 where state == "running" {
                try await Task.sleep(for: .milliseconds(25))
                state = try await buyer.get("getJob", String(receiveJob.dropFirst("/api/v1".count))).string("state")
            }
            #expect(state == "done")
            let milk = try #require(try server.database.products().first { $0.sku == "MK-1" })
            #expect(try server.database.receipts(window: Seed.window).first { $0.product == milk.id }?.receivedEaches == 9)
            let after = try await buyer.get("getSavings", "/windows/1/savings")
            let siteSavings = after.array("sites").compactMap { ($0["savings"] as? [String: Any])?["cents"] as? Int }
            #expect(siteSavings.reduce(0, +) == after.int("total", "savings", "cents"))

            let director = try server.api("esp-director", recorder: openAPI)
            let english = try await director.get("getAllocation", "/sites/ESP-01/windows/1/allocation")
            #expect(english.value("consolidated") as? Bool == true)
            let reasons = english.value("lines", 0, "reasons") as? [String] ?? []
            #expect(reasons.contains { $0.contains("fewer: the delivery delivered short") }, "\(reasons)")
            #expect((english.int("invoice", "credits", "cents") ?? 0) > 0)
            let spanish = try await director.speaking("es-MX,es;q=0.9").get("getAllocation", "/sites/ESP-01/windows/1/allocation")
            let razones = spanish.value("lines", 0, "reasons") as? [String] ?? []
            #expect(razones.count == reasons.count)
            #expect(razones != reasons, "\(razones)")
            #expect(spanish.int("invoice", "total", "cents") == english.int("invoice", "total", "cents"))
            try await openAPI.expectValid()
        }
    }
}
