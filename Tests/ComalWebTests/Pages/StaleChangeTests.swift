import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A change based on what someone has since changed is refused, not laid over theirs: the API's
/// `ETag` and `If-Match` (412), and the pages' hidden version field (409, the current values shown).
@Suite("Changes to what has changed since it was read")
struct StaleChangeTests {
    static let order = "/sites/ESP-01/windows/1/order"
    static let chicken = "\(Seed.menuPath)/days/1/meals/1/items/2"

    @Test("The order's ETag changes with every change; a stale or malformed If-Match gets 412 and changes nothing")
    func orderIfMatch() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let director = try server.api("esp-director", recorder: openAPI)
            let read = try await director.get("getOrder", Self.order)
            let first = try #require(read.headers["etag"])
            let set = try await director.send(
                "setOrderLine", "PUT", "\(Self.order)/lines/BN-10", body: Data(#"{"quantity": 4, "unit": "each"}"#.utf8),
                contentType: "application/json", headers: ["If-Match": first])
            #expect(set.status == 200, "\(set.text)")
            let second = try #require(set.headers["etag"])
            #expect(second != first)
            #expect(try await director.get("getOrder", Self.order).headers["etag"] == second)

            // A second client still holding the first version is refused, and the line stays at 4.
            for (operation, method, path, tag) in [
                ("setOrderLine", "PUT", "\(Self.order)/lines/BN-10", first),
                ("removeOrderLine", "DELETE", "\(Self.order)/lines/BN-10", first),
                ("submitOrder", "POST", "\(Self.order)/submit", first),
                ("setOrderLine", "PUT", "\(Self.order)/lines/BN-10", #""not-a-version""#),
            ] {
                let body = method == "PUT" ? Data(#"{"quantity": 9, "unit": "each"}"#.utf8) : nil
                let stale = try await director.send(
                    operation, method, path, body: body, contentType: "application/json", headers: ["If-Match": tag])
                #expect(stale.status == 412, "\(operation) with \(tag): \(stale.text)")
                #expect(stale.errorCode == "precondition_failed")
            }
            let csv = try await director.send(
                "replaceOrder", "PUT", Self.order, body: Data("site_id,sku,quantity,unit,tolerance\nESP-01,MK-1,1,case,0\n".utf8),
                contentType: "text/csv", headers: ["If-Match": first])
            #expect(csv.status == 412)
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            #expect(lines.map(\.quantity) == [4])
            #expect(try server.database.submissions(window: Seed.window).isEmpty)
            // The current version, or none, goes through.
            let submitted = try await director.send(
                "submitOrder", "POST", "\(Self.order)/submit", headers: ["If-Match": "W/\(second)"])
            #expect(submitted.status == 200, "\(submitted.text)")
            #expect(submitted.headers["etag"] != second, "a submission is a new version")
            try await openAPI.expectValid()
        }
    }

    @Test("The menu week's ETag is its version; a change from a stale one gets 412 and the menu keeps the other change")
    func menuIfMatch() async throws {
        try await LiveServer.run { server in
            let openAPI = try OpenAPIRecorder()
            let cook = try server.api("esp-cook", recorder: openAPI)
            let director = try server.api("esp-director", recorder: openAPI)
            let seen = try #require(try await cook.get("getMenuWeek", Seed.menuPath).headers["etag"])
            let first = try await director.send(
                "setMenuItem", "PUT", Self.chicken, body: Data(#"{"food": "chicken-diced-cooked", "serve": {"3-5": "2 oz"}}"#.utf8),
                contentType: "application/json", headers: ["If-Match": seen])
            #expect(first.status == 200, "\(first.text)")
            let stale = try await cook.send(
                "setMenuItem", "PUT", Self.chicken,
                body: Data(#"{"food": "chicken-diced-cooked", "serve": {"3-5": "1 1/2 oz"}}"#.utf8),
                contentType: "application/json", headers: ["If-Match": seen])
            #expect(stale.status == 412, "\(stale.text)")
            #expect(stale.text.contains("changed since you opened it"))
            #expect(try server.menuSources()["ESP-01/test-lunch"]?.contains("2 oz") == true)
            let current = try await cook.get("getMenuWeek", Seed.menuPath)
            #expect(current.headers["etag"] == first.headers["etag"])
            try await openAPI.expectValid()
        }
    }

    @Test("A form from before someone else's change says the order changed since it was opened and shows it as it is now")
    func orderFormVersion() async throws {
        try await LiveServer.run { server in
            let director = try await server.signedIn("esp-director")
            let page = try await director.get(Self.order)
            let version = try #require(Self.hiddenVersion(page.text))
            // The buyer-side API, another tab or another person: the order changes under the page.
            _ = try server.database.setOrderLine(
                site: Site.ID("ESP-01"), window: Seed.window, sku: "MK-1", quantity: 2, unit: .case, tolerance: 0,
                now: LocalDateTime(parsing: "2026-11-24 09:00")!, source: "another tab")
            let stale = try await director.post(
                "\(Self.order)/lines", ["sku": "BN-10", "quantity": "4", "unit": "each", "version": version])
            #expect(stale.status == 409)
            #expect(stale.visibleText.contains("changed since you opened it"))
            #expect(stale.visibleText.contains("Milk 1% gallon"), "the page shows the order as it is now")
            let lines = try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01"))
            #expect(lines.count == 1)
            // The refreshed page carries the new version, and the same change then goes through.
            let fresh = try #require(Self.hiddenVersion(stale.text))
            #expect(fresh != version)
            let saved = try await director.post(
                "\(Self.order)/lines", ["sku": "BN-10", "quantity": "4", "unit": "each", "version": fresh])
            #expect(saved.status == 303)
            #expect(try server.database.orderLines(window: Seed.window, site: Site.ID("ESP-01")).count == 2)
        }
    }

    @Test("An item form from before someone else's change to the menu is refused with the item as it is now")
    func menuFormVersion() async throws {
        try await LiveServer.run { server in
            let cook = try await server.signedIn("esp-cook")
            let form = try await cook.get(Self.chicken)
            let version = try #require(Self.hiddenVersion(form.text))
            let director = try await server.signedIn("esp-director")
            _ = try await director.get(Self.chicken)
            let first = try await director.post(
                Self.chicken, ["dish": "food:chicken-diced-cooked", "serve_3-5": "2 oz", "version": version])
            #expect(first.status == 303, "\(first.visibleText)")
            let stale = try await cook.post(
                Self.chicken, ["dish": "food:chicken-diced-cooked", "serve_3-5": "1 1/2 oz", "version": version])
            #expect(stale.status == 409)
            #expect(stale.visibleText.contains("changed since you opened it"))
            #expect(stale.text.contains(#"value="2 oz""#), "the form shows the serving as it is now")
            #expect(try server.menuSources()["ESP-01/test-lunch"]?.contains("2 oz") == true)
        }
    }

    /// The hidden `version` field of the first form on a page.
    static func hiddenVersion(_ html: String) -> String? {
        guard let range = html.range(of: #"name="version" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
