import ComalTestSupport
import Foundation
import Testing

/// `comal routes solve` run as a user runs it: the built binary on a file in a temporary directory.
@Suite struct RoutesCLITests {
    @Test func solvesASmallSolomonFileToJSON() async throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(RoutingFileSamples.solomon, to: "tiny.txt")
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"),
            ["routes", "solve", "tiny.txt", "--format", "json", "--time-limit", "1", "--seed", "3", "--threads", "2"],
            in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["cost", "vehicles", "routes", "unserved"])
        // Both stops fit one vehicle on the way out: 0 → 1 → 2 → 0 is 5 + 5 + 10 = 20.0.
        #expect(json["cost"] as? Double == 20.0)
        #expect(json["vehicles"] as? Int == 1)
        #expect(json["routes"] as? [[Int]] == [[1, 2]] || json["routes"] as? [[Int]] == [[2, 1]])
        #expect(json["unserved"] as? [Int] == [])
    }

    @Test func badFileFailsWithFileAndLine() async throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write(RoutingFileSamples.vrplib.replacingOccurrences(of: "EUC_2D", with: "GEO"), to: "bad.vrp")
        let result = try await ProcessRunner.run(
            ProcessRunner.builtProduct("comal"), ["routes", "solve", "bad.vrp"], in: directory.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.vrp:4: EDGE_WEIGHT_TYPE GEO is not supported"))
    }
}
