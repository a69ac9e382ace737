import ComalCore
import Foundation
import GRDB

extension AppDatabase {
    /// Stores a window's plan, replacing any earlier one; events already recorded are kept, since
    /// they happened whatever the new plan says.
    public func saveDeliveryPlan(
        _ plan: DeliveryPlan, fleet: (vehicles: [Vehicle], roads: RoadEstimate)? = nil, window id: OrderWindow.ID, actor: String,
        now: LocalDateTime
    ) throws {
        try pool.write { db in
            _ = try OrderWindowRecord.window(db, id)
            try db.execute(sql: "DELETE FROM deliveryPlanFleet WHERE orderWindowId = ?", arguments: [id.rawValue])
            if let fleet {
                try db.execute(
                    sql: "INSERT INTO deliveryPlanFleet VALUES (?, ?, ?, ?)",
                    arguments: [
                        id.rawValue, String(decoding: try JSONEncoder().encode(fleet.vehicles), as: UTF8.self),
                        fleet.roads.roadFactor, fleet.roads.speedKilometresPerHour,
                    ])
            }
            for table in ["deliveryRoute", "deliveryStop"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE orderWindowId = ?", arguments: [id.rawValue])
            }
            try Self.insertRoutes(db, plan.routes, window: id)
            for unserved in plan.unserved {
                try db.execute(
                    sql: "INSERT INTO deliveryStop VALUES (?, ?, NULL, NULL, NULL, ?)",
                    arguments: [id.rawValue, unserved.site.rawValue, unserved.explanation])
            }
            try Self.audit(
                db, at: now, actor: actor, window: id, action: "plan routes",
                detail: "\(plan.routes.count) routes, \(plan.unserved.count) sites unserved, \(plan.metres / 1000) km")
        }
    }

    /// The vehicles and road estimate the window's plan was made with; nil for a plan saved before
    /// they were kept.
    public func planFleet(window id: OrderWindow.ID) throws -> (vehicles: [Vehicle], roads: RoadEstimate)? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT vehicles, roadFactor, speed FROM deliveryPlanFleet WHERE orderWindowId = ?", arguments: [id.rawValue])
            else { return nil }
            let text: String = row[0]
            guard let vehicles = try? JSONDecoder().decode([Vehicle].self, from: Data(text.utf8)) else {
                throw StoreError.unreadableStoredValue(table: "deliveryPlanFleet", column: "vehicles", value: String(text.prefix(80)))
            }
            return (vehicles, RoadEstimate(roadFactor: row[1], speedKilometresPerHour: row[2]))
        }
    }

    /// Replaces the routes of the window's saved plan with `routes` after a stop was moved; the
    /// stops no route serves stay as they were, but for the one moved, which now has a route.
    public func saveMovedStop(
        _ site: Site.ID, routes: [DeliveryPlan.Route], window id: OrderWindow.ID, actor: String, now: LocalDateTime
    ) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM deliveryRoute WHERE orderWindowId = ?", arguments: [id.rawValue])
            try db.execute(
                sql: "DELETE FROM deliveryStop WHERE orderWindowId = ? AND (vehicleId IS NOT NULL OR siteId = ?)",
                arguments: [id.rawValue, site.rawValue])
            try Self.insertRoutes(db, routes, window: id)
            let vehicle = routes.first { $0.stops.contains { $0.site == site } }?.vehicle.name ?? "?"
            try Self.audit(db, at: now, actor: actor, window: id, action: "move stop", detail: "\(site) to \(vehicle)")
        }
    }

    private static func insertRoutes(_ db: Database, _ routes: [DeliveryPlan.Route], window id: OrderWindow.ID) throws {
        for route in routes {
            try db.execute(
                sql: "INSERT INTO deliveryRoute VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    id.rawValue, route.vehicle.id.rawValue, route.vehicle.name, route.departure.description,
                    route.returnTime.description, route.metres,
                ])
            for (sequence, stop) in route.stops.enumerated() {
                try db.execute(
                    sql: "INSERT INTO deliveryStop VALUES (?, ?, ?, ?, ?, NULL)",
                    arguments: [id.rawValue, stop.site.rawValue, route.vehicle.id.rawValue, sequence + 1, stop.arrival.description])
            }
        }
    }

    /// The vehicles' routes of the window's saved plan, by vehicle.
    public func plannedRoutes(window id: OrderWindow.ID) throws -> [PlannedRoute] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM deliveryRoute WHERE orderWindowId = ? ORDER BY vehicleId", arguments: [id.rawValue]
            ).map { row in
                PlannedRoute(
                    vehicle: row["vehicleId"], vehicleName: row["vehicleName"],
                    departure: ClockTime(parsing: row["departure"]), returnTime: ClockTime(parsing: row["returnTime"]),
                    metres: row["metres"])
            }
        }
    }

    /// Every site of the window's saved plan, by vehicle and sequence, unserved sites last.
    public func plannedStops(window id: OrderWindow.ID) throws -> [PlannedStop] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT siteId, vehicleId, sequence, arrival, unservedReason FROM deliveryStop
                    WHERE orderWindowId = ? ORDER BY vehicleId IS NULL, vehicleId, sequence, siteId
                    """, arguments: [id.rawValue]
            ).map { row in
                PlannedStop(
                    site: Site.ID(row["siteId"]), vehicle: row["vehicleId"], sequence: row["sequence"],
                    arrival: (row["arrival"] as String?).flatMap(ClockTime.init(parsing:)), unservedReason: row["unservedReason"])
            }
        }
    }

    /// Records what happened at a stop on the window's plan. An exception is checked against the
    /// window's allocation first, in the same transaction, so the driver learns at the door (not at
    /// invoicing) that more eaches were refused than the site was given; it then updates the stored
    /// consolidation, whose invoices credit it (the workbooks on disk at the next consolidation).
    public func recordDeliveryEvent(_ event: DeliveryEvent, window id: OrderWindow.ID) throws {
        try pool.write { db in
            let credited = try event.exception.map { exception in
                try Self.consolidationInputs(db, id).compute(rule: try Self.savedRule(db, id), adding: [exception])
            }
            let planned =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM deliveryStop WHERE orderWindowId = ?", arguments: [id.rawValue]) ?? 0
            guard planned > 0 else { throw DeliveryStoreError.noPlan(id) }
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT vehicleId IS NOT NULL FROM deliveryStop WHERE orderWindowId = ? AND siteId = ?",
                    arguments: [id.rawValue, event.site.rawValue]) == true
            else { throw DeliveryStoreError.siteNotOnRoute(event.site, window: id) }
            try db.execute(
                sql: """
                    INSERT INTO deliveryEvent (orderWindowId, siteId, kind, productId, eaches, reason, at, actor, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id.rawValue, event.site.rawValue, event.kind.rawValue, event.exception?.product.rawValue,
                    event.exception?.eaches, event.exception?.reason.rawValue, event.at.description, event.actor,
                    event.note.map { String($0.prefix(DeliveryEvent.largestNote)) },
                ])
            // The stored consolidation is the week's record: the site's allocation and credit change now.
            if let credited, try Self.savedRule(db, id) != nil {
                var rows = try ConsolidationRowWriter(db, window: id)
                try rows.replace(with: credited)
            }
            try Self.audit(
                db, at: event.at, actor: event.actor, window: id, action: "stop \(event.kind.rawValue)",
                detail: "site \(event.site)"
                    + (event.exception.map { " product \($0.product) \($0.eaches) eaches \($0.reason.rawValue)" } ?? ""))
        }
    }

    /// Every stop event of the window, in the order recorded.
    public func deliveryEvents(window id: OrderWindow.ID) throws -> [DeliveryEvent] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM deliveryEvent WHERE orderWindowId = ? ORDER BY id", arguments: [id.rawValue]
            ).map { row in
                let site = Site.ID(row["siteId"] as String)
                let text: String = row["kind"], at: String = row["at"]
                guard let kind = DeliveryEvent.Kind(rawValue: text) else {
                    throw StoreError.unreadableStoredValue(table: "deliveryEvent", column: "kind", value: text)
                }
                guard let time = LocalDateTime(parsing: at) else {
                    throw StoreError.unreadableStoredValue(table: "deliveryEvent", column: "at", value: at)
                }
                return DeliveryEvent(
                    site: site, kind: kind, exception: try Self.exception(row, site: site), at: time, actor: row["actor"],
                    note: row["note"])
            }
        }
    }

    /// The exceptions recorded for a window, for its consolidation.
    static func deliveryExceptions(_ db: Database, _ id: OrderWindow.ID) throws -> [DeliveryException] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM deliveryEvent WHERE orderWindowId = ? AND kind = 'exception' ORDER BY id",
            arguments: [id.rawValue]
        ).compactMap { row in try exception(row, site: Site.ID(row["siteId"] as String)) }
    }

    private static func exception(_ row: Row, site: Site.ID) throws -> DeliveryException? {
        guard let product: Int64 = row["productId"], let eaches: Int = row["eaches"] else { return nil }
        let text: String = row["reason"] ?? ""
        guard let reason = DeliveryException.Reason(rawValue: text) else {
            throw StoreError.unreadableStoredValue(table: "deliveryEvent", column: "reason", value: text)
        }
        return DeliveryException(site: site, product: Product.ID(product), eaches: eaches, reason: reason)
    }
}
