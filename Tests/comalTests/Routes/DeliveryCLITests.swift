import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

@Suite("Delivery: comal routes plan, event and status through the built binary", .serialized)
struct DeliveryCLITests {
    @Test("two vehicles serve every site within capacity, windows and shift; sheets, pages and map are written")
    func planTwoVehicles() async throws {
        let fixture = try DeliveryFixture()
        try await fixture.consolidatedWindow()
        let output = try await fixture.succeed(
            "routes", "plan", "--window", "1", "--vehicles", "vehicles.csv", "--out", "routes", "--time-limit", "2")
        #expect(!output.stdout.contains("unserved"))
        // Not on a terminal: no progress bar in a script's or a log's output.
        #expect(!output.stderr.contains("searching for routes"), "\(output.stderr)")

        let stops = try fixture.open().plannedStops(window: OrderWindow.ID(1))
        #expect(Set(stops.map(\.site.rawValue)) == Set(DeliveryFixture.siteTable.keys))
        let byVehicle = Dictionary(grouping: stops, by: { $0.vehicle ?? "unserved" })
        #expect(Set(byVehicle.keys) == ["REEFER", "VAN"])
        for (vehicle, planned) in byVehicle {
            let visits = planned.sorted { ($0.sequence ?? 0) < ($1.sequence ?? 0) }.map {
                RouteChecker.Visit(site: $0.site.rawValue, arrivalMinutes: $0.arrival?.minutes ?? -1)
            }
            #expect(RouteChecker.problems(vehicle: vehicle, visits: visits) == [], "route of \(vehicle)")

            let book = try await XLSXReader.read(fixture.directory.path("routes/route-\(vehicle).xlsx"))
            let sheet = try #require(book.sheets[book.sheetNames[0]])
            let texts = sheet.cells.values.compactMap(\.text)
            let siteRows = visits.map { visit in texts.firstIndex { $0.hasPrefix("\(visit.site) ") } }
            #expect(siteRows.allSatisfy { $0 != nil }, "every stop of \(vehicle) is on its sheet")
            let order = visits.compactMap { visit in sheet.cells.first { $0.value.text?.hasPrefix("\(visit.site) ") == true }?.key
            }
            .map { Int($0.drop { $0.isLetter })! }
            #expect(order == order.sorted(), "stops of \(vehicle) are printed in visit order")
            #expect(texts.filter { $0.hasPrefix("COLD") }.count == visits.count)
            #expect(texts.filter { $0.hasPrefix("FROZEN") }.count == visits.count)
            #expect(texts.filter { $0.hasPrefix("Received by") }.count == visits.count)
            let page = try String(contentsOfFile: fixture.directory.path("routes/route-\(vehicle).html"), encoding: .utf8)
            #expect(page.contains("class=\"flag\"") && page.contains("Received by"))
        }
        let map = try String(contentsOfFile: fixture.directory.path("routes/routes.svg"), encoding: .utf8)
        #expect(map.components(separatedBy: "<polyline").count == 3)
        #expect(map.contains(">Hub<") && map.contains(" stops, "))
        // The map speaks the sheets' language.
        try await fixture.succeed(
            "routes", "plan", "--window", "1", "--vehicles", "vehicles.csv", "--out", "rutas", "--time-limit", "1", "--lang", "es")
        let mapa = try String(contentsOfFile: fixture.directory.path("rutas/routes.svg"), encoding: .utf8)
        #expect(mapa.contains(">Centro de distribución<") && mapa.contains(" paradas, ") && !mapa.contains(" stops, "))
    }

    @Test("on a terminal the import, the consolidation and the route search show progress bars on standard error")
    func aTerminalShowsProgress() async throws {
        let fixture = try DeliveryFixture()
        try await fixture.setUpAlliance()
        let importing = try await fixture.comalOnATerminal("import", "orders", "orders.csv", "--window", "1")
        #expect(importing.status == 0, "\(importing.stdout)")
        #expect(importing.stdout.contains("] reading orders.csv"), "\(importing.stdout)")
        #expect(importing.stdout.contains("sites' orders saved"), "\(importing.stdout)")
        try await fixture.succeed("window", "close", "1", "--force")
        try await fixture.succeed("consolidate", "--window", "1", "--out", "out")
        let planning = try await fixture.comalOnATerminal(
            "routes", "plan", "--window", "1", "--vehicles", "vehicles.csv", "--out", "routes", "--time-limit", "1")
        #expect(planning.status == 0, "\(planning.stdout)")
        #expect(planning.stdout.contains("] searching for routes, "), "\(planning.stdout)")
        #expect(planning.stdout.contains("Total "), "the result follows the bar")
        let consolidating = try await fixture.comalOnATerminal("consolidate", "--window", "1", "--out", "books")
        #expect(consolidating.status == 0, "\(consolidating.stdout)")
        #expect(consolidating.stdout.contains("] reading the orders"), "\(consolidating.stdout)")
    }

    @Test("a stop exception becomes a credit on that site's invoice at its own unit cost")
    func exceptionReachesInvoice() async throws {
        let fixture = try DeliveryFixture()
        try await fixture.consolidatedWindow()
        let planned = try await fixture.succeed(
            "routes", "plan", "--window", "1", "--vehicles", "vehicles.csv", "--out", "routes", "--time-limit", "1").stdout
        let database = try fixture.open()
        let before = try #require(
            try database.consolidation(window: OrderWindow.ID(1))?.invoices.first { $0.site == Site.ID("S-01") })

        try await fixture.succeed("routes", "event", "--window", "1", "--site", "S-01", "arrived", "--by", "Driver Ana")
        try await fixture.succeed(
            "routes", "event", "--window", "1", "--site", "S-01", "exception", "--sku", "CH-5", "--quantity", "3",
            "--reason", "damaged", "--by", "Driver Ana")
        let refused = try await fixture.comal([
            "routes", "event", "--window", "1", "--site", "S-01", "exception", "--sku", "CH-5", "--quantity", "2",
            "--reason", "refused",
        ])
        #expect(refused.status != 0, "3 + 2 eaches exceed the 4 allocated")
        #expect(refused.stderr.contains("record at most 1"))
        try await fixture.succeed("routes", "event", "--window", "1", "--site", "S-01", "delivered", "--by", "Driver Ana")
        // The stored invoice credits it at once (the director's page reads it); the workbook at the next consolidation.
        let credited = try #require(try database.siteInvoice(window: OrderWindow.ID(1), site: Site.ID("S-01")))
        #expect(before.total - credited.total == Money(cents: 2999))

        try await fixture.succeed("consolidate", "--window", "1", "--out", "out")
        let after = try #require(
            try database.consolidation(window: OrderWindow.ID(1))?.invoices.first { $0.site == Site.ID("S-01") })
        // Chicken: 16 eaches = 4 cases × $39.99; S-01 pays $39.99 for its 4. Three back: 3999 × 3 / 4 =
        // 2999.25 cents, credited $29.99.
        #expect(before.total - after.total == Money(cents: 2999))
        let invoice = try await XLSXReader.read(fixture.directory.path("out/invoice-S-01.xlsx"))
        let cells = try #require(invoice.sheets[invoice.sheetNames[0]]).cells.values
        #expect(cells.contains { $0.number == -29.99 })
        #expect(cells.contains { $0.number == after.total.dollarsForDisplay })

        let status = try await fixture.succeed("routes", "status", "--window", "1").stdout
        #expect(status.contains("S-01") && status.contains("delivered") && status.contains("Driver Ana"))
        // Each vehicle's route reads back as the plan printed it: its hours and kilometres.
        let summaries = planned.split(separator: "\n").filter { $0.contains("–") }.compactMap { line in
            line.range(of: " km").map { String(line[..<$0.upperBound]) }
        }
        #expect(!summaries.isEmpty, "\(planned)")
        for summary in summaries { #expect(status.contains(summary), "\(summary) in \(status)") }
        #expect(status.contains("3 of CH-5 damaged"))
    }

    @Test("events for a site not on a route, exceptions without goods or of an unknown SKU, and goods without an exception are refused")
    func refusedEvents() async throws {
        let fixture = try DeliveryFixture()
        try await fixture.consolidatedWindow()
        let noPlan = try await fixture.comal(["routes", "event", "--window", "1", "--site", "S-01", "arrived"])
        #expect(noPlan.status != 0 && noPlan.stderr.contains("comal routes plan --window 1"))
        try await fixture.succeed(
            "routes", "plan", "--window", "1", "--vehicles", "vehicles.csv", "--out", "routes", "--time-limit", "1")
        let unknown = try await fixture.comal(["routes", "event", "--window", "1", "--site", "ZZ-99", "arrived"])
        #expect(unknown.status != 0 && unknown.stderr.contains("not on any route"))
        let bare = try await fixture.comal(["routes", "event", "--window", "1", "--site", "S-01", "exception"])
        #expect(bare.status != 0 && bare.stderr.contains("--sku"))
        let noSuchSKU = try await fixture.comal([
            "routes", "event", "--window", "1", "--site", "S-01", "exception", "--sku", "NOPE-1", "--quantity", "2",
            "--reason", "damaged",
        ])
        #expect(noSuchSKU.status != 0 && noSuchSKU.stderr.contains("there is no product with SKU NOPE-1"), "\(noSuchSKU.stderr)")
        let stray = try await fixture.comal(["routes", "event", "--window", "1", "--site", "S-01", "arrived", "--sku", "CH-5"])
        #expect(stray.status != 0 && stray.stderr.contains("go with an exception only"))
    }
}
