import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The pages' half of the hostile-request suite: every form a director, a cook and the buyer post,
/// filled with numbers at and past Int's ends, impossible dates and times, huge and negative path
/// indices, fields far too long and files far too large, each sent as a signed-in user with the
/// form's CSRF token. No answer may be a 5xx, a refusal changes nothing, and the server still
/// serves every page after.
@Suite("Hostile forms never stop the server")
struct HostileFormTests {
    static let extremes = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999", "-1", "1e308",
        "1.5", "NaN", "", " ", "\u{0}", String(repeating: "9", count: 5000), "١٢", "0x10",
    ]

    @Test("Extreme order, menu, window and receiving forms get 4xx pages; nothing changes; every page still answers")
    func hostileForms() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let cook = try await server.signedIn("esp-cook")
            let buyer = try await server.signedIn("buyer")
            var failures: [String] = []
            func expectRefused(_ reply: Browser.Reply, _ what: String) {
                if reply.status >= 500 || reply.status < 400 { failures.append("\(what) → \(reply.status)") }
            }
            let order = "/sites/ESP-01/windows/1/order"
            _ = try await director.get(order)
            let before = try server.changeableState()
            for value in Self.extremes {
                // A blank tolerance or menu week means "none" or "this week", which is no mistake.
                let blank = value.trimmingCharacters(in: .whitespaces).isEmpty
                for field in blank ? ["quantity"] : ["quantity", "tolerance"] {
                    var fields = ["sku": "BN-10", "quantity": "1", "unit": "each", "tolerance": "0"]
                    fields[field] = value
                    expectRefused(try await director.post("\(order)/lines", fields), "order line \(field)=\(value.prefix(20))")
                }
                if !blank {
                    expectRefused(
                        try await director.post("\(order)/suggest", ["menu": "test-lunch", "week": value]),
                        "suggest week \(value.prefix(20))")
                }
            }
            expectRefused(
                try await director.post("\(order)/lines", ["sku": String(repeating: "X", count: 100_000), "quantity": "1", "unit": "case"]),
                "a 100 kB SKU")
            expectRefused(
                try await director.upload(
                    "\(order)/upload", filename: "huge.csv", contents: Data(repeating: UInt8(ascii: "9"), count: 3_000_000)),
                "a 3 MB upload")
            expectRefused(
                try await director.upload(
                    "\(order)/upload", filename: "o.csv",
                    contents: Data("site_id,sku,quantity,unit,tolerance\nESP-01,BN-10,99999999999999999999,case,0\n".utf8)),
                "an upload with an absurd quantity")

            // The cook's item form, at impossible places and with impossible servings.
            _ = try await cook.get("\(Seed.menuPath)/days/1/meals/1/items/1")
            for index in ["9223372036854775807", "-9223372036854775808", "0", "-1", "99999999999999999999"] {
                for path in [
                    "\(Seed.menuPath)/days/\(index)/meals/1/items/1", "\(Seed.menuPath)/days/1/meals/\(index)/items/1",
                    "\(Seed.menuPath)/days/1/meals/1/items/\(index)", "/sites/ESP-01/menus/test-lunch/weeks/\(index)/days/1/meals/1/items/1",
                ] {
                    expectRefused(try await cook.post(path, ["dish": "food:apples-fresh", "serve_3-5": "1/2 cup"]), "item at \(path)")
                    expectRefused(try await cook.get(path), "item page at \(path)")
                }
            }
            for serving in ["99999999999999999999 cup", "-1 cup", "1/0 cup", "0/0 oz", "1e308 oz", String(repeating: "9", count: 5000) + " oz"] {
                expectRefused(
                    try await cook.post(Self.itemPath, ["dish": "food:apples-fresh", "serve_3-5": serving]), "serving \(serving.prefix(20))")
            }
            expectRefused(
                try await cook.post(Self.itemPath, ["dish": "food:" + String(repeating: "a", count: 100_000), "serve_3-5": "1 cup"]),
                "a 100 kB food id")

            // The buyer's window form and receiving checklist.
            _ = try await buyer.get("/buyer")
            for (delivery, date, time) in [
                ("2026-02-30", "2026-02-25", "17:00"), ("99999-01-01", "99998-12-25", "17:00"), ("0000-01-01", "0000-01-01", "00:00"),
                ("2026-12-07", "2026-12-02", "25:61"), ("2026-12-07", "2027-01-01", "17:00"), ("-2026-12-07", "2026-12-02", "17:00"),
                (String(repeating: "2", count: 5000), "2026-12-02", "17:00"),
            ] {
                expectRefused(
                    try await buyer.post("/buyer/windows", ["delivery": delivery, "cutoff_date": date, "cutoff_time": time]),
                    "window \(delivery.prefix(20)) \(date) \(time)")
            }
            for value in Self.extremes {
                expectRefused(
                    try await buyer.post("/buyer/windows/1/receiving/checklist", ["received.BN-10": value, "reason.BN-10": "short"]),
                    "receiving \(value.prefix(20)) before consolidation")
            }
            for window in ["9223372036854775807", "-1", "0", "99999999999999999999", "..%2F..%2Fcomal.sqlite"] {
                expectRefused(try await buyer.get("/buyer/windows/\(window)"), "window page \(window)")
                expectRefused(try await buyer.post("/buyer/windows/\(window)/consolidate"), "consolidate \(window)")
                expectRefused(try await director.get("/sites/ESP-01/windows/\(window)/order"), "order page \(window)")
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            #expect(try server.changeableState() == before, "a refused form changed something")

            // Every page still answers.
            for (browser, path) in [
                (buyer, "/buyer"), (buyer, "/buyer/windows/1"), (director, order), (cook, Seed.menuPath), (cook, "/sites/ESP-01/menus"),
            ] {
                #expect(try await browser.get(path).status == 200, "\(path)")
            }
        }
    }

    static let itemPath = "\(Seed.menuPath)/days/1/meals/1/items/1"
}
