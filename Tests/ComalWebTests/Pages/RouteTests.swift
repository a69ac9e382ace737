import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The delivery day on the real server: the buyer plans a consolidated window's routes as a job and
/// follows them; a driver records each stop; whatever a form says, nothing else changes.
@Suite("Routes planned and followed in the browser")
struct RouteTests {
    static let vehicles = """
        vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end
        VAN-1,Cargo van,80,3500,30,10,05:30,16:30

        """

    /// Both seeded sites order milk and submit; the buyer closes and consolidates window 1.
    static func consolidated(_ server: LiveServer) async throws -> Browser {
        for (site, path) in [("esp", "ESP-01"), ("sol", "SOL-02")] {
            let director = try await server.signedIn("\(site)-director")
            let order = "/sites/\(path)/windows/1/order"
            _ = try await director.get(order)
            _ = try await director.post("\(order)/lines", ["sku": "MK-1", "quantity": "1", "unit": "case"])
            _ = try await director.post("\(order)/submit")
        }
        let buyer = try await server.signedIn("buyer")
        _ = try await buyer.get("/buyer/windows/1")
        _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
        _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
        return buyer
    }

    @Test("The buyer plans the routes as a job; the driver marks stops and records a damaged case; the buyer sees it")
    func planAndFollow() async throws {
        try await LiveServer.run { server in
            let buyer = try await Self.consolidated(server)
            let page = try await buyer.get("/buyer/windows/1/routes")
            #expect(page.visibleText.contains("No routes planned yet."))
            let badFile = try await buyer.upload(
                "/buyer/windows/1/routes", filename: "vans.csv", contents: Data("vehicle_id,name\nV,Van\n".utf8), field: "vehicles")
            #expect(badFile.status == 422 && badFile.visibleText.contains("vans.csv:1"))
            let planned = try await buyer.followJob(
                try await buyer.upload("/buyer/windows/1/routes", filename: "vehicles.csv", contents: Data(Self.vehicles.utf8), field: "vehicles"))
            #expect(planned.visibleText.contains("The routes are planned"), "\(planned.visibleText.prefix(500))")
            #expect(planned.visibleText.contains("Cargo van"))
            #expect(planned.text.contains("/buyer/windows/1/routes/sheets/route-VAN-1.html"))
            let sheet = try await buyer.get("/buyer/windows/1/routes/sheets/route-VAN-1.html")
            #expect(sheet.status == 200 && sheet.text.contains("Esperanza Center"))
            #expect(try await buyer.get("/buyer/windows/1/routes/sheets/..%2F..%2Fcomal.sqlite").status == 404)
            #expect(try server.database.plannedStops(window: Seed.window).count == 2)

            _ = try await buyer.get("/buyer/accounts")
            _ = try await buyer.post("/buyer/accounts", ["username": "dora", "password": "ruta-norte-26", "role": "driver", "site": ""])
            let dora = server.browser()
            _ = try await dora.login("dora", "ruta-norte-26")
            let routes = try await dora.get("/driver")
            #expect(routes.visibleText.contains("Cargo van"), "\(routes.visibleText.prefix(400))")
            let route = try await dora.get("/driver/windows/1/routes/VAN-1")
            #expect(route.visibleText.contains("Esperanza Center") && route.visibleText.contains("Sol Family Home"))
            #expect(route.visibleText.contains("1 CS (4/1 GAL) · MK-1 Milk 1% gallon"))
            let stops = "/driver/windows/1/routes/VAN-1/stops"
            let arrived = try await dora.post("\(stops)/ESP-01", ["kind": "arrived"])
            #expect(arrived.location == "/driver/windows/1/routes/VAN-1#stop-ESP-01")
            _ = try await dora.post("\(stops)/ESP-01", ["kind": "delivered", "note": "  Left with Rosa, the cook  "])
            let damaged = try await dora.post("\(stops)/SOL-02", ["kind": "exception", "sku": "MK-1", "eaches": "1", "reason": "damaged"])
            #expect(damaged.status == 303)

            // What a form cannot do: a site off this route, a kind or reason that is none, no goods.
            let eventsBefore = try server.database.deliveryEvents(window: Seed.window).count
            #expect(try await dora.post("\(stops)/NOPE-9", ["kind": "arrived"]).status == 404)
            #expect(try await dora.post("/driver/windows/1/routes/TRUCK-9/stops/ESP-01", ["kind": "arrived"]).status == 404)
            #expect(try await dora.post("\(stops)/ESP-01", ["kind": "teleported"]).status == 400)
            #expect(try await dora.post("\(stops)/ESP-01", ["kind": "exception", "sku": "MK-1", "eaches": "0", "reason": "short"]).status == 400)
            #expect(try await dora.post("\(stops)/ESP-01", ["kind": "exception", "sku": "MK-1", "eaches": "1", "reason": "lost"]).status == 400)
            let unknown = try await dora.post("\(stops)/ESP-01", ["kind": "exception", "sku": "ZZ-9", "eaches": "1", "reason": "short"])
            #expect(unknown.status == 422 && unknown.visibleText.contains("ZZ-9"))
            #expect(try server.database.deliveryEvents(window: Seed.window).count == eventsBefore)
            // A driver plans nothing.
            #expect(try await dora.post("/buyer/windows/1/routes").status == 403)

            let events = try server.database.deliveryEvents(window: Seed.window)
            #expect(events.map(\.kind) == [.arrived, .delivered, .exception])
            #expect(events.last?.exception?.reason == .damaged && events.allSatisfy { $0.actor == "dora" })
            let followed = try await buyer.get("/buyer/windows/1/routes")
            #expect(followed.visibleText.contains("delivered"))
            #expect(followed.visibleText.contains("1 × MK-1 damaged"))
            #expect(followed.visibleText.contains("“Left with Rosa, the cook”"))
            #expect(events[1].note == "Left with Rosa, the cook" && events[0].note == nil)
        }
    }

    @Test("The buyer moves a stop to another vehicle; a move past its capacity is explained and changes nothing")
    func moveAStop() async throws {
        try await LiveServer.run { server in
            let buyer = try await Self.consolidated(server)
            let fleet = Self.vehicles + "CAR-2,Director's car with a cooler,1,100,1,0,06:00,16:00\n"
            _ = try await buyer.get("/buyer/windows/1/routes")
            _ = try await buyer.followJob(
                try await buyer.upload("/buyer/windows/1/routes", filename: "vehicles.csv", contents: Data(fleet.utf8), field: "vehicles"))
            let page = try await buyer.get("/buyer/windows/1/routes")
            #expect(page.text.contains("/buyer/windows/1/routes/stops/ESP-01/move"))
            func vehicles() throws -> [String: String] {
                Dictionary(uniqueKeysWithValues: try server.database.plannedStops(window: Seed.window).map { ($0.site.rawValue, $0.vehicle ?? "") })
            }
            // Whichever vehicle the search gave it, ESP-01 moves to the other and ends on the car.
            let moves = try vehicles()["ESP-01"] == "CAR-2" ? ["VAN-1", "CAR-2"] : ["CAR-2"]
            for vehicle in moves {
                let moved = try await buyer.post("/buyer/windows/1/routes/stops/ESP-01/move", ["vehicle": vehicle])
                #expect(moved.location == "/buyer/windows/1/routes?done=stop-moved#stop-ESP-01", "\(moved.visibleText.prefix(400))")
                #expect(try vehicles()["ESP-01"] == vehicle)
                #expect(try await buyer.get("/buyer/windows/1/routes/sheets/route-\(vehicle).html").text.contains("Esperanza Center"))
            }
            // The car carries one case: the other site's case does not fit beside it.
            let before = try vehicles()
            let full = try await buyer.post("/buyer/windows/1/routes/stops/SOL-02/move", ["vehicle": "CAR-2"])
            #expect(full.status == 422 && full.visibleText.contains("cannot also carry SOL-02's goods"))
            #expect(try await buyer.post("/buyer/windows/1/routes/stops/SOL-02/move", ["vehicle": "TRUCK-9"]).status == 422)
            #expect(try await buyer.post("/buyer/windows/1/routes/stops/NOPE/move", ["vehicle": "VAN-1"]).status == 422)
            #expect(try vehicles() == before)
        }
    }

    @Test("Routes of a window not yet consolidated are refused, naming why")
    func notConsolidated() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            let page = try await buyer.get("/buyer/windows/1/routes")
            #expect(!page.text.contains("name=\"vehicles\""), "no plan form before the consolidation")
            let refused = try await buyer.upload(
                "/buyer/windows/1/routes", filename: "vehicles.csv", contents: Data(Self.vehicles.utf8), field: "vehicles")
            #expect(refused.status == 409 && refused.visibleText.contains("has not been consolidated yet"))
            #expect(try server.count("job") == 0)
        }
    }
}
