import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// Bad input from the command line: a clear message naming the file, line and column, a non-zero
/// exit, and nothing written.
@Suite("Bad input on the command line")
struct InputErrorCLITests {
    @Test func aBadSiteRowNamesItsLineAndColumnsAndImportsNothing() async throws {
        let fixture = try CLIFixture()
        try fixture.directory.write(
            CLIFixture.sites + "D-01,Delta,castle,4 Main St,Taos,95.1,-105.5,07:00,10:00,0,0,0,0,0,0\n", to: "bad-sites.csv")
        let result = try await fixture.comal("import", "sites", "bad-sites.csv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad-sites.csv:5: column kind: \"castle\" is not one of center, home"))
        #expect(result.stderr.contains("bad-sites.csv:5: column lat:"))
        #expect(try fixture.open().sites().isEmpty)
    }

    @Test func helpShowsMoneyDefaultsAsDollars() async throws {
        let help = try await ProcessRunner.run(ProcessRunner.builtProduct("comal"), ["supplier", "add", "--help"])
        #expect(help.stdout.contains("(default: $0.00)"), "\(help.stdout)")
        #expect(!help.stdout.contains("Money(cents:"))
    }

    @Test func aFileFarPastAnyRealOneIsRefusedBeforeItIsRead() async throws {
        let fixture = try CLIFixture()
        // A sparse file: 60 MB long, written in no time.
        FileManager.default.createFile(atPath: fixture.directory.path("huge.csv"), contents: nil)
        let handle = try FileHandle(forWritingTo: fixture.directory.url.appendingPathComponent("huge.csv"))
        try handle.truncate(atOffset: 60_000_000)
        try handle.close()
        let result = try await fixture.comal("import", "sites", "huge.csv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("huge.csv is 60 MB; files for Comal are at most 50 MB"), "\(result.stderr)")
    }

    @Test func aPackThatCannotBeReadIsAnErrorNotAGuess() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try fixture.directory.write(CLIFixture.catalog + "RC-1,Rice,4/5 BOX,20.00,,,dry,rice,,\n", to: "bad-catalog.csv")
        let result = try await fixture.comal("import", "catalog", "bad-catalog.csv", "--supplier", "Test Foods")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad-catalog.csv:4: column pack:"))
        #expect(try fixture.open().products().isEmpty)
    }

    @Test func anOrderForAnUnknownSiteOrSKUChangesNoOrder() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        try await fixture.succeed("import", "orders", "orders.csv", "--window", "1")
        try fixture.directory.write(
            "site_id,sku,quantity,unit,tolerance\nA-01,BN-10,1,case,0\nZ-99,BN-10,1,case,0\nB-01,XX-1,2,each,-1\n",
            to: "bad-orders.csv")
        let result = try await fixture.comal("import", "orders", "bad-orders.csv", "--window", "1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad-orders.csv:3: column site_id:"))
        #expect(result.stderr.contains("bad-orders.csv:4: column sku:"))
        #expect(result.stderr.contains("bad-orders.csv:4: column tolerance:"))
        let lines = try fixture.open().orderLines(window: OrderWindow.ID(1))
        #expect(lines.count == 6)
        #expect(lines.first { $0.site == Site.ID("A-01") && $0.unit == .each }?.quantity == 4)
    }

    @Test func aMissingFileIsNamedAndNoDatabaseRowAppears() async throws {
        let fixture = try CLIFixture()
        let result = try await fixture.comal("import", "sites", "nowhere.csv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read nowhere.csv"))
        #expect(try fixture.open().sites().isEmpty)
    }

    @Test(arguments: [
        ["supplier", "add", "X", "--delivery-fee", "ten"],
        ["window", "open", "--delivery", "2026-02-30", "--cutoff", "2026-02-25 17:00"],
        ["window", "open", "--delivery", "2026-03-02", "--cutoff", "2026-02-25 25:00"],
        ["consolidate", "--window", "1", "--lang", "fr"],
    ])
    func aMalformedArgumentIsRefusedBeforeAnythingRuns(arguments: [String]) async throws {
        let fixture = try CLIFixture()
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), arguments + ["--db", fixture.database], in: fixture.directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("is invalid for"))
        #expect(!FileManager.default.fileExists(atPath: fixture.database))
    }

    @Test(arguments: [
        ("--delivery-fee=9999999999999.00", "the delivery fee $9,999,999,999,999.00 must be from $0.00 to $1,000,000.00"),
        ("--minimum-order=-5", "the minimum order -$5.00 must be from $0.00 to $1,000,000.00"),
    ])
    func aSupplierAmountOutsideTheBoundIsRefusedAndNothingIsStored(option: String, message: String) async throws {
        let fixture = try CLIFixture()
        let refused = try await fixture.comal("supplier", "add", "Sandia Foodservice", option)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(message), "\(refused.stderr)")
        #expect(try fixture.open().suppliers().isEmpty)
    }
}
