import ComalCore
import Foundation
import Yams

/// Why an alliance file could not be read, naming the file and the key to fix.
public enum AllianceFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notYAML(file: String, reason: String)
    case missingKey(file: String, key: String)
    case badValue(file: String, key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot be read (\(reason))"
        case .notYAML(let file, let reason): "\(file): is not valid YAML (\(reason))"
        case .missingKey(let file, let key): "\(file): the key \"\(key)\" is missing"
        case .badValue(let file, let key, let value, let expected):
            "\(file): key \"\(key)\": \"\(value)\" is not \(expected)"
        }
    }
}

extension Alliance {
    /// Reads the alliance file (`alliance.yaml`): name, buyer, hub {name, address, city, lat, lon},
    /// consolidation_rule (fill or up) and timezone.
    public static func load(yamlFile: URL) throws -> Alliance { try loadWithKitchens(yamlFile: yamlFile).alliance }

    /// Reads the alliance file and the kitchens it names under `kitchens:` (none when the key is absent).
    public static func loadWithKitchens(yamlFile: URL) throws -> (alliance: Alliance, kitchens: [Kitchen]) {
        let file = yamlFile.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: yamlFile, encoding: .utf8)
        } catch {
            throw AllianceFileError.unreadable(file: file, reason: error.localizedDescription)
        }
        let document: Node?
        do {
            document = try Yams.compose(yaml: text)
        } catch {
            throw AllianceFileError.notYAML(file: file, reason: "\(error)")
        }
        guard let root = document else { throw AllianceFileError.missingKey(file: file, key: "name") }
        let reader = YAMLReader(file: file)
        let hub = try reader.node(root, "hub")
        let rule = try reader.string(root, "consolidation_rule")
        guard let consolidationRule = CaseRoundingRule(rawValue: rule) else {
            throw AllianceFileError.badValue(file: file, key: "consolidation_rule", value: rule, expected: "fill or up")
        }
        let timezone = try reader.string(root, "timezone")
        guard TimeZone(identifier: timezone) != nil else {
            throw AllianceFileError.badValue(
                file: file, key: "timezone", value: timezone,
                expected: "a time zone name such as America/Denver")
        }
        let alliance = Alliance(
            name: try reader.string(root, "name"),
            buyer: try reader.string(root, "buyer"),
            hub: Hub(
                name: try reader.string(hub, "name", path: "hub."),
                address: try reader.string(hub, "address", path: "hub."),
                city: try reader.string(hub, "city", path: "hub."),
                coordinate: GeoPoint(
                    latitude: try reader.degrees(hub, "lat", limit: 90),
                    longitude: try reader.degrees(hub, "lon", limit: 180))),
            consolidationRule: consolidationRule,
            timezone: timezone)
        return (alliance, try KitchenYAML(reader: reader).kitchens(root))
    }
}

/// Reads required keys from a YAML mapping, throwing an error that names the key.
struct YAMLReader {
    let file: String

    func node(_ parent: Node, _ key: String, path: String = "") throws -> Node {
        guard let value = parent.mapping?[key] else { throw AllianceFileError.missingKey(file: file, key: path + key) }
        return value
    }

    func string(_ parent: Node, _ key: String, path: String = "") throws -> String {
        let value = try node(parent, key, path: path)
        guard let text = value.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw AllianceFileError.badValue(
                file: file, key: path + key, value: value.scalar?.string ?? "", expected: "a non-empty text")
        }
        return text
    }

    func degrees(_ parent: Node, _ key: String, limit: Double) throws -> Double {
        let text = try string(parent, key, path: "hub.")
        guard let number = Double(text), abs(number) <= limit else {
            throw AllianceFileError.badValue(
                file: file, key: "hub." + key, value: text,
                expected: "a number of degrees between -\(Int(limit)) and \(Int(limit))")
        }
        return number
    }
}
