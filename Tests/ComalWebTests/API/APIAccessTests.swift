import ComalCore
import ComalStore
import ComalTestSupport
@testable import ComalWeb
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Who may call what, and how bad input and bad tokens are refused, through the JSON API.
@Suite("The JSON API refuses what it must")
struct APIAccessTests {
    /// One call of every route: the operation, method, path and body.
    struct Route: Sendable, CustomStringConvertible {
        var operation, method, path: String
        var json: String? = nil
        var csv: String? = nil
        var description: String { "\(method) \(path)" }

        func send(_ client: APIClient) async throws -> APIReply {
            if let csv { return try await client.csv(operation, method, path, csv) }
            return try await client.send(
                operation, method, path, body: json.map { Data($0.utf8) }, contentType: json == nil ? nil : "application/json")
        }
    }

    static let order = "/sites/ESP-01/windows/1/order"
    static let readSite = [
        Route(operation: "getOrder", method: "GET", path: order),
        Route(operation: "getAllocation", method: "GET", path: "/sites/ESP-01/windows/1/allocation"),
    ]
    static let changeSite = [
        Route(operation: "setOrderLine", method: "PUT", path: "\(order)/lines/MK-1", json: #"{"quantity": 1, "unit": "case"}"#),
        Route(operation: "removeOrderLine", method: "DELETE", path: "\(order)/lines/BN-10"),
        Route(
            operation: "replaceOrder", method: "PUT", path: order,
            csv: "site_id,sku,quantity,unit,tolerance\nESP-01,RC-25,1,case,0\n"),
        Route(operation: "submitOrder", method: "POST", path: "\(order)/submit"),
    ]
    static let buyer = [
        Route(
            operation: "openWindow", method: "POST", path: "/windows",
            json: #"{"delivery": "2026-12-07", "cutoff": "2026-12-02T17:00"}"#),
        Route(operation: "getBoard", method: "GET", path: "/windows/1/board"),
        Route(operation: "closeWindow", method: "POST", path: "/windows/1/close", json: #"{"force": true}"#),
        Route(operation: "consolidateWindow", method: "POST", path: "/windows/1/consolidate"),
        Route(operation: "getJob", method: "GET", path: "/jobs/1"),
        Route(operation: "recordReceiving", method: "POST", path: "/windows/1/receiving", csv: "sku,received_eaches,reason\n"),
        Route(operation: "listWorkbooks", method: "GET", path: "/windows/1/workbooks"),
        Route(operation: "downloadWorkbook", method: "GET", path: "/windows/1/workbooks/invoice-ESP-01.xlsx"),
        Route(operation: "getSavings", method: "GET", path: "/windows/1/savings"),
    ]
    static let anyone = [
        Route(operation: "listWindows", method: "GET", path: "/windows"),
        Route(operation: "getWindow", method: "GET", path: "/windows/1"),
    ]
    static let all = readSite + changeSite + buyer + anyone

    /// ESP-01 has ordered beans, so a refused removal or replacement would show.
    static func seedOrder(_ server: LiveServer, _ openAPI: OpenAPIRecorder) async throws {
        let director = try server.api("esp-director", recorder: openAPI)
        let reply = try await director.put("setOrderLine", "\(order)/lines/BN-10", json: #"{"quantity": 1, "unit": "case"}"#)
        #expect(reply.status == 200)
    }

    @Test("Another site's director or cook gets 403 on every site route; a cook changes nothing; staff routes need the buyer")
    func forbidden() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            try await Self.seedOrder(server, openAPI)
            let before = try server.changeableState()
            for username in ["sol-director", "sol-cook"] {
                let other = try server.api(username, recorder: openAPI)
                for route in Self.readSite + Self.changeSite + Self.buyer {
                    let reply = try await route.send(other)
                    #expect(reply.status == 403, "\(username) \(route): \(reply.status) \(reply.text)")
                    #expect(reply.errorCode == "forbidden")
                }
            }
            let cook = try server.api("esp-cook", recorder: openAPI)
            for route in Self.changeSite + Self.buyer {
                #expect(try await route.send(cook).status == 403, "esp-cook \(route)")
            }
            let director = try server.api("esp-director", recorder: openAPI)
            for route in Self.buyer {
                #expect(try await route.send(director).status == 403, "esp-director \(route)")
            }
            let spanish = try await director.speaking("es").get("getBoard", "/windows/1/board")
            #expect(spanish.errorMessage == "Esto pertenece a otro sitio o función.")
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }

    @Test("No token, a wrong token, a revoked token and a session cookie all get 401 with WWW-Authenticate: Bearer")
    func unauthorized() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            try await Self.seedOrder(server, openAPI)
            let revoked = try server.issueToken("buyer", label: "old")
            let buyer = server.api(token: revoked, recorder: openAPI)
            #expect(try await buyer.get("listWindows", "/windows").status == 200)
            #expect(
                try server.database.revokeAPITokens(
                    username: "buyer", name: "old", actor: "admin", now: try server.database.localDateTime(at: server.clock.now))
                    == 1)
            // A token issued for one day, two days ago, has expired.
            let expired = try server.issueToken("buyer", label: "short", days: 1, at: server.clock.now - 2 * 86_400)
            // A signed-in browser's cookie does not open the API: it signs in with tokens only.
            let browser = try await server.signedIn("buyer")
            let before = try server.changeableState()
            let callers = [
                ("no token", try server.api(nil, recorder: openAPI)),
                ("wrong token", server.api(token: String(repeating: "0", count: 64), recorder: openAPI)),
                ("revoked token", buyer),
                ("expired token", server.api(token: expired, recorder: openAPI)),
            ]
            for (who, client) in callers {
                for route in Self.all {
                    let reply = try await route.send(client)
                    #expect(reply.status == 401, "\(who) \(route): \(reply.status)")
                    #expect(reply.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
                    #expect(reply.errorCode == "unauthorized")
                }
            }
            let cookie = try await browser.get("/api/v1/windows")
            #expect(cookie.status == 401)
            let basic = try await server.api(nil, recorder: openAPI).send(
                "listWindows", "GET", "/windows", headers: ["Authorization": "Basic YnV5ZXI6cGFzcw=="])
            #expect(basic.status == 401)
            // …and a token does not open the pages' forms: they keep their CSRF check.
            var form = URLRequest(url: URL(string: "/sites/ESP-01/windows/1/order/submit", relativeTo: server.base)!)
            form.httpMethod = "POST"
            let token = try server.issueToken("esp-director", label: "forms")
            form.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            let (_, response) = try await URLSession.shared.data(for: form)
            #expect((response as? HTTPURLResponse)?.statusCode == 403)
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }

    @Test("Unknown windows, sites, files and routes get 404")
    func notFound() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let buyer = try server.api("buyer", recorder: openAPI)
            #expect(try await buyer.get("getWindow", "/windows/99").status == 404)
            #expect(try await buyer.get("getWindow", "/windows/abc").status == 404)
            #expect(try await buyer.get("getBoard", "/windows/99/board").status == 404)
            #expect(try await buyer.post("closeWindow", "/windows/99/close").status == 404)
            #expect(try await buyer.get("getOrder", "/sites/NOPE-01/windows/1/order").status == 404)
            #expect(try await buyer.get("getAllocation", "/sites/ESP-01/windows/99/allocation").status == 404)
            #expect(try await buyer.get("downloadWorkbook", "/windows/1/workbooks/nothing.xlsx").status == 404)
            let director = try server.api("esp-director", recorder: openAPI)
            #expect(try await director.get("getOrder", "/sites/ESP-01/windows/99/order").status == 404)
            let route = try await buyer.send("listWindows", "GET", "/nowhere")
            #expect(route.status == 404)
            #expect(route.errorCode == "not_found")
            // The nowhere route is no operation of the document; leave it out of the check.
            try FileManager.default.removeItem(
                atPath: openAPI.directory.path(String(format: "%04d-listWindows-404.json", openAPI.recorded)))
            try await openAPI.expectValid()
        }
    }

    @Test("A method a path does not declare gets 405 with Allow; a query parameter a call does not take gets 422")
    func wrongMethodAndUnknownQuery() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let buyer = try server.api("buyer", recorder: openAPI)
            let trace = try await buyer.send("getWindow", "TRACE", "/windows/1")
            #expect(trace.status == 405)
            #expect(trace.headers["allow"] == "GET")
            #expect(trace.errorCode == "method_not_allowed")
            let patch = try await buyer.send("setOrderLine", "PATCH", "/sites/ESP-01/windows/1/order/lines/MK-1")
            #expect(patch.status == 405)
            #expect(patch.headers["allow"] == "PUT, DELETE")
            // The 405s are no operation of the document; leave them out of the check.
            for (index, operation) in [(1, "getWindow"), (2, "setOrderLine")] {
                try FileManager.default.removeItem(
                    atPath: openAPI.directory.path(String(format: "%04d-\(operation)-405.json", index)))
            }
            let misspelt = try await buyer.get("listWindows", "/windows?stat=open")
            #expect(misspelt.status == 422)
            #expect(misspelt.text.contains(#""field":"stat""#))
            #expect(try await buyer.get("listWindows", "/windows?state=open").status == 200)
            let csv = try await buyer.csv(
                "recordReceiving", "POST", "/windows/1/receiving?file=r.csv&extra=1", "sku,received_eaches,reason\n")
            #expect(csv.status == 422)
            #expect(csv.errorCode == "invalid")
            try await openAPI.expectValid()
        }
    }

    @Test("The server serves the OpenAPI document it ships, without a token")
    func servedDocument() async throws {
        try await LiveServer.run { server in
            let (data, response) = try await URLSession.shared.data(from: URL(string: "/api/v1/openapi.yaml", relativeTo: server.base)!)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            let shipped = try Data(
                contentsOf: ProcessRunner.packageRoot().appendingPathComponent("Sources/ComalWeb/Static/openapi.yaml"))
            #expect(data == shipped)
        }
    }

    @Test("Bad JSON, bad fields and bad CSV rows are listed (CSV by file, line and column) and nothing changes")
    func badInput() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            try await Self.seedOrder(server, openAPI)
            let director = try server.api("esp-director", recorder: openAPI)
            let before = try server.changeableState()

            let notJSON = try await director.put("setOrderLine", "\(Self.order)/lines/MK-1", json: "quantity=1")
            #expect(notJSON.status == 400)
            #expect(notJSON.errorCode == "bad_json")
            let array = try await director.put("setOrderLine", "\(Self.order)/lines/MK-1", json: "[1]")
            #expect(array.status == 400)
            let fields = try await director.put(
                "setOrderLine", "\(Self.order)/lines/MK-1",
                json: #"{"quantity": -1, "unit": "box", "tolerance": 1.5, "note": "x"}"#)
            #expect(fields.status == 422)
            #expect(fields.errorCode == "invalid")
            #expect(
                fields.problems == [
                    "quantity: must be a whole number from 0 to 9999", "tolerance: must be a whole number from 0 to 9999",
                    "unit: must be \"case\" or \"each\"", "note: is not a field of an order line",
                ])
            // A quantity whose eaches would overflow when the buyer's board multiplies them by the pack
            // (once saved, it took the server down at every read of the board).
            for quantity in ["9000000000000000000", "10000", "1e300"] {
                let absurd = try await director.put(
                    "setOrderLine", "\(Self.order)/lines/MK-1", json: #"{"quantity": \#(quantity), "unit": "case"}"#)
                #expect(absurd.status == 422, "\(quantity)")
                #expect(absurd.problems == ["quantity: must be a whole number from 0 to 9999"], "\(quantity)")
            }
            let hugeTolerance = try await director.put(
                "setOrderLine", "\(Self.order)/lines/MK-1", json: #"{"quantity": 1, "unit": "case", "tolerance": 10000}"#)
            #expect(hugeTolerance.problems == ["tolerance: must be a whole number from 0 to 9999"])
            #expect(try await server.api("buyer", recorder: openAPI).get("getBoard", "/windows/1/board").status == 200)
            let missing = try await director.speaking("es").put("setOrderLine", "\(Self.order)/lines/MK-1", json: "{}")
            #expect(missing.problems == ["quantity: falta", "unit: debe ser \"case\" (caja) o \"each\" (unidad)"])
            #expect(missing.errorMessage == "La solicitud tiene problemas; no se cambió nada.")
            let unknown = try await director.put(
                "setOrderLine", "\(Self.order)/lines/NOPE", json: #"{"quantity": 1, "unit": "case"}"#)
            #expect(unknown.status == 422)
            #expect(unknown.problems.first?.hasPrefix("sku: \"NOPE\" is not in any supplier's catalog") == true)
            let sack = try await director.put(
                "setOrderLine", "\(Self.order)/lines/RC-25", json: #"{"quantity": 3, "unit": "each"}"#)
            #expect(sack.status == 422)
            #expect(sack.problems.first?.hasPrefix("unit: RC-25 comes as one piece per case") == true, "\(sack.problems)")

            let bad = """
                site_id,sku,quantity,unit,tolerance
                ESP-01,BN-10,two,case,0
                SOL-02,MK-1,1,case,0
                ESP-01,RC-25,3,each,0
                ESP-01,NOPE,1,case,0

                """
            let refused = try await director.csv("replaceOrder", "PUT", "\(Self.order)?file=bad.csv", bad)
            #expect(refused.status == 422)
            #expect(refused.errorCode == "invalid_csv")
            #expect(
                refused.problems.contains { $0.hasPrefix("bad.csv:2: column quantity: \"two\" is not a whole number") },
                "\(refused.problems)")
            #expect(refused.problems.contains { $0.hasPrefix("bad.csv:3: column site_id: \"SOL-02\" is not your site") })
            #expect(refused.problems.contains { $0.hasPrefix("bad.csv:4: column unit: RC-25 comes as one piece per case") })
            #expect(
                refused.problems.contains { $0.hasPrefix("bad.csv:5: column sku: \"NOPE\" is not in any supplier's catalog") })
            #expect(try server.database.orderLines(window: Seed.window).map(\.quantity) == [1])

            let buyer = try server.api("buyer", recorder: openAPI)
            let window = try await buyer.post(
                "openWindow", "/windows", json: #"{"delivery": "someday", "cutoff": "2026-12-02 17:00"}"#)
            #expect(window.status == 422)
            #expect(window.problems == ["delivery: must be a date, YYYY-MM-DD"])
            let faraway = try await buyer.post(
                "openWindow", "/windows", json: #"{"delivery": "9999-12-31", "cutoff": "9999-12-30T17:00"}"#)
            #expect(faraway.status == 422)
            #expect(faraway.problems == ["delivery: the delivery 9999-12-31 must be in the years 2000 to 2099"])
            let duplicate = try await buyer.post(
                "openWindow", "/windows", json: #"{"delivery": "2026-11-30", "cutoff": "2026-11-25T17:00"}"#)
            #expect(duplicate.status == 409)
            let force = try await buyer.post("closeWindow", "/windows/1/close", json: #"{"force": "yes"}"#)
            #expect(force.status == 422)
            #expect(try await buyer.get("listWindows", "/windows?state=shut").status == 422)
            let notYet = try await buyer.get("getSavings", "/windows/1/savings")
            #expect(notYet.status == 409)
            #expect(try server.changeableState() == before)

            // Receiving after consolidation: every bad row listed, no receipt written.
            _ = try await buyer.post("closeWindow", "/windows/1/close", json: #"{"force": true}"#)
            _ = try await buyer.consolidate(1)
            let consolidated = try server.changeableState()
            let receiving = try await buyer.csv(
                "recordReceiving", "POST", "/windows/1/receiving?file=r.csv",
                "sku,received_eaches,reason\nBN-10,99,short\nMK-1,1,lost\n")
            #expect(receiving.status == 422)
            #expect(
                receiving.problems.contains {
                    $0.hasPrefix("r.csv:2: column received_eaches: 99 eaches received, but only 6 were bought")
                })
            #expect(receiving.problems.contains("r.csv:3: column reason: \"lost\" is not one of short, damaged, substituted"))
            #expect(try server.changeableState() == consolidated)
            try await openAPI.expectValid()
        }
    }

    @Test("A body over the upload limit gets 413 in JSON and changes nothing")
    func tooLarge() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            try await Self.seedOrder(server, openAPI)
            let before = try server.changeableState()
            let director = try server.api("esp-director", recorder: openAPI)
            let row = "ESP-01,MK-1,1,case,0\n"
            let big =
                "site_id,sku,quantity,unit,tolerance\n" + String(repeating: row, count: LiveServer.uploadLimit / row.count + 10)
            let reply = try await director.csv("replaceOrder", "PUT", Self.order, big)
            #expect(reply.status == 413)
            #expect(reply.errorCode == "too_large")
            let padded =
                #"{"quantity": 1, "unit": "case", "tolerance": 0"# + String(repeating: " ", count: LiveServer.uploadLimit) + "}"
            #expect(try await director.put("setOrderLine", "\(Self.order)/lines/MK-1", json: padded).status == 413)
            #expect(try server.changeableState() == before)
            try await openAPI.expectValid()
        }
    }

    @Test("The checker refuses a body that does not match its schema, an undocumented status and a broken document")
    func checkerCanFail() async throws {
        let openAPI = try OpenAPIRecorder()
        // A window whose cents are text and that lacks its state, as a buggy server might send.
        let wrong = #"{"id": 1, "delivery": "2026-11-30", "cutoff": "2026-11-25T17:00", "acceptsOrders": "yes"}"#
        try openAPI.record(
            operation: "getWindow", status: 200, headers: ["content-type": "application/json"], body: Data(wrong.utf8))
        try openAPI.record(
            operation: "getWindow", status: 418, headers: ["content-type": "application/json"], body: Data("{}".utf8))
        try openAPI.record(
            operation: "getOrder", status: 401, headers: ["content-type": "application/json"],
            body: Data(#"{"error": {"code": "unauthorized", "message": "no", "problems": []}}"#.utf8))
        let result = try await openAPI.check()
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("0001-getWindow-200.json: getWindow 200: (root): 'state' is a required property"),
            "\(result.stdout)")
        #expect(result.stdout.contains("acceptsOrders: 'yes' is not of type 'boolean'"))
        #expect(result.stdout.contains("getWindow 418: status not documented"))
        #expect(result.stdout.contains("getOrder 401: header WWW-Authenticate missing"))

        let broken = try TemporaryDirectory()
        let spec = try broken.write("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", to: "openapi.yaml")
        let root = ProcessRunner.packageRoot()
        let invalid = try await ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", root.appendingPathComponent("scripts/check_openapi.py").path, spec, openAPI.directory.url.path])
        #expect(invalid.status == 1)
        #expect(invalid.stdout.contains("not a valid OpenAPI document"), "\(invalid.stdout)")
    }
}
