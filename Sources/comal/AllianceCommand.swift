import ArgumentParser
import ComalCore
import ComalStore
import Foundation

struct AllianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance", abstract: "Set or show the alliance: its name, buyer, hub and rules.",
        subcommands: [Load.self, Show.self])

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load the alliance from a YAML file (see README).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "alliance.yaml") var file: String

        func run() throws {
            let (alliance, kitchens) = try Alliance.loadWithKitchens(yamlFile: URL(fileURLWithPath: file))
            try database.open().saveAlliance(alliance, kitchens: kitchens)
            print(
                "Alliance \(alliance.name): hub \(alliance.hub.name), \(alliance.hub.city); buyer \(alliance.buyer); rule \(alliance.consolidationRule.rawValue)."
            )
            for kitchen in kitchens {
                print("Kitchen \(kitchen.id) (\(kitchen.name)) cooks for \(kitchen.satellites.map(\.site.rawValue).joined(separator: ", ")).")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the alliance.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            guard let alliance = try database.open().alliance() else {
                throw ValidationError("no alliance yet; load one with `comal alliance load alliance.yaml`")
            }
            print(
                "\(alliance.name)\nbuyer: \(alliance.buyer)\nhub: \(alliance.hub.name), \(alliance.hub.address), \(alliance.hub.city)\nrule: \(alliance.consolidationRule.rawValue)\ntimezone: \(alliance.timezone)"
            )
        }
    }
}
