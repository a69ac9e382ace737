@testable import ComalStore
import ComalCore
import ComalTestSupport
import GRDB
import Testing

/// The web checks a receiving file or checklist at once and records it later, as a job: the check
/// must refuse what recording refuses, with the same problems, and store nothing.
@Suite("Receipts are checked without being recorded")
struct ReceiptCheckTests {
    /// The stored rows that recording receipts would change.
    static func recorded(_ fixture: StoreFixture) throws -> [Int] {
        try fixture.database.pool.read { db in
            try ["receipt", "auditEntry", "allocation"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 }
        }
    }

    @Test(arguments: [
        "sku,received_eaches,reason\nBN-10,99,short\n",
        "sku,received_eaches,reason\nNOPE-1,1,short\nMK-1,2,\n",
        "sku,received_eaches\nBN-10,1\n",
    ])
    func aFileRecordingRefusesIsRefusedTheSameAndNothingIsStored(csv: String) throws {
        let (fixture, window, _) = try ConsolidationRecordTests.consolidated(rule: .fill)
        let before = try Self.recorded(fixture)
        let checked = #expect(throws: ImportError.self) {
            try fixture.database.checkReceipts(csv: csv, file: "r.csv", window: window.id)
        }
        let recording = #expect(throws: ImportError.self) {
            try fixture.database.importReceipts(csv: csv, file: "r.csv", window: window.id, actor: "buyer", now: StoreFixture.afterCutoff)
        }
        #expect(checked == recording)
        #expect(try Self.recorded(fixture) == before)
    }

    @Test func aGoodFileAndGoodEntriesPassTheCheckAndAreNotRecordedByIt() throws {
        let (fixture, window, _) = try ConsolidationRecordTests.consolidated(rule: .fill)
        let before = try Self.recorded(fixture)
        try fixture.database.checkReceipts(csv: "sku,received_eaches,reason\nMK-1,6,short\n", file: "r.csv", window: window.id)
        try fixture.database.checkReceipts(
            [ReceiptEntry(sku: "MK-1", receivedEaches: 6, reason: .short)], source: "receiving checklist", window: window.id)
        #expect(try Self.recorded(fixture) == before)
        let refused = #expect(throws: ImportError.self) {
            try fixture.database.checkReceipts(
                [ReceiptEntry(sku: "MK-1", receivedEaches: 60, reason: .short)], source: "receiving checklist", window: window.id)
        }
        #expect(refused?.problems.first?.line == 2)
    }
}
