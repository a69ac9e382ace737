import ComalCore
import ComalTestSupport
import Foundation
import Testing

/// A catalog saved by Excel on Windows, or exported by a distributor, is Windows-1252: it imports
/// as it is, accents and all, unless the buyer says it must be UTF-8.
@Suite("Catalog files in the encodings suppliers send")
struct EncodingCLITests {
    /// The fixture's catalog with a line of jalapeños, in Windows-1252 (ñ is the one byte 0xF1).
    static func windows1252Catalog(_ fixture: CLIFixture) throws {
        let text = CLIFixture.catalog + "JP-6,Jalapeños nacho sliced,6/#10 CN,31.50,,,dry,pinto-beans-canned,,\n"
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the file must not read as UTF-8")
        try bytes.write(to: fixture.directory.url.appendingPathComponent("guide.csv"))
    }

    @Test func aWindows1252CatalogImportsWithItsAccents() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try Self.windows1252Catalog(fixture)
        try await fixture.succeed("import", "catalog", "guide.csv", "--supplier", "Test Foods")
        #expect(try fixture.open().products().map(\.description).contains("Jalapeños nacho sliced"))
    }

    @Test func saidToBeUTF8ItIsRefusedNamingTheLine() async throws {
        let fixture = try CLIFixture()
        try await fixture.succeed("supplier", "add", "Test Foods")
        try Self.windows1252Catalog(fixture)
        let refused = try await fixture.comal("import", "catalog", "guide.csv", "--supplier", "Test Foods", "--encoding", "utf-8")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("guide.csv:4: is not UTF-8 text"), "\(refused.stderr)")
        #expect(try fixture.open().products().isEmpty)
    }
}
