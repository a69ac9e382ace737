import ComalCore
import Foundation
import Yams

/// Reads the `kitchens:` list of an alliance file; every error names the key path
/// (`kitchens[0].satellites[1].meals.lunch`).
struct KitchenYAML {
    let reader: YAMLReader
    /// More would be a typo or a hostile file: an alliance runs a handful of kitchens, each a few dozen sites.
    static let largestList = 200

    func kitchens(_ root: Node) throws -> [Kitchen] {
        guard let list = root.mapping?["kitchens"] else { return [] }
        let items = try sequence(list, "kitchens")
        var kitchens: [Kitchen] = []
        for (index, node) in items.enumerated() {
            let kitchen = try self.kitchen(node, path: "kitchens[\(index)].")
            guard !kitchens.contains(where: { $0.id == kitchen.id }) else {
                throw bad("kitchens[\(index)].id", kitchen.id.rawValue, "an id no other kitchen has")
            }
            kitchens.append(kitchen)
        }
        return kitchens
    }

    private func kitchen(_ node: Node, path: String) throws -> Kitchen {
        let at = try reader.string(node, "at", path: path)
        let percent = try integer(node, "attendance_percent", path: path, range: Kitchen.attendanceRange)
        let holding = node.mapping?["holding"]
        var satellites: [Kitchen.Satellite] = []
        for (index, item) in try sequence(try reader.node(node, "satellites", path: path), path + "satellites").enumerated() {
            let here = "\(path)satellites[\(index)]."
            let site = Site.ID(try reader.string(item, "site", path: here))
            guard !satellites.contains(where: { $0.site == site }), site.rawValue != at else {
                throw bad(here + "site", site.rawValue, "a site listed once and not the kitchen's own")
            }
            let meals = try times(try reader.node(item, "meals", path: here), path: here + "meals").map {
                Kitchen.SatelliteMeal(meal: $0.meal, serveAt: $0.time)
            }
            satellites.append(Kitchen.Satellite(site: site, meals: meals))
        }
        var vehicles: [Vehicle] = []
        for (index, item) in try sequence(try reader.node(node, "vehicles", path: path), path + "vehicles").enumerated() {
            let here = "\(path)vehicles[\(index)]."
            let shiftText = try reader.string(item, "shift", path: here)
            let ends = shiftText.split(separator: "-").map { ClockTime(parsing: String($0)) }
            guard ends.count == 2, let start = ends[0], let end = ends[1], let shift = ClockWindow(start: start, end: end) else {
                throw bad(here + "shift", shiftText, "a span such as 09:30-14:00")
            }
            vehicles.append(
                Vehicle(
                    id: Vehicle.ID(try reader.string(item, "id", path: here)), name: try reader.string(item, "name", path: here),
                    capacity: DeliveryLoad(
                        cases: try integer(item, "containers", path: here, range: 1...Vehicle.largestCases),
                        pounds: Vehicle.largestPounds, coldCases: Vehicle.largestCases, frozenCases: Vehicle.largestCases),
                    shift: shift))
        }
        let departures = try times(try reader.node(node, "departures", path: path), path: path + "departures")
        for satellite in satellites {
            for meal in satellite.meals where !departures.contains(where: { $0.meal == meal.meal }) {
                throw bad(
                    "\(path)departures.\(meal.meal.rawValue)", "", "a departure time: \(satellite.site) gets \(meal.meal.rawValue)")
            }
        }
        return Kitchen(
            id: Kitchen.ID(try reader.string(node, "id", path: path)), name: try reader.string(node, "name", path: path),
            location: at == "hub" ? .hub : .site(Site.ID(at)), satellites: satellites,
            departures: departures.map { Kitchen.Departure(meal: $0.meal, time: $0.time) },
            hotHolding: try holding.map { try equipment($0, "hot", path: path + "holding.") } ?? nil,
            coldHolding: try holding.map { try equipment($0, "cold", path: path + "holding.") } ?? nil,
            attendancePercent: percent, countsDue: try time(node, "counts_due", path: path), vehicles: vehicles)
    }

    private func equipment(_ holding: Node, _ key: String, path: String) throws -> Kitchen.HoldingEquipment? {
        guard let node = holding.mapping?[key] else { return nil }
        let here = path + key + "."
        let hoursText = try reader.string(node, "hours", path: here)
        guard let hours = Decimal(string: hoursText, locale: Locale(identifier: "en_US_POSIX")), hours > 0,
            hours * 60 <= Decimal(Kitchen.longestHoldMinutes)
        else {
            throw bad(here + "hours", hoursText, "a number of hours above 0 and at most \(Kitchen.longestHoldMinutes / 60)")
        }
        let minutes = NSDecimalNumber(decimal: hours * 60).intValue
        return Kitchen.HoldingEquipment(name: try reader.string(node, "equipment", path: here), holdMinutes: minutes)
    }

    /// A mapping of meal names to clock times (`{lunch: "11:30"}`), in the order written.
    private func times(_ node: Node, path: String) throws -> [(meal: MealType, time: ClockTime)] {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            throw bad(path, node.scalar?.string ?? "", "a mapping of meals to times such as {lunch: \"11:30\"}")
        }
        var result: [(meal: MealType, time: ClockTime)] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard let meal = MealType(rawValue: name) else {
                throw bad(path, name, "a meal (\(MealType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let text = value.scalar?.string ?? ""
            guard let time = ClockTime(parsing: text) else { throw bad("\(path).\(name)", text, "a time such as 11:30") }
            result.append((meal, time))
        }
        return result
    }

    private func time(_ node: Node, _ key: String, path: String) throws -> ClockTime {
        let text = try reader.string(node, key, path: path)
        guard let time = ClockTime(parsing: text) else { throw bad(path + key, text, "a time such as 14:00") }
        return time
    }

    private func integer(_ node: Node, _ key: String, path: String, range: ClosedRange<Int>) throws -> Int {
        let text = try reader.string(node, key, path: path)
        guard let value = Int(text), range.contains(value) else {
            throw bad(path + key, text, "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    private func sequence(_ node: Node, _ path: String) throws -> [Node] {
        guard let items = node.sequence, items.count <= Self.largestList else {
            throw bad(path, node.scalar?.string ?? "", "a list of at most \(Self.largestList) entries")
        }
        return Array(items)
    }

    private func bad(_ key: String, _ value: String, _ expected: String) -> AllianceFileError {
        .badValue(file: reader.file, key: key, value: value, expected: expected)
    }
}
