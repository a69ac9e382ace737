import ComalCore
import ComalStore
import Foundation
import Testing

/// The `kitchens:` list of an alliance file, stored with the alliance; and the infants under six months
/// a sites file may give.
@Suite struct KitchenFileTests {
    static let kitchens = """
        kitchens:
          - id: NS-KITCHEN
            name: Nuevo Sol kitchen
            at: ESP-01
            attendance_percent: 85
            counts_due: "14:00"
            departures: {lunch: "10:00", pm_snack: "10:00"}
            holding:
              hot: {equipment: Hot carriers, hours: 4.5}
            vehicles:
              - {id: VAN, name: Kitchen van, containers: 80, shift: "09:00-14:00"}
            satellites:
              - {site: SOL-02, meals: {lunch: "11:30", pm_snack: "15:00"}}

        """

    func load(_ text: String, in fixture: StoreFixture) throws -> (alliance: Alliance, kitchens: [Kitchen]) {
        let file = fixture.directory.url.appendingPathComponent("alliance.yaml")
        try text.write(to: file, atomically: false, encoding: .utf8)
        return try Alliance.loadWithKitchens(yamlFile: file)
    }

    @Test func readsAKitchenAndStoresItWithTheAlliance() throws {
        let fixture = try StoreFixture()
        let (alliance, kitchens) = try load(Fixtures.yamlAlliance + Self.kitchens, in: fixture)
        let kitchen = try #require(kitchens.first)
        #expect(kitchen.location == .site(Site.ID("ESP-01")))
        #expect(kitchen.satellites == [
            Kitchen.Satellite(
                site: Site.ID("SOL-02"),
                meals: [
                    Kitchen.SatelliteMeal(meal: .lunch, serveAt: ClockTime(parsing: "11:30")!),
                    Kitchen.SatelliteMeal(meal: .pmSnack, serveAt: ClockTime(parsing: "15:00")!),
                ])
        ])
        #expect(kitchen.hotHolding == Kitchen.HoldingEquipment(name: "Hot carriers", holdMinutes: 270))
        #expect(kitchen.coldHolding == nil)
        #expect(kitchen.attendancePercent == 85)
        #expect(kitchen.vehicles.map(\.capacity.cases) == [80])
        try fixture.database.saveAlliance(alliance, kitchens: kitchens)
        #expect(try fixture.database.kitchens() == kitchens)
        // Loading the file again without kitchens removes them: the file is where kitchens are named.
        try fixture.database.saveAlliance(alliance, kitchens: try load(Fixtures.yamlAlliance, in: fixture).kitchens)
        #expect(try fixture.database.kitchens().isEmpty)
    }

    @Test(arguments: [
        ("attendance_percent: 85", "attendance_percent: 140", "kitchens[0].attendance_percent", "140"),
        ("hours: 4.5", "hours: 30", "kitchens[0].holding.hot.hours", "30"),
        ("lunch: \"11:30\"", "lunch: \"11h30\"", "kitchens[0].satellites[0].meals.lunch", "11h30"),
        ("shift: \"09:00-14:00\"", "shift: \"14:00-09:00\"", "kitchens[0].vehicles[0].shift", "14:00-09:00"),
        ("site: SOL-02", "site: ESP-01", "kitchens[0].satellites[0].site", "ESP-01"),
    ])
    func namesTheKeyThatIsWrong(original: String, replacement: String, key: String, value: String) throws {
        let fixture = try StoreFixture()
        let text = Fixtures.yamlAlliance + Self.kitchens.replacingOccurrences(of: original, with: replacement)
        let error = #expect(throws: AllianceFileError.self) { try load(text, in: fixture) }
        guard case .badValue(let file, let badKey, let badValue, _) = error else {
            Issue.record("expected a bad value, got \(String(describing: error))")
            return
        }
        #expect(file == "alliance.yaml")
        #expect(badKey == key)
        #expect(badValue == value)
    }

    @Test func aMealWithoutADepartureIsRefused() throws {
        let fixture = try StoreFixture()
        let text = Fixtures.yamlAlliance + Self.kitchens.replacingOccurrences(of: ", pm_snack: \"10:00\"}", with: "}")
        #expect(throws: AllianceFileError.self) { try load(text, in: fixture) }
    }

    @Test func aSitesFileMayGiveTheInfantsUnderSixMonths() throws {
        let fixture = try StoreFixture()
        let csv = """
            \(Fixtures.siteHeader),enroll_infant_0_5mo
            ESP-01,Esperanza Center,center,12 Calle Luna,Albuquerque,35.08,-106.65,07:00,10:30,4,10,22,0,0,5,3
            SOL-02,Sol,home,88 Sunset Rd,Santa Fe,35.6,-105.94,08:00,12:00,1,2,3,0,0,0,2
            """
        let error = #expect(throws: ImportError.self) { try fixture.database.importSites(csv: csv, file: "sites.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "sites.csv:3: column enroll_infant_0_5mo: 2 infants under six months is more than the 1 in enroll_infant"
            ])
        try fixture.database.importSites(csv: csv.replacingOccurrences(of: "0,0,0,2", with: "0,0,0,1"), file: "sites.csv")
        let sites = try fixture.database.sites()
        #expect(sites.map(\.infantsUnderSixMonths) == [3, 1])
        #expect(sites[0].mealPatternEnrollment[.infant6to11Months] == 1)
        // The column may be left out: no infant is then under six months.
        try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        #expect(try fixture.database.sites().map(\.infantsUnderSixMonths) == [0, 0])
    }
}
