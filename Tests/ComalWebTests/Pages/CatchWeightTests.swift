import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// The buyer records the pounds of a catch-weight product that came; the invoices follow them.
@Suite("Catch weight at receiving in the browser")
struct CatchWeightTests {
    @Test("Weights recorded as a job change the sites' bills by the pounds; a bad file is explained and changes nothing")
    func weights() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/suppliers")
            _ = try await buyer.post("/buyer/suppliers", ["name": "High Desert"])
            let review = try await buyer.upload(
                "/buyer/suppliers/2/catalog", filename: "export.csv", contents: Data(ComalStoreCatchWeight.export.utf8))
            _ = try await buyer.post(
                "/buyer/suppliers/2/catalog/confirm", ["token": try BuyerDeskTests.token(in: review.text), "file": "export.csv"])
            for (site, path, cases) in [("esp", "ESP-01", "3"), ("sol", "SOL-02", "1")] {
                let director = try await server.signedIn("\(site)-director")
                let order = "/sites/\(path)/windows/1/order"
                _ = try await director.get(order)
                _ = try await director.post("\(order)/lines", ["sku": "1107730", "quantity": cases, "unit": "case"])
            }
            _ = try await buyer.get("/buyer/windows/1")
            _ = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/1/consolidate"))
            let before = try #require(try server.database.consolidation(window: Seed.window))

            let bad = try await buyer.upload("/buyer/windows/1/weights", filename: "weights.csv", contents: Data("sku,received_lb\nMK-1,4\n".utf8))
            #expect(bad.status == 422 && bad.visibleText.contains("MK-1 was not bought in this window"), "\(bad.visibleText.prefix(400))")
            #expect(try server.count("receivedWeight") == 0)

            let done = try await buyer.followJob(
                try await buyer.upload("/buyer/windows/1/weights", filename: "weights.csv", contents: Data("sku,received_lb\n1107730,84.3\n".utf8)))
            #expect(done.status == 200, "\(done.visibleText.prefix(300))")
            let after = try #require(try server.database.consolidation(window: Seed.window))
            #expect(after.invoices.map(\.total).sum() - before.invoices.map(\.total).sum() == Money(cents: 801))
            let allocation = try await server.signedIn("esp-director").get("/sites/ESP-01/windows/1/allocation")
            #expect(allocation.visibleText.contains("Priced by the pound: 84.3 LB came, billed $294.21 against $286.20"), "\(allocation.visibleText.prefix(1500))")
        }
    }
}

/// The broadline export the store's catch-weight test reads, shared here.
enum ComalStoreCatchWeight {
    static let export = """
        F,SUPC,Pack,Size,Unit,Brand,Desc,Cat,Case $,Split $,Per Lb,Net Wt
        P,1107730,2,10,LB,Queso Sierra,"CHEESE, CHEDDAR MILD LONGHORN",DAIRY,$3.49,,Y,20.5

        """
}
