import Foundation

/// Travel distances and times between named places, read from a CSV a road router produced
/// (`from,to,distance,duration`, one row per ordered pair), for users who have better figures than
/// straight-line estimates. A pair given only one way is taken to be the same both ways.
public struct TravelTable: Hashable, Sendable {
    private struct Pair: Hashable {
        var from: String
        var to: String
    }

    private struct Travel: Hashable {
        var distance: Double
        var duration: Double
    }

    private var entries: [Pair: Travel]

    /// Reads the CSV text; the header must be `from,to,distance,duration`.
    public static func parse(_ text: String) throws(RoutingFileError) -> TravelTable {
        var entries: [Pair: Travel] = [:]
        var sawHeader = false
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            if !sawHeader {
                guard fields.map({ $0.lowercased() }) == ["from", "to", "distance", "duration"] else {
                    throw RoutingFileError(line: number, "the header should be from,to,distance,duration")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 4 else {
                throw RoutingFileError(line: number, "expected from,to,distance,duration; found \(fields.count) values")
            }
            guard let distance = Double(fields[2]), distance >= 0 else {
                throw RoutingFileError(line: number, "distance should be a non-negative number, found \"\(fields[2])\"")
            }
            guard let duration = Double(fields[3]), duration >= 0 else {
                throw RoutingFileError(line: number, "duration should be a non-negative number, found \"\(fields[3])\"")
            }
            let pair = Pair(from: fields[0], to: fields[1])
            guard entries[pair] == nil else {
                throw RoutingFileError(line: number, "\(fields[0]) to \(fields[1]) is given twice")
            }
            entries[pair] = Travel(distance: distance, duration: duration)
        }
        guard sawHeader else { throw RoutingFileError(line: nil, "the file is empty") }
        return TravelTable(entries: entries)
    }

    /// Distance and duration matrices over `places` (the depot first), each value multiplied by
    /// `scale` and rounded, so they share the problem's integer units.
    public func matrices(for places: [String], scale: Int = 1) throws(RoutingFileError) -> (
        distance: TravelMatrix, duration: TravelMatrix
    ) {
        var distance: [Int] = [], duration: [Int] = []
        for from in places {
            for to in places {
                if from == to {
                    distance.append(0)
                    duration.append(0)
                    continue
                }
                guard let entry = entries[Pair(from: from, to: to)] ?? entries[Pair(from: to, to: from)] else {
                    throw RoutingFileError(line: nil, "no row from \(from) to \(to)")
                }
                distance.append(Int((entry.distance * Double(scale)).rounded()))
                duration.append(Int((entry.duration * Double(scale)).rounded()))
            }
        }
        return (TravelMatrix(size: places.count, values: distance), TravelMatrix(size: places.count, values: duration))
    }
}

extension RoutingInstance {
    /// The same instance travelling by `table`, whose places are `0` for the depot and the
    /// customer ids, in the file's units.
    public func travelling(by table: TravelTable) throws(RoutingFileError) -> RoutingInstance {
        let (distance, duration) = try table.matrices(for: ["0"] + customerIDs.map(String.init), scale: costScale)
        var copy = self
        do {
            copy.problem = try RoutingProblem(
                vehicleTypes: problem.vehicleTypes, stops: problem.stops, distance: distance, duration: duration,
                positions: problem.positions)
        } catch {
            throw RoutingFileError(line: nil, error.description)
        }
        return copy
    }
}
