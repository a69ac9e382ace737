import ComalStore
import ComalTestSupport
import Foundation
import Testing

/// Printed menus, production records, suggested orders and route sheets are written whole, and
/// leave nothing behind but the file.
@Suite("A file is written whole and leaves nothing else behind")
struct WholeFileTests {
    /// The directories Foundation's atomic writes leave in the temporary directory.
    static func leftInTemporary() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("TemporaryDirectory.") })
    }

    @Test func aFileIsReplacedWholeAndNothingElseIsLeft() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("menu-w1-en.html")
        let before = try Self.leftInTemporary()
        try WholeFile.write("<p>first</p>", to: path)
        try WholeFile.write("<p>Green chile stew</p>", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>Green chile stew</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["menu-w1-en.html"])
        #expect(try Self.leftInTemporary().subtracting(before).isEmpty)
    }

    @Test func aFileThatCannotBeWrittenLeavesNothing() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.path("taken")
        try FileManager.default.createDirectory(atPath: folder + "/inside", withIntermediateDirectories: true)
        // A directory with something in it cannot be replaced by a file.
        #expect(throws: (any Error).self) { try WholeFile.write("text", to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["taken"])
    }
}
