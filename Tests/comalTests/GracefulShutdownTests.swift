import ComalCore
import ComalStore
import ComalTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `systemctl stop` or a restart for an upgrade sends SIGTERM: a director's upload that is still
/// arriving gets its answer and is saved, and only then does `comal serve` exit, with status 0.
@Suite("comal serve stops on SIGTERM once the requests in flight have their answers")
struct GracefulShutdownTests {
    @Test func anUploadArrivingWhenSIGTERMComesIsAnsweredAndSaved() async throws {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let password = try fixture.directory.write("long enough password\n", to: "pw.txt")
        try await fixture.succeed("user", "add", "dora", "--role", "director", "--site", "A-01", "--password-file", password)
        let token = try await fixture.succeed("user", "token", "dora").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let served = try await ServedComal.start(fixture.database)
        let port = try #require(Int(served.address.split(separator: ":").last!.dropLast()))

        let body = "site_id,sku,quantity,unit,tolerance\nA-01,BN-10,4,each,0\nA-01,MK-1,5,each,\n"
        let client = try SlowClient(port: port)
        try client.send(
            "PUT /api/v1/sites/A-01/windows/1/order HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                + "Content-Type: text/csv\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
                + body.prefix(40))
        try await Task.sleep(for: .milliseconds(300))
        kill(served.server.processID, SIGTERM)
        try await Task.sleep(for: .milliseconds(700))
        #expect(kill(served.server.processID, 0) == 0, "the server exited with the upload half sent")
        try client.send(String(body.dropFirst(40)))
        let answer = try await client.response()

        let exit = try await served.server.wait(deadline: .seconds(30))
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(exit.status == 0, "\(exit.stderr)")
        #expect(exit.stderr.contains("PUT /api/v1/sites/A-01/windows/1/order 200"), "\(exit.stderr)")
        let saved = try fixture.open().orderLines(window: OrderWindow.ID(1), site: Site.ID("A-01"))
        #expect(saved.map { "\($0.quantity) \($0.unit)" }.sorted() == ["4 each", "5 each"], "\(saved)")
    }
}
