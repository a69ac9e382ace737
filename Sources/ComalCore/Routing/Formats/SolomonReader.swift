import Foundation

/// Reads Solomon's VRPTW text format under the DIMACS / CVRPLIB convention: Euclidean distance
/// truncated to one decimal (kept as integer tenths), travel time equal to distance, at most the
/// file's NUMBER of vehicles, the depot's window as every vehicle's shift.
enum SolomonReader {
    private static let columns = "CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME"

    static func parse(_ text: String) throws(RoutingFileError) -> RoutingInstance {
        var name: String?
        var fleet: (count: Int, capacity: Int)?
        var expectingFleet = false, inCustomers = false
        var rows: [(line: Int, values: [Double])] = []
        for (number, fields) in NumberedLines(text) where !fields.isEmpty {
            if name == nil {
                name = String(fields[0])
            } else if fields[0].uppercased() == "NUMBER" {
                expectingFleet = true
            } else if expectingFleet {
                guard fields.count == 2 else {
                    throw RoutingFileError(line: number, "expected the vehicle NUMBER and CAPACITY, found \(fields.count) values")
                }
                fleet = (
                    try NumberedLines.integer(fields[0], line: number, "NUMBER"),
                    try NumberedLines.integer(fields[1], line: number, "CAPACITY")
                )
                expectingFleet = false
            } else if fields[0].uppercased().hasPrefix("CUST") && fields.count > 1 {
                inCustomers = true
            } else if inCustomers {
                guard fields.count == 7 else {
                    throw RoutingFileError(line: number, "expected 7 values (\(columns)), found \(fields.count)")
                }
                var values: [Double] = []
                for (field, column) in zip(fields, columns.components(separatedBy: ", ")) {
                    values.append(try NumberedLines.number(field, line: number, column))
                }
                guard values[4] <= values[5] else {
                    throw RoutingFileError(line: number, "DUE DATE \(values[5]) is before READY TIME \(values[4])")
                }
                rows.append((number, values))
            }
        }
        guard let fleet else { throw RoutingFileError(line: nil, "no VEHICLE section with NUMBER and CAPACITY") }
        guard let depot = rows.first else { throw RoutingFileError(line: nil, "no CUSTOMER rows") }
        let customers = rows.dropFirst()
        let positions = rows.map { RoutingProblem.Position(x: $0.values[1], y: $0.values[2]) }
        let tenths = TravelMatrix(size: rows.count) { from, to in
            let dx = positions[from].x - positions[to].x, dy = positions[from].y - positions[to].y
            return Int(((dx * dx + dy * dy).squareRoot() * 10 + 1e-9).rounded(.down))
        }
        func scaled(_ value: Double) -> Int { Int((value * 10).rounded()) }
        var ids: [Int] = []
        for row in customers {
            guard row.values[0] == row.values[0].rounded() else {
                throw RoutingFileError(line: row.line, "CUST NO. should be a whole number")
            }
            ids.append(Int(row.values[0]))
        }
        do {
            let problem = try RoutingProblem(
                vehicleTypes: [
                    .init(
                        count: fleet.count, capacity: [fleet.capacity],
                        shift: TimeWindow(open: scaled(depot.values[4]), close: scaled(depot.values[5])))
                ],
                stops: customers.map { row in
                    RoutingProblem.Stop(
                        demand: [Int(row.values[3])], serviceTime: scaled(row.values[6]),
                        windows: [TimeWindow(open: scaled(row.values[4]), close: scaled(row.values[5]))])
                },
                distance: tenths, duration: tenths, positions: positions)
            return RoutingInstance(
                name: name ?? "", format: .solomon, problem: problem, customerIDs: ids, costScale: 10)
        } catch {
            throw RoutingFileError(line: nil, error.description)
        }
    }
}
