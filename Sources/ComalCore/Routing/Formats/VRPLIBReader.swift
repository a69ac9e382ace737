import Foundation

/// Reads VRPLIB / TSPLIB CVRP files with `EUC_2D` weights under the TSPLIB convention: Euclidean
/// distance rounded to the nearest integer, no time limits, as many vehicles as needed. Customers
/// are numbered 1, 2, … in file order without the depot, as CVRPLIB `.sol` files number them.
enum VRPLIBReader {
    private enum Section { case none, coordinates, demands, depots }

    static func parse(_ text: String) throws(RoutingFileError) -> RoutingInstance {
        var header: [String: (line: Int, value: String)] = [:]
        var section = Section.none
        var coordinates: [Int: (x: Double, y: Double)] = [:], order: [Int] = []
        var demands: [Int: Int] = [:], depots: [Int] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = line.offset + 1
            let fields = line.element.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = fields.first else { continue }
            if let colon = line.element.firstIndex(of: ":"), section == .none || !first.allSatisfy(\.isNumber) {
                let key = line.element[..<colon].trimmingCharacters(in: .whitespaces).uppercased()
                header[key] = (
                    number, line.element[line.element.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                )
                section = .none
                continue
            }
            switch first.uppercased() {
            case "NODE_COORD_SECTION": section = .coordinates
            case "DEMAND_SECTION": section = .demands
            case "DEPOT_SECTION": section = .depots
            case "EOF": section = .none
            default:
                switch section {
                case .none:
                    throw RoutingFileError(line: number, "unexpected \"\(first)\" outside any section")
                case .coordinates:
                    guard fields.count == 3 else {
                        throw RoutingFileError(line: number, "expected node, x and y; found \(fields.count) values")
                    }
                    let node = try NumberedLines.integer(fields[0], line: number, "node")
                    guard coordinates[node] == nil else { throw RoutingFileError(line: number, "node \(node) given twice") }
                    coordinates[node] = (
                        try NumberedLines.number(fields[1], line: number, "x"),
                        try NumberedLines.number(fields[2], line: number, "y")
                    )
                    order.append(node)
                case .demands:
                    guard fields.count == 2 else {
                        throw RoutingFileError(line: number, "expected node and demand; found \(fields.count) values")
                    }
                    let demand = try NumberedLines.integer(fields[1], line: number, "demand")
                    guard demand >= 0 else { throw RoutingFileError(line: number, "demand must not be negative") }
                    demands[try NumberedLines.integer(fields[0], line: number, "node")] = demand
                case .depots:
                    let node = try NumberedLines.integer(first, line: number, "depot")
                    if node != -1 { depots.append(node) }
                }
            }
        }
        func value(_ key: String) throws(RoutingFileError) -> (line: Int, value: String) {
            guard let entry = header[key] else { throw RoutingFileError(line: nil, "no \(key) line") }
            return entry
        }
        let type = try value("EDGE_WEIGHT_TYPE")
        guard type.value.uppercased() == "EUC_2D" else {
            throw RoutingFileError(line: type.line, "EDGE_WEIGHT_TYPE \(type.value) is not supported; only EUC_2D")
        }
        let capacityEntry = try value("CAPACITY"), dimensionEntry = try value("DIMENSION")
        guard let capacity = Int(capacityEntry.value), capacity > 0 else {
            throw RoutingFileError(line: capacityEntry.line, "CAPACITY should be a positive whole number")
        }
        guard let dimension = Int(dimensionEntry.value), dimension == order.count else {
            throw RoutingFileError(
                line: dimensionEntry.line, "DIMENSION \(dimensionEntry.value) does not match the \(order.count) nodes given")
        }
        guard depots.count == 1, let depot = depots.first, coordinates[depot] != nil else {
            throw RoutingFileError(line: nil, "DEPOT_SECTION should name exactly one node of NODE_COORD_SECTION")
        }
        if let missing = order.first(where: { demands[$0] == nil }) {
            throw RoutingFileError(line: nil, "DEMAND_SECTION has no demand for node \(missing)")
        }
        let nodes = [depot] + order.filter { $0 != depot }
        let positions = nodes.map { RoutingProblem.Position(x: coordinates[$0]!.x, y: coordinates[$0]!.y) }
        let matrix = TravelMatrix(size: nodes.count) { from, to in
            let dx = positions[from].x - positions[to].x, dy = positions[from].y - positions[to].y
            return Int(((dx * dx + dy * dy).squareRoot() + 0.5).rounded(.down))
        }
        let zero = TravelMatrix(size: nodes.count) { _, _ in 0 }
        do {
            let problem = try RoutingProblem(
                vehicleTypes: [.init(count: nil, capacity: [capacity])],
                stops: nodes.dropFirst().map { RoutingProblem.Stop(demand: [demands[$0]!]) },
                distance: matrix, duration: zero, positions: positions)
            return RoutingInstance(
                name: header["NAME"]?.value ?? "", format: .vrplib, problem: problem,
                customerIDs: Array(1..<nodes.count), costScale: 1)
        } catch {
            throw RoutingFileError(line: nil, error.description)
        }
    }
}
