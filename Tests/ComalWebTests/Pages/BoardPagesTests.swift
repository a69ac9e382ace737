import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// A statewide board comes a hundred sites at a time, each page with its sites' invoices and
/// invoice workbooks, so that it stays quick to load and to read.
@Suite("The buyer's board in pages")
struct BoardPagesTests {
    /// The site ids a board page links to the order of.
    static func sites(_ reply: Browser.Reply) throws -> [String] {
        let link = try Regex("/sites/([A-Z0-9-]+)/windows/2/order")
        return reply.text.matches(of: link).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test("130 sites show as 100 and 30; a page past the last shows the last; a page that is not a number is refused")
    func pages() async throws {
        try await LiveServer.run(prepare: { try PageStatementCountTests.grow($0, by: 128) }) { server in
            let buyer = try await server.signedIn("buyer")
            let first = try await buyer.get("/buyer/windows/2")
            #expect(first.status == 200)
            #expect(first.visibleText.contains("Sites 1 to 100 of 130"))
            #expect(first.text.contains("href=\"/buyer/windows/2?page=2\""))
            #expect(!first.text.contains("?page=0"))
            let second = try await buyer.get("/buyer/windows/2?page=2")
            #expect(second.visibleText.contains("Sites 101 to 130 of 130"))
            #expect(second.text.contains("href=\"/buyer/windows/2?page=1\""))
            #expect(!second.text.contains("?page=3"))
            let (onFirst, onSecond) = (try Self.sites(first), try Self.sites(second))
            #expect(onFirst.count == 100)
            #expect(onSecond.count == 30)
            #expect(Set(onFirst + onSecond).count == 130)
            // Both pages count every site's submissions.
            #expect(first.visibleText.contains("/ 130)"))
            #expect(try Self.sites(try await buyer.get("/buyer/windows/2?page=99")) == onSecond)

            for bad in ["two", "-1", "1e3", "99999999"] {
                let refused = try await buyer.get("/buyer/windows/2?page=\(bad)")
                #expect(refused.status == 400, "page=\(bad)")
                #expect(refused.visibleText.contains("is not a whole number"), "page=\(bad)")
            }

            // Consolidated: each page lists its own sites' invoices and invoice workbooks, and the
            // purchase orders on every page.
            _ = try await buyer.get("/buyer/windows/2")
            #expect(try await buyer.post("/buyer/windows/2/close", ["force": "1"]).status == 303)
            _ = try await buyer.followJob(try await buyer.post("/buyer/windows/2/consolidate"))
            let last = try #require(onSecond.last), firstSite = try #require(onFirst.first)
            let invoicedFirst = try await buyer.get("/buyer/windows/2")
            let invoicedSecond = try await buyer.get("/buyer/windows/2?page=2")
            #expect(invoicedFirst.text.contains("invoice-\(firstSite).xlsx"))
            #expect(!invoicedFirst.text.contains("invoice-\(last).xlsx"))
            #expect(invoicedSecond.text.contains("invoice-\(last).xlsx"))
            #expect(!invoicedSecond.text.contains("invoice-\(firstSite).xlsx"))
            for page in [invoicedFirst, invoicedSecond] {
                #expect(page.text.contains("purchase-order-"))
                #expect(page.text.contains("allocation.xlsx"))
            }
        }
    }
}
