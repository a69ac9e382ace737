import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A temporary working directory with the built `comal` binary and a small, hand-worked alliance:
/// three sites, one supplier, a #10-can product the supplier sells by the case only and a milk it
/// splits, with a price tier.
final class CLIFixture: ComalWorkspace {
    init() throws {
        try super.init(files: [
            ("alliance.yaml", Self.alliance), ("sites.csv", Self.sites), ("catalog.csv", Self.catalog),
            ("orders.csv", Self.orders),
        ])
    }

    static let alliance = """
        name: Test Alliance
        buyer: Ana Buyer
        hub: {name: Test Hub, address: 1 Depot Rd, city: Albuquerque, lat: 35.08, lon: -106.65}
        consolidation_rule: fill
        timezone: America/Denver
        """

    static let sites = """
        site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult
        A-01,Alpha Center,center,1 Main St,Taos,36.40,-105.57,07:00,10:00,2,8,20,10,0,0
        B-01,Beta Center,center,2 Main St,Española,35.99,-106.08,07:30,11:00,0,6,18,0,0,0
        C-01,Casa Home,home,3 Main St,Belen,34.66,-106.78,08:00,09:30,1,2,3,0,0,0

        """

    static let catalog = """
        sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases
        BN-10,Pinto Beans #10,6/#10 CN,42.00,,,dry,pinto-beans-canned,,
        MK-1,Milk 1% Gallon,4/1 GAL,16.00,4.50,3:15.00,cold,milk-1pct,milk,

        """

    static let orders = """
        site_id,sku,quantity,unit,tolerance
        A-01,BN-10,4,each,0
        B-01,BN-10,3,each,2
        C-01,BN-10,2,each,0
        A-01,MK-1,5,each,
        B-01,MK-1,2,case,
        C-01,MK-1,3,each,

        """
}
