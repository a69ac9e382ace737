import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// Lots recorded at receiving, and the recall lookup that names the sites that got one.
@Suite("Lots and recalls in the browser")
struct LotsTests {
    @Test("The buyer records a week's lots; a recall finds the sites that got the product that week; bad rows change nothing")
    func recordAndRecall() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/windows/1/lots")
            let early = try await buyer.upload("/buyer/windows/1/lots", filename: "lots.csv", contents: Data("sku,lot,pack_date\nMK-1,L1,\n".utf8))
            #expect(early.status == 409 && early.visibleText.contains("has not been consolidated yet"))

            let consolidated = try await RouteTests.consolidated(server)
            _ = try await consolidated.get("/buyer/windows/1/lots")
            let bad = """
                sku,lot,pack_date
                MK-1,DV-0412,2026-11-02
                RC-25,R-1,
                MK-1,DV-0412,
                ZZ-1,X,11/02/2026

                """
            let refused = try await consolidated.upload("/buyer/windows/1/lots", filename: "lots.csv", contents: Data(bad.utf8))
            #expect(refused.status == 422)
            for expected in [
                "lots.csv:3: column sku: RC-25 was not bought in this window", "lots.csv:4: column lot: lot DV-0412 of MK-1 is listed twice",
                "lots.csv:5: column pack_date: \"11/02/2026\" is not a date",
            ] {
                #expect(refused.visibleText.contains(expected), "\(expected): \(refused.visibleText.prefix(700))")
            }
            #expect(try server.count("receivedLot") == 0)

            let good = "sku,lot,pack_date\nMK-1,DV-0412,2026-11-02\nMK-1,DV-0413,\n"
            let recorded = try await consolidated.upload("/buyer/windows/1/lots", filename: "lots.csv", contents: Data(good.utf8))
            #expect(recorded.location == "/buyer/windows/1/lots?done=lots-recorded")
            #expect(try await consolidated.follow(recorded).visibleText.contains("MK-1 Milk 1% gallon DV-0412 2026-11-02"))

            let recall = try await consolidated.get("/buyer/recall?lot=dv-0412")
            #expect(recall.visibleText.contains("MK-1 Milk 1% gallon"))
            #expect(recall.visibleText.contains("ESP-01 · Esperanza Center 4") && recall.visibleText.contains("SOL-02 · Sol Family Home 4"))
            #expect(recall.visibleText.contains("2 lots of it arrived that week"))
            #expect(try await consolidated.get("/buyer/recall?lot=NOPE").visibleText.contains("No such lot was recorded"))
            let director = try await server.signedIn("esp-director")
            #expect(try await director.get("/buyer/recall?lot=DV-0412").status == 403)
        }
    }
}
