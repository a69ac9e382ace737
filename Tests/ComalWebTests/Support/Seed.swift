import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import ComalWeb

/// The alliance the web tests run on: two sites, one supplier's three products, an open window
/// (delivery 2026-11-30, cutoff 2026-11-25 17:00 UTC), one account per role, the shipped food table
/// and a one-lunch menu each site has its own copy of.
enum Seed {
    static let sitesCSV = """
        site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult
        ESP-01,Esperanza Center,center,12 Calle Luna,Albuquerque,35.08,-106.65,07:00,10:30,4,10,22,0,0,5
        SOL-02,Sol Family Home,home,88 Sunset Rd,Santa Fe,35.68,-105.94,08:00,12:00,1,2,3,0,0,1

        """

    /// Beans split by the can, milk in cases of four, rice one sack a case.
    static let catalogCSV = """
        sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases
        BN-10,Pinto beans #10 can,6/#10 CN,27.90,4.95,,dry,pinto-beans-canned,,
        MK-1,Milk 1% gallon,4/1 GAL,18.40,,,cold,milk-1pct,milk,0
        RC-25,Brown rice,25 LB,21.00,,,dry,rice-brown,,

        """

    static let window = OrderWindow.ID(1)

    /// One lunch for ages 3-5 that serves 1 oz of chicken where 1 1/2 oz eq is the minimum, so the
    /// check finds exactly one thing (R-QTY-MIN); chicken and apples are in no seeded catalog.
    static let menuYAML = """
        # The test lunch; a comment the web editor does not keep.
        id: test-lunch
        name: {en: "Test lunch menu", es: "Menú de almuerzo de prueba"}
        setting: child_care_center
        age_groups: ["3-5"]
        weeks:
          - week: 1
            days:
              - day: Mon
                meals:
                  - meal: lunch
                    items:
                      - {food: milk-1pct, serve: {"3-5": 6 fl_oz}}
                      - {food: chicken-diced-cooked, serve: {"3-5": 1 oz}}
                      - {food: rice-brown, serve: {"3-5": 1/4 cup}}
                      - {food: pinto-beans-canned, credit_as: vegetables, serve: {"3-5": 1/4 cup}}
                      - {food: apples-fresh, serve: {"3-5": 1/4 cup}}

        """

    static let menuPath = "/sites/ESP-01/menus/test-lunch/weeks/1"

    static func load(into database: AppDatabase) throws {
        try database.saveAlliance(
            Alliance(
                name: "Test Alliance", buyer: "Marisol",
                hub: .init(
                    name: "Hub", address: "1 Main", city: "Albuquerque",
                    coordinate: GeoPoint(latitude: 35, longitude: -106)),
                consolidationRule: .fill, timezone: "UTC"))
        _ = try database.importSites(csv: sitesCSV, file: "sites.csv")
        let supplier = try database.addSupplier(name: "Sandia", deliveryFee: Money(cents: 4500), minimumOrder: .zero)
        _ = try database.importCatalog(csv: catalogCSV, file: "catalog.csv", supplier: supplier.id)
        _ = try database.openWindow(
            delivery: CalendarDate(year: 2026, month: 11, day: 30)!, cutoff: LocalDateTime(parsing: "2026-11-25 17:00")!)
        let now = LocalDateTime(parsing: "2026-11-24 09:00")!
        let foods = ProcessRunner.packageRoot().appendingPathComponent("catalogs/foods.csv")
        try database.importFoods(
            csv: String(contentsOf: foods, encoding: .utf8), file: "catalogs/foods.csv", now: now, actor: "buyer")
        try database.assignMenu(
            yaml: menuYAML, file: "test-lunch.yaml", sites: [Site.ID("ESP-01"), Site.ID("SOL-02")], now: now, actor: "buyer")
        let accounts: [Account] = [
            Account(username: "admin", role: .admin, site: nil),
            Account(username: "buyer", role: .buyer, site: nil),
            Account(username: "esp-director", role: .director, site: Site.ID("ESP-01")),
            Account(username: "esp-cook", role: .cook, site: Site.ID("ESP-01")),
            Account(username: "sol-director", role: .director, site: Site.ID("SOL-02")),
            Account(username: "sol-cook", role: .cook, site: Site.ID("SOL-02")),
        ]
        for account in accounts {
            try Passwords.addAccount(account, password: LiveServer.password, cost: 4, actor: "admin", now: now, to: database)
        }
    }
}
