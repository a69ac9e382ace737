import ComalTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `comal serve`, as an alliance runs it, against requests from every role that try to
/// break it: numbers at Int's ends, impossible dates, huge and negative indices, bodies that are not
/// what they claim or far too large, paths that climb out, and an absurd but legal week consolidated
/// and received. No answer may be a 5xx, and the server must still answer at the end.
@Suite("Hostile requests never stop the server")
struct HostileRequestTests {
    struct Call: CustomStringConvertible {
        var method: String
        var path: String
        var body: Data?
        var token: String?
        var contentType = "application/json"
        var description: String { "\(method) \(path.prefix(120)) (\(body?.count ?? 0) bytes)" }
    }

    /// An alliance with a buyer, a director of A-01 and a cook of A-01 (whose site has the cycle
    /// menu), each with an API token, and every site ordering the most a line may hold.
    static func alliance() async throws -> (CLIFixture, tokens: [String: String]) {
        let fixture = try CLIFixture()
        try await fixture.setUpAlliance()
        let root = ProcessRunner.packageRoot()
        try await fixture.succeed("import", "foods", root.appendingPathComponent("catalogs/foods.csv").path)
        try await fixture.succeed("menu", "assign", root.appendingPathComponent("menus/nm-center-cycle.yaml").path, "--site", "A-01")
        try fixture.directory.write("long enough password\n", to: "pw.txt")
        var tokens: [String: String] = [:]
        for (user, role) in [("ana", ["buyer"]), ("alpha", ["director", "--site", "A-01"]), ("cora", ["cook", "--site", "A-01"])] {
            try await fixture.succeed(["user", "add", user, "--role"] + role + ["--password-file", "pw.txt"])
            tokens[user] = try await fixture.succeed("user", "token", user).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // The absurd but legal week: every site, every product, 9999 cases and 9999 eaches of tolerance.
        var orders = "site_id,sku,quantity,unit,tolerance\n"
        for site in ["A-01", "B-01", "C-01"] { orders += "\(site),BN-10,9999,case,9999\n\(site),MK-1,9999,case,9999\n" }
        try fixture.directory.write(orders, to: "absurd.csv")
        try await fixture.succeed("import", "orders", "absurd.csv", "--window", "1")
        return (fixture, tokens)
    }

    static func json(_ text: String) -> Data { Data(text.utf8) }

    /// Every hostile call, by role.
    static func calls(_ tokens: [String: String]) -> [Call] {
        let (buyer, director, cook) = (tokens["ana"], tokens["alpha"], tokens["cora"])
        let line = "/api/v1/sites/A-01/windows/1/order/lines/MK-1"
        let week = "/api/v1/sites/A-01/menus/nm-center-cycle/weeks/1"
        let extremes = [
            "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999999", "-1", "0",
            "1e308", "%00", "%2e%2e", "..%2F..%2Fcomal.sqlite",
        ]
        var calls: [Call] = []
        for quantity in ["9000000000000000000", "-9223372036854775808", "1e308", "1.5", "\"9\"", "null", "true", "[]", "{}"] {
            calls.append(Call(method: "PUT", path: line, body: json(#"{"quantity": \#(quantity), "unit": "case"}"#), token: director))
            calls.append(
                Call(method: "PUT", path: line, body: json(#"{"quantity": 1, "unit": "case", "tolerance": \#(quantity)}"#), token: director))
        }
        for number in extremes {
            calls.append(Call(method: "GET", path: "/api/v1/windows/\(number)", token: buyer))
            calls.append(Call(method: "GET", path: "/api/v1/windows/\(number)/board", token: buyer))
            calls.append(Call(method: "POST", path: "/api/v1/windows/\(number)/consolidate", token: buyer))
            calls.append(Call(method: "GET", path: "/api/v1/sites/A-01/windows/\(number)/order", token: director))
            calls.append(Call(method: "GET", path: "/api/v1/sites/A-01/menus/nm-center-cycle/weeks/\(number)", token: cook))
            calls.append(Call(method: "DELETE", path: "\(week)/days/\(number)/meals/1/items/1", token: cook))
            calls.append(Call(method: "DELETE", path: "\(week)/days/1/meals/\(number)/items/1", token: cook))
            calls.append(Call(method: "DELETE", path: "\(week)/days/1/meals/1/items/\(number)", token: cook))
            calls.append(
                Call(method: "PUT", path: "\(week)/days/1/meals/1/items/\(number)",
                    body: json(#"{"food": "milk-1pct", "serve": {"3-5": "6 fl oz"}}"#), token: cook))
            calls.append(Call(method: "GET", path: "/api/v1/windows/1/workbooks/\(number)", token: buyer))
            calls.append(Call(method: "GET", path: "/sites/A-01/windows/\(number)/order", token: nil))
        }
        for (delivery, cutoff) in [
            ("2026-02-30", "2026-02-25T17:00"), ("2026-13-01", "2026-12-25T17:00"), ("99999-01-01", "99998-12-25T17:00"),
            ("0000-01-01", "0000-01-01T00:00"), ("2026-12-07", "2026-12-02T25:61"), ("2026-12-07", "2027-01-01T17:00"),
            ("-2026-12-07", "2026-12-02T17:00"), ("2026-12-07", ""),
        ] {
            calls.append(
                Call(method: "POST", path: "/api/v1/windows", body: json(#"{"delivery": "\#(delivery)", "cutoff": "\#(cutoff)"}"#),
                    token: buyer))
        }
        for serving in ["99999999999999999999 cup", "-1 cup", "1/0 cup", "0/0 oz", "1e308 oz", String(repeating: "9", count: 5000) + " oz"] {
            calls.append(
                Call(method: "POST", path: "\(week)/days/1/meals/1/items",
                    body: json(#"{"food": "milk-1pct", "serve": {"3-5": "\#(serving)"}}"#), token: cook))
        }
        // Bodies that are not what they say, nested past any parser's stack, or far past the limit.
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        for body in ["{", "", "\u{0}", deep, String(repeating: "x", count: 5_000_000), #"{"quantity": 1, "unit": "case", "#] {
            calls.append(Call(method: "PUT", path: line, body: json(body), token: director))
            calls.append(Call(method: "POST", path: "/api/v1/windows", body: json(body), token: buyer))
        }
        calls.append(
            Call(method: "PUT", path: "/api/v1/sites/A-01/windows/1/order", body: json("site_id,sku,quantity,unit,tolerance\nA-01,BN-10,99999999999999999999,case,0\n"),
                token: director, contentType: "text/csv"))
        // Paths that climb out of where they point.
        for path in [
            "/static/../../../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/api/v1/../../comal.sqlite",
            "/api/v1/windows/1/workbooks/..%2F..%2Fcomal.sqlite", "/api/v1/sites/..%2FA-01/menus", "/%00", "/api/v1/windows/1%00",
        ] {
            calls.append(Call(method: "GET", path: path, token: buyer))
        }
        // The absurd week, through the buyer's steps: close, consolidate, receive a short line, read it all.
        calls.append(Call(method: "POST", path: "/api/v1/windows/1/close", body: json(#"{"force": true}"#), token: buyer))
        calls.append(Call(method: "POST", path: "/api/v1/windows/1/consolidate", token: buyer))
        calls.append(
            Call(method: "POST", path: "/api/v1/windows/1/receiving", body: json("sku,received_eaches,reason\nMK-1,1,short\nBN-10,99999999999999999999,damaged\n"),
                token: buyer, contentType: "text/csv"))
        calls.append(
            Call(method: "POST", path: "/api/v1/windows/1/receiving", body: json("sku,received_eaches,reason\nMK-1,1,short\n"),
                token: buyer, contentType: "text/csv"))
        for path in ["/api/v1/windows/1/board", "/api/v1/windows/1/workbooks", "/api/v1/windows/1/savings", "/api/v1/windows/1"] {
            calls.append(Call(method: "GET", path: path, token: buyer))
        }
        calls.append(Call(method: "GET", path: "/api/v1/sites/A-01/windows/1/allocation", token: director))
        return calls
    }

    @Test func noHostileRequestGetsA5xxAndTheServerStillAnswers() async throws {
        let (fixture, tokens) = try await Self.alliance()
        try await ServedComal.serving(fixture.database) { server in
            var failures: [String] = []
            var statuses: [String: [Int]] = [:]
            let session = URLSession(configuration: .ephemeral)
            for call in Self.calls(tokens) {
                guard let url = URL(string: String(server.address.dropLast()) + call.path) else {
                    failures.append("\(call): not a URL this test can send")
                    continue
                }
                var request = URLRequest(url: url, timeoutInterval: 120)
                request.httpMethod = call.method
                request.httpBody = call.body
                if call.body != nil { request.setValue(call.contentType, forHTTPHeaderField: "Content-Type") }
                if let token = call.token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
                do {
                    let (_, response) = try await session.data(for: request)
                    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    statuses["\(call.method) \(call.path)", default: []].append(status)
                    if status >= 500 { failures.append("\(call) → \(status)") }
                    // A job (the consolidation) runs on: the next steps of the week wait for it.
                    if status == 202, let job = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Location"),
                        let token = call.token
                    {
                        let state = try await ServedComal.finish(job: job, at: server.address, token: token)
                        if state != "done" { failures.append("\(call) → job \(state)") }
                    }
                } catch {
                    // The server may close a connection on a body it refuses to read; that is no 5xx,
                    // as long as the server still answers.
                    guard (try? await session.data(from: URL(string: "\(server.address)login")!)) != nil else {
                        failures.append("\(call) → the server stopped answering")
                        break
                    }
                }
            }
            // The calls reached what they aimed at: the director's token was read, and the absurd
            // week went through the buyer's steps.
            #expect(statuses["PUT /api/v1/sites/A-01/windows/1/order/lines/MK-1"]?.first == 422)
            #expect(statuses["POST /api/v1/windows/1/consolidate"] == [202])
            #expect(statuses["POST /api/v1/windows/1/receiving"] == [422, 200])
            #expect(statuses["GET /api/v1/sites/A-01/windows/1/allocation"] == [200])
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))\n\(server.server.standardError.suffix(4000))")
            var board = URLRequest(url: URL(string: server.address + "api/v1/windows/1/board")!)
            board.setValue("Bearer \(tokens["ana"]!)", forHTTPHeaderField: "Authorization")
            let (_, response) = try await session.data(for: board)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(await server.stop() == 0, "the server had died: \(server.server.standardError.suffix(4000))")
        }
    }
}
