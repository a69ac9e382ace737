import ComalCore
import ComalStore
import ComalTestSupport
import ComalWeb
import Foundation
import Testing

/// The shared kitchen on the web: the kitchen's day for its staff, and a satellite's ticket, counts
/// and receipt for its director, on the seeded alliance with ESP-01 cooking Monday lunch for SOL-02.
@Suite("The shared kitchen in the browser")
struct KitchenPagesTests {
    static let monday = "2026-11-30"

    static func addKitchen(_ database: AppDatabase) throws {
        let time = { (text: String) in ClockTime(parsing: text)! }
        let kitchen = Kitchen(
            id: Kitchen.ID("ESP-KITCHEN"), name: "Esperanza kitchen", location: .site(Site.ID("ESP-01")),
            satellites: [Kitchen.Satellite(site: Site.ID("SOL-02"), meals: [Kitchen.SatelliteMeal(meal: .lunch, serveAt: time("11:30"))])],
            departures: [Kitchen.Departure(meal: .lunch, time: time("10:00"))],
            hotHolding: Kitchen.HoldingEquipment(name: "Hot carriers", holdMinutes: 240), coldHolding: nil, attendancePercent: 100,
            countsDue: time("14:00"),
            vehicles: [
                Vehicle(
                    id: Vehicle.ID("VAN"), name: "Van", capacity: DeliveryLoad(cases: 50, pounds: 500, coldCases: 50, frozenCases: 50),
                    shift: ClockWindow(start: time("09:00"), end: time("15:00"))!)
            ])
        guard let alliance = try database.alliance() else { return }
        try database.saveAlliance(alliance, kitchens: [kitchen])
        try Passwords.addAccount(
            Account(username: "cocina", role: .kitchen, site: nil), password: LiveServer.password, cost: 4, actor: "admin",
            now: LocalDateTime(parsing: "2026-11-24 09:00")!, to: database)
    }

    /// The form fields a page's inputs carry, by name, with their values.
    static func inputs(_ html: String, prefix: String) throws -> [String: String] {
        let pattern = try NSRegularExpression(pattern: #"<input name="(\#(prefix)[^"]*)"[^>]*value="([^"]*)""#)
        var fields: [String: String] = [:]
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            fields[String(html[Range(match.range(at: 1), in: html)!])] = String(html[Range(match.range(at: 2), in: html)!])
        }
        return fields
    }

    @Test("The kitchen sees its day, prints its pages and logs departure temperatures; others may not")
    func kitchenDay() async throws {
        try await LiveServer.run(prepare: Self.addKitchen) { server in
            let cook = try await server.signedIn("cocina")
            #expect(try await cook.get("/").location == "/kitchen")
            // The next day the kitchen cooks is Monday, whose window is open.
            let day = try await cook.get("/kitchen")
            #expect(day.status == 200)
            #expect(day.visibleText.contains("SOL-02 Sol Family Home lunch children 3-5: 3"), "\(day.visibleText.prefix(900))")
            #expect(day.visibleText.contains("1% milk"))
            for page in ["batch", "tickets", "labels", "temperature-log", "receipts"] {
                let printed = try await cook.get("/kitchen/print/\(page)?date=\(Self.monday)")
                #expect(printed.status == 200, "\(page)")
                #expect(printed.text.contains("size: letter") && printed.text.contains("Sol Family Home"), "\(page)")
            }
            #expect(try await cook.get("/kitchen/print/menu?date=\(Self.monday)").status == 404)
            #expect(try await cook.get("/kitchen?date=2026-13-40").status == 400)

            let logged = try await cook.post(
                "/kitchen/temperatures?date=\(Self.monday)", ["site": "SOL-02", "hot": "158", "cold": "45"])
            #expect(logged.status == 200)
            #expect(logged.visibleText.contains("Cold food at 45 °F, above 41 °F: chill it to 41 °F or below before it leaves."))
            let typo = try await cook.post("/kitchen/temperatures?date=\(Self.monday)", ["site": "SOL-02", "hot": "1580"])
            #expect(typo.status == 400)
            #expect(try server.count("kitchenTemperature") == 2)
            #expect(try await cook.post("/kitchen/temperatures?date=\(Self.monday)", ["site": "ESP-01", "hot": "150"]).status == 400)

            #expect(try await cook.get("/sites/SOL-02").status == 403)
            let director = try await server.signedIn("sol-director")
            #expect(try await director.get("/kitchen").status == 403)
        }
    }

    @Test("A satellite's director confirms counts before the deadline and signs a receipt; a shortfall reaches the kitchen")
    func satelliteTicketAndReceipt() async throws {
        try await LiveServer.run(prepare: Self.addKitchen) { server in
            var director = try await server.signedIn("sol-director")
            #expect(try await director.get("/sites/SOL-02").text.contains("href=\"/sites/SOL-02/kitchen\""))
            let page = try await director.get("/sites/SOL-02/kitchen?date=\(Self.monday)")
            #expect(page.status == 200)
            #expect(page.visibleText.contains("Delivery ticket: lunch"))
            #expect(try await server.signedIn("esp-director").get("/sites/SOL-02/kitchen").status == 403)
            #expect(try await server.signedIn("esp-director").get("/sites/ESP-01/kitchen").status == 404)

            let counts = try await director.post("/sites/SOL-02/kitchen/counts?date=\(Self.monday)", ["count-lunch-3-5": "2"])
            #expect(counts.status == 200)
            #expect(try await server.signedIn("cocina").get("/kitchen?date=\(Self.monday)").visibleText.contains("children 3-5: 2 confirmed by sol-director"))
            #expect(try await director.post("/sites/SOL-02/kitchen/counts?date=\(Self.monday)", ["count-lunch-3-5": "many"]).status == 400)

            // Before the meals come, no receipt; after the deadline, no more counts.
            let early = try await director.post("/sites/SOL-02/kitchen/receipt?date=\(Self.monday)", [:])
            #expect(early.status == 409)
            server.clock.set("2026-11-30 11:45")
            director = try await server.signedIn("sol-director")  // the session of a week ago has ended
            #expect(try await director.get("/sites/SOL-02/kitchen?date=\(Self.monday)").visibleText.contains("deadline for these counts has passed"))
            let late = try await director.post("/sites/SOL-02/kitchen/counts?date=\(Self.monday)", ["count-lunch-3-5": "3"])
            #expect(late.status == 409)
            #expect(late.visibleText.contains("deadline"))

            let form = try await director.get("/sites/SOL-02/kitchen?date=\(Self.monday)")
            var fields = try Self.inputs(form.text, prefix: "received-").merging(try Self.inputs(form.text, prefix: "served-")) { a, _ in a }
            let milk = try #require(fields["received-lunch-3-5-milk-1pct"])
            #expect(milk == "1.5")  // 2 children × 6 fl oz = 12 fl oz = 1.5 cups
            fields["received-lunch-3-5-milk-1pct"] = "0.75"
            fields["hot"] = "128"
            let signed = try await director.post("/sites/SOL-02/kitchen/receipt?date=\(Self.monday)", fields)
            #expect(signed.status == 200)
            #expect(signed.visibleText.contains("Signed by sol-director"))
            #expect(signed.visibleText.contains("Hot food arrived at 128 °F"))
            let kitchen = try await server.signedIn("cocina").get("/kitchen?date=\(Self.monday)")
            #expect(kitchen.visibleText.contains("SOL-02: Short lunch, children 3-5, 1% milk: 0.75 / 1.5 CUP"), "\(kitchen.visibleText.prefix(1500))")
            #expect(try server.count("kitchenReceipt") == 1)

            fields["received-lunch-3-5-milk-1pct"] = "-1"
            let refused = try await director.post("/sites/SOL-02/kitchen/receipt?date=\(Self.monday)", fields)
            #expect(refused.status == 400)
        }
    }
}
