import ComalTestSupport
import Foundation
import GRDB
import Testing

/// A fault of the server (here a table gone from under it) is a page or an answer with a reference
/// the administrator finds in the log; no SQL, stack or path reaches a browser, and the server goes on.
@Suite("A fault of the server shows a reference, never its internals")
struct ServerFaultTests {
    static let internals = ["SQLite", "windowPrice", "INSERT", "/tmp", ".swift"]

    /// 8 hex digits after "reference: ", as both the page and the API give it.
    static func reference(in text: String) -> String? {
        guard let range = text.range(of: #"(reference|referencia): [0-9a-f]{8}\."#, options: .regularExpression) else { return nil }
        return String(text[range].dropLast().suffix(8))
    }

    @Test func aFaultDuringABuyersStepIsAPageWithAReference() async throws {
        try await LiveServer.run { server in
            let buyer = try await server.signedIn("buyer")
            _ = try await buyer.get("/buyer/windows/1")
            // Closing freezes the window's prices into this table; without it the close fails in SQL.
            try await DatabaseQueue(path: server.directory.path("comal.sqlite")).write { db in
                try db.execute(sql: "DROP TABLE windowPrice")
            }
            let refused = try await buyer.post("/buyer/windows/1/close", ["force": "1"])
            #expect(refused.status == 500)
            #expect(refused.visibleText.contains("Something went wrong"))
            #expect(Self.reference(in: refused.visibleText) != nil, "\(refused.visibleText)")
            for detail in Self.internals {
                #expect(!refused.text.contains(detail), "the page shows \(detail): \(refused.visibleText)")
            }
            #expect(try await buyer.get("/buyer").status == 200)
        }
    }

    @Test func aFaultThroughTheAPIIsAnAnswerWithAReference() async throws {
        try await LiveServer.run { server in
            let buyer = try server.api("buyer", recorder: try OpenAPIRecorder())
            try await DatabaseQueue(path: server.directory.path("comal.sqlite")).write { db in
                try db.execute(sql: "DROP TABLE windowPrice")
            }
            let refused = try await buyer.speaking("es").post("closeWindow", "/windows/1/close", json: #"{"force": true}"#)
            #expect(refused.status == 500)
            #expect(refused.errorCode == "internal")
            let message = try #require(refused.errorMessage)
            #expect(Self.reference(in: message) != nil, "\(message)")
            for detail in Self.internals { #expect(!message.contains(detail), "\(message)") }
            #expect(try await buyer.get("listWindows", "/windows").status == 200)
        }
    }
}
