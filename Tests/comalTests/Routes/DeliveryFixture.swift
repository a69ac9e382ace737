import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A small alliance around an Albuquerque hub for delivery tests: four sites, each ordering two
/// cases of beans (dry), one of milk (cold) and one of chicken (frozen), and two vehicles that
/// each carry two sites' worth, so both must go out.
final class DeliveryFixture: ComalWorkspace {
    init() throws {
        try super.init(files: [
            ("alliance.yaml", Self.alliance), ("sites.csv", Self.sites), ("catalog.csv", Self.catalog),
            ("orders.csv", Self.orders), ("vehicles.csv", Self.vehicles),
        ])
    }

    static let hub = (latitude: 35.08, longitude: -106.65)

    static let alliance = """
        name: Test Alliance
        buyer: Ana Buyer
        hub: {name: Test Hub, address: 1 Depot Rd, city: Albuquerque, lat: 35.08, lon: -106.65}
        consolidation_rule: fill
        timezone: America/Denver
        """

    /// Site id → (latitude, longitude, window start and end in minutes after midnight).
    static let siteTable: [String: (latitude: Double, longitude: Double, open: Int, close: Int)] = [
        "S-01": (35.23, -106.66, 7 * 60, 10 * 60), "S-02": (34.81, -106.74, 7 * 60 + 30, 11 * 60),
        "S-03": (35.30, -106.55, 8 * 60, 11 * 60), "S-04": (35.08, -106.39, 8 * 60, 12 * 60),
    ]

    static let sites = """
        site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult
        S-01,Rio Rancho Center,center,1 Unser Blvd,Rio Rancho,35.23,-106.66,07:00,10:00,0,8,20,0,0,0
        S-02,Los Lunas Center,center,2 Main St,Los Lunas,34.81,-106.74,07:30,11:00,0,6,18,0,0,0
        S-03,Bernalillo Home,home,3 Camino del Pueblo,Bernalillo,35.30,-106.55,08:00,11:00,0,2,4,0,0,0
        S-04,Tijeras Center,center,4 Old Route 66,Tijeras,35.08,-106.39,08:00,12:00,0,6,12,0,0,0

        """

    static let catalog = """
        sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases
        BN-10,Pinto Beans #10,6/#10 CN,42.00,,,dry,pinto-beans-canned,,
        MK-1,Milk 1% Gallon,4/1 GAL,16.00,,,cold,milk-1pct,milk,
        CH-5,Chicken Thighs Frozen,4/5 LB,39.99,,,frozen,chicken,,

        """

    static let orders =
        "site_id,sku,quantity,unit,tolerance\n"
        + siteTable.keys.sorted().map { "\($0),BN-10,12,each,0\n\($0),MK-1,4,each,0\n\($0),CH-5,4,each,0\n" }.joined()

    /// Each site's load, worked by hand: 2 + 1 + 1 cases; 12 × 7 lb + 4 × 8.3454 lb + 4 × 5 lb =
    /// 137.38 lb, rounded up to 138; one cold case and one frozen case.
    static let siteLoad = [4, 138, 1, 1]

    /// Vehicle id → (capacity per dimension, shift open and close in minutes).
    static let vehicleTable: [String: (capacity: [Int], open: Int, close: Int)] = [
        "REEFER": ([8, 1000, 4, 4], 6 * 60, 14 * 60), "VAN": ([8, 600, 2, 2], 6 * 60 + 30, 13 * 60),
    ]

    static let vehicles = """
        vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end
        REEFER,Reefer truck,8,1000,4,4,06:00,14:00
        VAN,Cargo van,8,600,2,2,06:30,13:00

        """
}
