import ComalCore
import ComalStore
import Testing

@Suite struct SiteImportTests {
    @Test func importsSitesAndUpsertsById() throws {
        let fixture = try StoreFixture()
        let first = try fixture.database.importSites(csv: Fixtures.sitesCSV, file: "sites.csv")
        #expect(first == ImportSummary(added: 2))
        let sites = try fixture.database.sites()
        #expect(sites.map(\.id.rawValue) == ["ESP-01", "SOL-02"])
        #expect(sites[0].address == "12 Calle Luna, Suite 3")
        #expect(sites[0].kind == .center)
        #expect(sites[1].deliveryWindow.description == "08:00–12:00")
        #expect(sites[0].enrollment[.ages3to5] == 22)
        #expect(sites[0].totalEnrollment == 41)

        let changed = Fixtures.sitesCSV.replacingOccurrences(of: "Sol Family Home", with: "Sol Family Child Care")
        let second = try fixture.database.importSites(csv: changed, file: "sites.csv")
        #expect(second == ImportSummary(added: 0, updated: 1, unchanged: 1))
        #expect(try fixture.database.sites()[1].name == "Sol Family Child Care")
    }

    @Test func reportsEveryBadFieldWithFileLineAndColumnAndWritesNothing() throws {
        let fixture = try StoreFixture()
        let csv = """
            \(Fixtures.siteHeader)
            ESP-01,Esperanza Center,center,12 Calle Luna,Albuquerque,35.08,-106.65,07:00,10:30,4,10,22,0,0,5
            SOL-02,Sol,daycare,88 Sunset Rd,Santa Fe,95.2,-105.94,12:00,08:00,1,-2,3,0,0,x
            ESP-01,Again,home,1 Road,Taos,36.4,-105.5,7:30,9:00,0,0,0,0,0,0
            """
        let error = #expect(throws: ImportError.self) { try fixture.database.importSites(csv: csv, file: "sites.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "sites.csv:3: column kind: \"daycare\" is not one of center, home",
                "sites.csv:3: column lat: \"95.2\" is not a latitude between -90 and 90",
                "sites.csv:3: column window_end: the delivery window ends at 08:00, which is not after its start 12:00",
                "sites.csv:3: column enroll_1_2: \"-2\" is not a whole number from 0 to 9999",
                "sites.csv:3: column enroll_adult: \"x\" is not a whole number from 0 to 9999",
                "sites.csv:4: column site_id: \"ESP-01\" is already on line 2; list each site once",
            ])
        #expect(try fixture.count("site") == 0)
    }

    @Test func anEnrollmentPastTheLargestAndAFieldPastItsLengthAreRefused() throws {
        let fixture = try StoreFixture()
        let csv = """
            \(Fixtures.siteHeader)
            ESP-01,Esperanza Center,center,12 Calle Luna,Albuquerque,35.08,-106.65,07:00,10:30,4,10,10000,0,0,5
            SOL-02,\(String(repeating: "S", count: 501)),home,88 Sunset Rd,Santa Fe,35.68,-105.94,8:00,12:00,1,2,9999,0,0,1
            """
        let error = #expect(throws: ImportError.self) { try fixture.database.importSites(csv: csv, file: "sites.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "sites.csv:3: column name: is 501 characters long; a field holds at most 500",
                "sites.csv:2: column enroll_3_5: \"10000\" is not a whole number from 0 to 9999",
            ])
        #expect(try fixture.count("site") == 0)
    }

    @Test func reportsHeaderProblemsOnLineOne() throws {
        let fixture = try StoreFixture()
        let header = Fixtures.siteHeader.replacingOccurrences(of: "lat,", with: "latitude,") + ",name"
        let error = #expect(throws: ImportError.self) { try fixture.database.importSites(csv: header + "\n", file: "s.csv") }
        #expect(
            error?.problems.map(\.description) == [
                "s.csv:1: column latitude: unknown column; the columns are \(Fixtures.siteHeader) (and, if wanted, enroll_infant_0_5mo)",
                "s.csv:1: column name: this column appears more than once",
                "s.csv:1: column lat: this column is missing; the columns are \(Fixtures.siteHeader)",
            ])
    }

    @Test func reportsAnEmptyFileAShortLineAndAnUnterminatedQuote() throws {
        let fixture = try StoreFixture()
        let empty = #expect(throws: ImportError.self) { try fixture.database.importSites(csv: "\u{FEFF}\r\n", file: "s.csv") }
        #expect(
            empty?.problems.map(\.description) == ["s.csv:1: the file is empty; it needs a header line: \(Fixtures.siteHeader)"])
        let short = #expect(throws: ImportError.self) {
            try fixture.database.importSites(csv: "\(Fixtures.siteHeader)\nESP-01,Esperanza\n", file: "s.csv")
        }
        #expect(short?.problems.map(\.description) == ["s.csv:2: this line has 2 fields but the header has 15"])
        let open = #expect(throws: ImportError.self) {
            try fixture.database.importSites(csv: "\(Fixtures.siteHeader)\nESP-01,\"Esperanza\n", file: "s.csv")
        }
        #expect(
            open?.problems.map(\.description) == ["s.csv:2: a quoted field starts here but its closing quote (\") is missing"])
    }

    @Test func listsAtMostFiftyProblemsAndCountsTheRest() {
        let problems = (1...60).map {
            ImportProblem(file: "s.csv", line: $0 + 1, column: "lat", message: BilingualText(english: "bad", spanish: "malo"))
        }
        let lines = ImportError.problems(problems).description.split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines.last == "  … and 10 more")
    }
}
