import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The buyer's desk in a real headless Chromium (`scripts/browser_week.py`): from an alliance with
/// only its file and the buyer's account, the buyer loads sites, suppliers and their price lists as
/// sent, adds the directors and a driver, and runs the week to consolidated, routed deliveries; the
/// driver follows the route on a phone. No `comal` command runs after the server starts.
@Suite("The buyer's whole week in a real browser")
struct BuyerWeekBrowserTests {
    static let screenshots = ProcessRunner.packageRoot().appendingPathComponent("out/screenshots-week")

    @Test(
        "From an empty alliance to a consolidated, routed week in the browser, and a driver's route on a phone",
        .enabled(if: MachineTool.chromium != nil, "Chromium is not installed (make test installs it)"),
        .enabled("Python Playwright is not installed (make test installs it)") { await MachineTool.python(has: "playwright") })
    func weekInTheBrowser() async throws {
        let workspace = try ComalWorkspace(files: [("buyer-password", "comal-buyer\n")])
        let root = ProcessRunner.packageRoot().path
        try await workspace.succeed("alliance", "load", "\(root)/demo/alliance.yaml")
        try await workspace.succeed("user", "add", "marisol", "--role", "buyer", "--password-file", "buyer-password")
        try? FileManager.default.removeItem(at: Self.screenshots)

        let walk = try await ServedComal.serving(workspace.database) { server in
            try await ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", "scripts/browser_week.py", server.address, Self.screenshots.path], in: ProcessRunner.packageRoot(),
                deadline: .seconds(600))
        }
        #expect(walk.status == 0, "\(walk.stderr)")

        // What the browser did is in the database the CLI reads.
        let database = try AppDatabase(path: workspace.database)
        #expect(try database.sites().count == 12)
        let suppliers = try database.suppliers()
        #expect(suppliers.map(\.name) == ["Sandia Foodservice", "High Desert Foodservice", "Valle Verde Distributors", "Pueblo Bakery"])
        #expect(suppliers.map(\.catalogLayout) == [nil, .broadlineCSV, nil, .mapping])
        #expect(try database.products(supplier: suppliers[2].id).count == 22)
        #expect(try database.product(sku: "1107730")?.casePrice == Money(cents: 7155), "the broadline cheddar's catch-weight price")
        #expect(try database.product(sku: "3100508")?.food == "cheese-monterey-jack", "the foods page's first suggestion, accepted")
        let window = try #require(try database.windows().first)
        #expect(window.state >= .ordered)
        #expect(try database.consolidation(window: window.id) != nil)
        #expect(try database.plannedStops(window: window.id).count == 2)
        let events = try database.deliveryEvents(window: window.id)
        #expect(events.map(\.kind) == [.arrived, .delivered, .exception])
        #expect(events.allSatisfy { $0.actor == "dora" })
        #expect(events.last?.exception?.reason == .damaged)
        for name in ["20-buyer-sites-phone", "21-buyer-catalog-review-phone", "23-buyer-routes-phone", "25-driver-route-phone", "26-driver-route-es-phone"] {
            #expect(FileManager.default.fileExists(atPath: Self.screenshots.appendingPathComponent("\(name).png").path), "\(name)")
        }
    }
}
