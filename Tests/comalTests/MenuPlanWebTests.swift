import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The cook plans a menu on the web (and is sent from a short delivery to its substitutes), on the real `comal serve` over a copy of the demo: the form, the
/// job page that follows the plan in a child `comal menu plan`, the plan among the site's menus; a
/// wish no plan meets fails the job with its reason; a bad form is refused naming the field.
@Suite struct MenuPlanWebTests {
    static func csrf(_ html: String) -> String {
        html.range(of: #"name="csrf" value=""#).map { String(html[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
    }

    static func post(_ session: URLSession, _ url: String, _ fields: [String: String]) async throws -> (String, HTTPURLResponse) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(fields.map { "\($0.key)=\($0.value)" }.joined(separator: "&").utf8)
        let (body, response) = try await session.data(for: request)
        return (String(decoding: body, as: UTF8.self), try #require(response as? HTTPURLResponse))
    }

    /// Reads the job page until the plan is done (sent to the menus) or failed; at most two minutes.
    static func follow(_ session: URLSession, _ url: URL) async throws -> (String, HTTPURLResponse) {
        for _ in 0..<480 {
            let (body, response) = try await session.data(from: url)
            let page = String(decoding: body, as: UTF8.self)
            let http = try #require(response as? HTTPURLResponse)
            if http.url?.path.hasSuffix("/menus") == true || !page.contains("<progress") { return (page, http) }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw URLError(.timedOut)
    }

    @Test func theCookPlansAMenuThatJoinsTheSitesMenusAndAWishNoPlanMeetsFailsWithItsReason() async throws {
        let demo = try await DemoRun.shared()
        let scratch = try TemporaryDirectory()
        let database = scratch.path("copy.sqlite")
        try await DatabaseSnapshot.copy(demo.database, to: database)
        try await ServedComal.serving(database) { server in
            let base = String(server.address.dropLast())
            let cook = URLSession(configuration: .ephemeral)
            #expect(try await AccountAdminCLITests.signIn(cook, base, "esp-cook", "comal-cook")?.path == "/sites/ESP-01")
            let (menus, _) = try await cook.data(from: URL(string: base + "/sites/ESP-01/menus")!)
            let page = String(decoding: menus, as: UTF8.self)
            #expect(page.contains("Plan a cheaper menu") && page.contains("name=\"keep_green-chile-chicken-posole\""))
            #expect(page.contains("<option value=\"1\">January</option>"))
            // The demo's receiving left ESP-01 one gallon of 1% milk short: the cook is sent to its substitutes.
            #expect(page.contains("Short at the last delivery"))
            #expect(page.contains("1% milk (RG-3001): 1 of 8 eaches did not come with the delivery of"))
            let link = "/sites/ESP-01/menus/nm-center-cycle/substitutes?food=milk-1pct"
            #expect(page.contains("href=\"\(link)\""))
            #expect((try await cook.data(from: URL(string: base + link)!).1 as? HTTPURLResponse)?.statusCode == 200)
            let csrf = Self.csrf(page)

            let (refused, refusal) = try await Self.post(
                cook, base + "/sites/ESP-01/menu-plans", ["csrf": csrf, "weeks": "13", "time": "60", "spacing": "2"])
            #expect(refusal.statusCode == 422)
            #expect(refused.contains("Weeks: give a whole number from 1 to 12."))

            let (_, started) = try await Self.post(
                cook, base + "/sites/ESP-01/menu-plans",
                ["csrf": csrf, "weeks": "1", "time": "60", "spacing": "2", "keep_green-chile-chicken-posole": "1", "season": "1"])
            let job = try #require(started.url)
            #expect(job.path.hasPrefix("/sites/ESP-01/menu-plans/"))
            let (done, finished) = try await Self.follow(cook, job)
            #expect(finished.url?.path == "/sites/ESP-01/menus", "\(done)")
            #expect(done.contains("The planned menu passed the CACFP check"))
            #expect(done.contains("esp-01-plan") && done.contains("Little Piñon Learning Center 1-week planned menu"))
            let (week, _) = try await cook.data(from: URL(string: base + "/sites/ESP-01/menus/esp-01-plan/weeks/1")!)
            let weekPage = String(decoding: week, as: UTF8.self)
            #expect(weekPage.contains("Green chile chicken posole"))
            #expect(!weekPage.contains("Tomatoes, fresh"))

            let (_, failing) = try await Self.post(
                cook, base + "/sites/ESP-01/menu-plans", ["csrf": csrf, "weeks": "1", "time": "30", "spacing": "2", "avoid_milk": "1"])
            let (failed, _) = try await Self.follow(cook, try #require(failing.url))
            #expect(failed.contains("No menu was planned; the site&#39;s menus are unchanged") || failed.contains("No menu was planned"))
            #expect(failed.contains("no menu of these items meets every rule at once"))
            #expect(failed.contains("href=\"/sites/ESP-01/menus\""))

            // Another site's director may not plan ESP-01's menus, nor read its plan's job.
            let other = URLSession(configuration: .ephemeral)
            _ = try await AccountAdminCLITests.signIn(other, base, "chi-director", "comal-chimayo")
            let (otherPage, _) = try await other.data(from: URL(string: base + "/sites/CHI-01/menus")!)
            let (_, forbidden) = try await Self.post(
                other, base + "/sites/ESP-01/menu-plans",
                ["csrf": Self.csrf(String(decoding: otherPage, as: UTF8.self)), "weeks": "1", "time": "30", "spacing": "2"])
            #expect(forbidden.statusCode == 403)
            #expect((try await other.data(from: job).1 as? HTTPURLResponse)?.statusCode == 403)
        }
    }
}
