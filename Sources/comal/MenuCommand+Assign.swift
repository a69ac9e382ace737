import ArgumentParser
import ComalCore
import ComalStore
import Foundation

extension MenuCommand {
    /// `comal menu assign`: gives sites their own copy of a menu, which their cooks see and edit on the web.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give sites their own copy of a menu (.yaml), read against the stored food table.",
            discussion: """
                Each site gets its own copy, so a cook's edit on the web never changes another site's menu. A site \\
                that already has a menu with the same id has it replaced. Import the food table first with \\
                `comal import foods catalogs/foods.csv`. All sites or none: one transaction.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The menu (.yaml).") var file: String
        @Option(name: .customLong("site"), help: "A site id (repeatable).") var sites: [String] = []
        @Option(help: "Every site of this kind: center or home.") var kind: Site.Kind?
        @Flag(name: .customLong("all-sites"), help: "Every site of the alliance.") var allSites = false
        @Option(help: "Who assigns, for the audit log (default: the alliance's buyer).") var by: String?

        func validate() throws {
            let ways = [!sites.isEmpty, kind != nil, allSites].filter { $0 }.count
            guard ways == 1 else {
                throw ValidationError("name the sites one way: --site SITE (repeatable), --kind center|home, or --all-sites")
            }
        }

        func run() throws {
            let db = try database.open()
            let known = try db.sites()
            let chosen: [Site.ID]
            if allSites {
                chosen = known.map(\.id)
            } else if let kind {
                chosen = known.filter { $0.kind == kind }.map(\.id)
            } else {
                chosen = sites.map { Site.ID($0) }
            }
            let menu = try db.assignMenu(
                yaml: readUserFile(file), file: file, sites: chosen, now: localNow(in: db), actor: actorName(by, in: db))
            print("\(file): menu \(menu.id) assigned to \(chosen.map(\.rawValue).joined(separator: ", "))")
            for site in known where chosen.contains(site.id) {
                let setting: CareSetting = site.kind == .center ? .childCareCenter : .familyChildCareHome
                if [.childCareCenter, .familyChildCareHome].contains(menu.setting), menu.setting != setting {
                    print("note: \(site.id) is a \(site.kind.rawValue), but the menu is written for \(menu.setting.rawValue)")
                }
            }
        }
    }
}

extension Site.Kind: ExpressibleByArgument {}
