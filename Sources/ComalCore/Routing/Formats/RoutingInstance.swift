import Foundation

/// A benchmark or user routing file read into a problem, with what is needed to speak the file's
/// language back: customer ids as the file numbers them and the cost convention.
public struct RoutingInstance: Hashable, Sendable {
    /// The file formats the readers understand.
    public enum Format: String, Hashable, Sendable {
        /// Solomon VRPTW text: Euclidean distance truncated to one decimal, travel time = distance.
        case solomon
        /// VRPLIB / TSPLIB CVRP with EUC_2D: Euclidean distance rounded to the nearest integer.
        case vrplib
    }

    /// The instance's name as the file gives it.
    public var name: String
    /// The format it was read from.
    public var format: Format
    /// The problem in integer matrix units.
    public var problem: RoutingProblem
    /// The id of each stop as the file and its `.sol` files number customers.
    public var customerIDs: [Int]
    /// Matrix units per unit of reported cost: 10 for Solomon (one decimal), 1 for VRPLIB.
    public var costScale: Int

    /// Reads `text`, telling the format from its content (or, failing that, the file name).
    public static func parse(_ text: String, fileName: String = "") throws(RoutingFileError) -> RoutingInstance {
        if text.contains("NODE_COORD_SECTION") || text.contains("EDGE_WEIGHT_TYPE") {
            return try VRPLIBReader.parse(text)
        }
        if text.contains("CUSTOMER") && text.contains("VEHICLE") { return try SolomonReader.parse(text) }
        if fileName.hasSuffix(".vrp") { return try VRPLIBReader.parse(text) }
        if fileName.hasSuffix(".txt") { return try SolomonReader.parse(text) }
        throw RoutingFileError(line: nil, "not a Solomon (VEHICLE/CUSTOMER sections) or VRPLIB (NODE_COORD_SECTION) file")
    }

    /// A cost in matrix units written as the file's convention writes it ("827.3", "784").
    public func formattedCost(_ distance: Int) -> String {
        guard costScale > 1 else { return "\(distance)" }
        let digits = String(costScale - 1).count
        let whole = distance / costScale, fraction = distance % costScale
        return "\(whole)." + String(repeating: "0", count: digits - String(fraction).count) + "\(fraction)"
    }

    /// A cost as written in the file's convention, in matrix units; nil when it is not such a number.
    public func parseCost(_ text: String) -> Int? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        let scaled = value * Double(costScale)
        return abs(scaled - scaled.rounded()) < 1e-6 ? Int(scaled.rounded()) : nil
    }

    /// Stop indices for routes written with the file's customer ids.
    public func routes(fromCustomerIDs routes: [[Int]]) throws(RoutingFileError) -> [RoutingSolution.Route] {
        let index = Dictionary(uniqueKeysWithValues: customerIDs.enumerated().map { ($1, $0) })
        var result: [RoutingSolution.Route] = []
        for route in routes {
            var stops: [Int] = []
            for id in route {
                guard let stop = index[id] else { throw RoutingFileError(line: nil, "customer \(id) is not in \(name)") }
                stops.append(stop)
            }
            result.append(RoutingSolution.Route(vehicleType: 0, stops: stops))
        }
        return result
    }
}
