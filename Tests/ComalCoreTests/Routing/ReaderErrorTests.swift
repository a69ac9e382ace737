import ComalCore
import ComalTestSupport
import Testing

/// Bad routing files are refused with the line at fault and a message saying what was expected.
@Suite struct ReaderErrorTests {
    private func error(_ text: String) -> RoutingFileError? {
        do {
            _ = try RoutingInstance.parse(text)
            return nil
        } catch { return error }
    }

    @Test func wellFormedFilesRead() throws {
        let solomon = try RoutingInstance.parse(RoutingFileSamples.solomon)
        #expect(solomon.customerIDs == [1, 2])
        #expect(solomon.problem.distance[1, 2] == 50)
        let vrplib = try RoutingInstance.parse(RoutingFileSamples.vrplib)
        #expect(vrplib.customerIDs == [1, 2])
        #expect(vrplib.problem.distance[0, 2] == 10)
    }

    @Test func solomonRowWithMissingValueNamesItsLine() {
        let text = RoutingFileSamples.solomon.replacingOccurrences(of: "2      6          8          3", with: "2      6          8")
        #expect(
            error(text)
                == RoutingFileError(
                    line: 12,
                    "expected 7 values (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME), found 6"))
    }

    @Test func solomonNonNumberNamesItsLineAndColumn() {
        let text = RoutingFileSamples.solomon.replacingOccurrences(of: "1      3          4          2", with: "1      3          x          2")
        #expect(error(text) == RoutingFileError(line: 11, "YCOORD. should be a number, found \"x\""))
    }

    @Test func vrplibUnsupportedWeightTypeNamesItsLine() {
        let text = RoutingFileSamples.vrplib.replacingOccurrences(of: "EUC_2D", with: "GEO")
        #expect(error(text) == RoutingFileError(line: 4, "EDGE_WEIGHT_TYPE GEO is not supported; only EUC_2D"))
    }

    @Test func vrplibBadDemandNamesItsLine() {
        let text = RoutingFileSamples.vrplib.replacingOccurrences(of: "3 3\nDEPOT", with: "3 three\nDEPOT")
        #expect(error(text) == RoutingFileError(line: 13, "demand should be a whole number, found \"three\""))
    }

    @Test func vrplibDimensionMismatchNamesItsLine() {
        let text = RoutingFileSamples.vrplib.replacingOccurrences(of: "DIMENSION : 3", with: "DIMENSION : 4")
        #expect(error(text) == RoutingFileError(line: 3, "DIMENSION 4 does not match the 3 nodes given"))
    }

    @Test func unknownFormatIsRefused() {
        #expect(error("hello\nworld")?.line == nil)
    }

    @Test func solutionFileWithBadRouteNamesItsLine() {
        #expect(throws: RoutingFileError(line: 2, "customer should be a whole number, found \"x\"")) {
            try SolutionFile.parse("Route #1: 1 2\nRoute #2: 3 x\nCost 10")
        }
    }
}
