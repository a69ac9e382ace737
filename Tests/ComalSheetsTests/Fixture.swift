import ComalCore
import ComalSheets

/// A small window designed so that every case the sheets must show happens once, with numbers
/// worked out by hand below (and checked against the sheets, not against the code that made them).
///
/// Shamrock Foods (fee $25.00):
/// - A100 Whole milk 4/1 GAL, $20.00 a case, $18.00 from 10 cases. ESP-01 6 cs, LUN-02 3 cs, MON-03
///   2 cs = 44 eaches = 11 cases, tier reached: $198.00 split 24:12:8 = $108.00 / $54.00 / $36.00.
///   Delivered 40 of 44 (short): 4 lost, split 24:12:8 by largest remainder = 2/1/1; credit
///   $198.00 × 4 / 44 = $18.00, split 2:1:1 = $9.00 / $4.50 / $4.50.
/// - B200 Brown rice 6/5 LB, $30.00 a case or $6.00 each. ESP-01 4 ea, LUN-02 5 ea = 1 case + 3 eaches
///   = $48.00, split 4:5 = $21.33 / $26.67.
/// - C300 Sliced peaches 6/#10 CN, $36.00. ESP-01 4 ea, MON-03 4 ea (tolerance 1) = 8: one case and
///   2 left that tolerance 1 cannot fill, so one case: each site 1 short, $18.00 each.
/// - Fee $25.00 by goods $147.33 / $80.67 / $54.00 = $13.06 / $7.15 / $4.79.
///
/// Valley Produce (fee $10.00, minimum order $100.00):
/// - D400 Apples 10/3 LB, $25.00. LUN-02 8 ea, MON-03 1 ea (tolerance 3) = 9; tolerance fills the
///   case: MON-03 gets 2 (1 from tolerance). $25.00 split 8:2 = $20.00 / $5.00.
/// - E500 Butternut squash 2/10 LB, $15.00, at least 2 cases. ESP-01 1 case: dropped.
/// - Goods $25.00 < $100.00: below the minimum. Fee $10.00 by goods 20:5 = $8.00 / $2.00.
///
/// Invoices (goods + fees − credits; alone = cases each site would buy alone + whole fees):
/// - ESP-01: 147.33 + 13.06 − 9.00 = $151.39; alone 120 + 24 + 36 + 25 = $205.00; saved $44.61.
/// - LUN-02: 100.67 + 15.15 − 4.50 = $111.32; alone 60 + 30 + 25 + 35 = $150.00; saved $34.18.
/// - MON-03: 59.00 + 6.79 − 4.50 = $61.29; alone 40 + 36 + 25 + 35 = $136.00; saved $70.21.
enum Fixture {
    static let esp = Site.ID("ESP-01"), lun = Site.ID("LUN-02"), mon = Site.ID("MON-03")

    /// Names a hostile user might type, to show they come back as text.
    static let hostileNames = (
        site: #"=HYPERLINK("http://x","y")"#, supplier: "=1+2",
        milk: "+1", rice: "-2", peaches: "@SUM(A1)"
    )

    static func sites(hostile: Bool = false) -> [Site] {
        let window = ClockWindow(start: ClockTime(minutes: 420)!, end: ClockTime(minutes: 660)!)!
        func site(_ id: Site.ID, _ name: String, _ kind: Site.Kind, _ address: String, _ city: String) -> Site {
            Site(
                id: id, name: name, kind: kind, address: address, city: city,
                coordinate: GeoPoint(latitude: 35.08, longitude: -106.65), deliveryWindow: window,
                enrollment: [.ages3to5: 20])
        }
        return [
            site(esp, hostile ? hostileNames.site : "Escuelita del Sol", .center, "1200 Isleta Blvd SW", "Albuquerque"),
            site(lun, "Casa Luna", .home, "45 Calle Luna", "Santa Fe"),
            site(mon, "Montessori de Taos", .center, "9 Paseo del Pueblo Sur", "Taos"),
        ]
    }

    static func suppliers(hostile: Bool = false) -> [Supplier] {
        [
            Supplier(id: .init(1), name: hostile ? hostileNames.supplier : "Shamrock Foods", deliveryFee: Money(cents: 2500)),
            Supplier(id: .init(2), name: "Valley Produce", deliveryFee: Money(cents: 1000), minimumOrder: Money(cents: 10000)),
        ]
    }

    static func products(hostile: Bool = false) throws -> [Product] {
        [
            Product(
                id: .init(1), supplier: .init(1), sku: "A100", description: hostile ? hostileNames.milk : "Whole milk",
                pack: try Pack(parsing: "4/1 GAL"), casePrice: Money(cents: 2000),
                tiers: [PriceTier(minimumCases: 10, casePrice: Money(cents: 1800))], storage: .cold),
            Product(
                id: .init(2), supplier: .init(1), sku: "B200", description: hostile ? hostileNames.rice : "Brown rice",
                pack: try Pack(parsing: "6/5 LB"), casePrice: Money(cents: 3000), eachPrice: Money(cents: 600)),
            Product(
                id: .init(3), supplier: .init(1), sku: "C300",
                description: hostile ? hostileNames.peaches : "Sliced peaches",
                pack: try Pack(parsing: "6/#10 CN"), casePrice: Money(cents: 3600)),
            Product(
                id: .init(4), supplier: .init(2), sku: "D400", description: "Apples",
                pack: try Pack(parsing: "10/3 LB"), casePrice: Money(cents: 2500), storage: .cold),
            Product(
                id: .init(5), supplier: .init(2), sku: "E500", description: "Butternut squash",
                pack: try Pack(parsing: "2/10 LB"), casePrice: Money(cents: 1500), minimumCases: 2),
        ]
    }

    static let orders: [SiteOrderLine] = [
        SiteOrderLine(site: esp, product: .init(1), quantity: 6, unit: .case),
        SiteOrderLine(site: esp, product: .init(2), quantity: 4, unit: .each),
        SiteOrderLine(site: esp, product: .init(3), quantity: 4, unit: .each),
        SiteOrderLine(site: esp, product: .init(5), quantity: 1, unit: .case),
        SiteOrderLine(site: lun, product: .init(1), quantity: 3, unit: .case),
        SiteOrderLine(site: lun, product: .init(2), quantity: 5, unit: .each),
        SiteOrderLine(site: lun, product: .init(4), quantity: 8, unit: .each),
        SiteOrderLine(site: mon, product: .init(1), quantity: 2, unit: .case),
        SiteOrderLine(site: mon, product: .init(3), quantity: 4, unit: .each, tolerance: 1),
        SiteOrderLine(site: mon, product: .init(4), quantity: 1, unit: .each, tolerance: 3),
    ]

    static let receipts = [Receipt(product: .init(1), receivedEaches: 40, reason: .short)]

    static func consolidation(hostile: Bool = false) throws -> Consolidation {
        try Consolidation.compute(
            suppliers: suppliers(hostile: hostile), products: products(hostile: hostile),
            orders: orders, rule: .fill, receipts: receipts)
    }

    static let poHeader = PurchaseOrderHeader(
        allianceName: "Alianza de Cuidado Infantil de Nuevo México", buyer: "Rosa Chávez", poNumber: "PO-2026-48-1",
        windowID: .init(48), deliveryDate: CalendarDate(year: 2026, month: 11, day: 30)!,
        deliveryName: "Alliance hub", deliveryAddress: "500 Commercial St NE", deliveryCity: "Albuquerque")

    static let invoiceHeader = InvoiceHeader(
        allianceName: "Alianza de Cuidado Infantil de Nuevo México", windowID: .init(48),
        deliveryDate: CalendarDate(year: 2026, month: 11, day: 30)!)
}
