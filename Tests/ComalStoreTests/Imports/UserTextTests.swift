import ComalStore
import Foundation
import Testing

/// Files are read as UTF-8 when they are UTF-8, else as Windows-1252; what is neither is refused
/// with its line.
@Suite("A user's file as text")
struct UserTextTests {
    static let text = "sku,description\nGC-1,Green chile, Hatch, roasted\nJP-6,Jalapeños — nacho\n"

    @Test func utf8AndWindows1252ReadAsTheSameText() throws {
        #expect(try UserText.decode(Data(Self.text.utf8), file: "a.csv") == Self.text)
        let windows = try #require(Self.text.data(using: .windowsCP1252))
        #expect(try UserText.decode(windows, file: "b.csv") == Self.text)
        #expect(try UserText.decode(windows, file: "b.csv", as: .windows1252) == Self.text)
        // A byte-order mark is no part of the text.
        #expect(try UserText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("sku\n".utf8), file: "c.csv") == "sku\n")
    }

    @Test func aFileSaidToBeUTF8ThatIsNotIsRefusedAtItsLine() throws {
        let windows = try #require(Self.text.data(using: .windowsCP1252))
        let refused = #expect(throws: ImportError.self) { try UserText.decode(windows, file: "b.csv", as: .utf8) }
        #expect(refused?.problems.map(\.line) == [3])
        #expect(refused?.problems.first?.file == "b.csv")
    }

    @Test func bytesNeitherEncodingHasAreRefusedAtTheirLine() throws {
        // 0x81 has no character in Windows-1252, and alone it is not UTF-8.
        let data = Data("sku\nA-1\nB".utf8) + Data([0x81]) + Data("-2\n".utf8)
        let refused = #expect(throws: ImportError.self) { try UserText.decode(data, file: "d.csv") }
        #expect(refused?.problems.map(\.line) == [3])
        #expect(refused?.description.contains("neither UTF-8 nor Windows-1252") == true)
    }
}
