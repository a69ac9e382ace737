import ComalCore
import ComalStore

/// A synthetic alliance of any size, written as the same CSV files a real alliance imports, for
/// benchmarks and scale tests.
public struct GeneratedAlliance: Sendable {
    public var siteCount: Int
    public var supplierCount: Int
    public var productCount: Int
    public var linesPerSite: Int
    public var seed: UInt64

    public init(siteCount: Int, supplierCount: Int, productCount: Int, linesPerSite: Int, seed: UInt64 = 2026) {
        self.siteCount = siteCount
        self.supplierCount = supplierCount
        self.productCount = productCount
        self.linesPerSite = linesPerSite
        self.seed = seed
    }

    static let packs = [
        "6/#10 CN", "4/5 LB", "12/32 OZ", "36 CT", "1/40 LB", "2/5 GAL", "200/1 OZ", "4/1 GAL", "15 DZ", "12/24 CT",
    ]

    public var sitesCSV: String {
        var csv =
            "site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult\n"
        var random = SeededGenerator(seed: seed)
        for index in 0..<siteCount {
            let lat = 34.0 + Double(Int.random(in: 0..<30000, using: &random)) / 10000
            let lon = -107.5 + Double(Int.random(in: 0..<30000, using: &random)) / 10000
            csv +=
                "S\(index),Site \(index),\(index % 3 == 0 ? "home" : "center"),\(index) Main St,Town \(index % 50),\(lat),\(lon),07:00,11:00,2,8,20,10,0,0\n"
        }
        return csv
    }

    /// The catalog of supplier `supplier` (0-based): an equal share of the products.
    public func catalogCSV(supplier: Int) -> String {
        var csv = "sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases\n"
        var random = SeededGenerator(seed: seed &+ UInt64(supplier) &+ 1)
        for product in stride(from: supplier, to: productCount, by: supplierCount) {
            let cents = Int.random(in: 1500..<9000, using: &random)
            let pack = Self.packs[product % Self.packs.count]
            let each = product % 3 == 0 ? Money(cents: cents / 4).plainDollars : ""
            let tiers =
                product % 4 == 0
                ? "10:\(Money(cents: cents * 95 / 100).plainDollars);40:\(Money(cents: cents * 90 / 100).plainDollars)" : ""
            csv +=
                "P\(product),Product \(product),\(pack),\(Money(cents: cents).plainDollars),\(each),\(tiers),dry,food-\(product % 150),,\n"
        }
        return csv
    }

    /// Every site's order: `linesPerSite` distinct products each, some with tolerance.
    public var ordersCSV: String {
        var csv = "site_id,sku,quantity,unit,tolerance\n"
        var random = SeededGenerator(seed: seed &+ 99)
        for site in 0..<siteCount {
            let start = Int.random(in: 0..<productCount, using: &random)
            let step = 1 + Int.random(in: 0..<max(1, productCount / linesPerSite), using: &random)
            for line in 0..<linesPerSite {
                let product = (start + line * step) % productCount
                // Eaches of any case that holds more than one, split by the supplier or not.
                let unit =
                    line % 2 == 0 && Self.packs[product % Self.packs.count].contains("/") && product % 10 != 4 ? "each" : "case"
                let quantity = unit == "each" ? Int.random(in: 1...7, using: &random) : Int.random(in: 1...3, using: &random)
                let tolerance = line % 4 == 0 ? Int.random(in: 0...4, using: &random) : 0
                csv += "S\(site),P\(product),\(quantity),\(unit),\(tolerance)\n"
            }
        }
        return csv
    }

    /// Loads the alliance into `database` through the real imports, opens window 1 and closes it.
    public func load(into database: AppDatabase, delivery: CalendarDate, cutoff: LocalDateTime) throws -> OrderWindow {
        _ = try database.importSites(csv: sitesCSV, file: "generated-sites.csv")
        for supplier in 0..<supplierCount {
            let added = try database.addSupplier(
                name: "Supplier \(supplier)", deliveryFee: Money(cents: 2500 + 500 * supplier),
                minimumOrder: Money(cents: 20000))
            _ = try database.importCatalog(
                csv: catalogCSV(supplier: supplier), file: "generated-catalog-\(supplier).csv",
                supplier: added.id)
        }
        let window = try database.openWindow(delivery: delivery, cutoff: cutoff)
        _ = try database.importOrders(csv: ordersCSV, file: "generated-orders.csv", window: window.id, now: cutoff, buyer: nil)
        return try database.closeWindow(window.id, now: cutoff, force: true, actor: "bench")
    }
}
