import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek
import Foundation

/// `comal order suggest`: a site's draft order from its menu, for the director to review and import.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Draft site orders from menus, or from an earlier week's order.",
        subcommands: [Suggest.self, Repeat.self, Save.self])

    /// `comal order save`: keeps a site's order of a week as a standing order, by name.
    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a site's order of a window as a standing order (a name of 1 to 60 characters), replacing one so named.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id.") var site: String
        @Option(help: "The window whose order to save.") var window: Int64
        @Option(help: "The standing order's name, such as \"Regular week\".") var name: String
        @Option(help: "Who saves it, for the audit log (default: the alliance's buyer).") var by: String?

        func run() throws {
            let db = try database.open()
            try db.saveStandingOrder(
                site: Site.ID(site), name: name, from: OrderWindow.ID(window), actor: actorName(by, in: db), now: localNow(in: db))
            let saved = try db.standingOrders(site: Site.ID(site)).map { "\($0.name) (\($0.lines) lines)" }
            print("\(site): standing orders: \(saved.joined(separator: ", "))")
        }
    }

    /// `comal order repeat`: a standing order, the site's order of an earlier week again.
    struct Repeat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a site's order from its order of an earlier week (the latest with lines, or --from) or a standing order (--standing), replacing it.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id.") var site: String
        @Option(help: "The window to order in.") var window: Int64
        @Option(help: "The window whose order to copy (default: the latest earlier one with lines).") var from: Int64?
        @Option(help: "A standing order's name (comal order save), instead of an earlier week.") var standing: String?
        @Option(help: "Change the order as the buyer (after the cutoff; audited).") var buyer: String?

        func run() throws {
            let db = try database.open()
            if let standing {
                let summary = try db.startFromStandingOrder(
                    site: Site.ID(site), name: standing, into: OrderWindow.ID(window), now: localNow(in: db), buyer: buyer)
                print("\(site): the standing order \"\(standing)\" copied: \(summary)")
                return
            }
            let (earlier, summary) = try db.repeatOrder(
                site: Site.ID(site), into: OrderWindow.ID(window), from: from.map(OrderWindow.ID.init), now: localNow(in: db),
                buyer: buyer)
            print("\(site): the order of \(earlier.delivery) (window \(earlier.id)) copied: \(summary)")
        }
    }

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suggest a site's order for a window from a menu week, in the format `comal import orders` reads.",
            discussion: """
                Feeds everyone enrolled at the site every meal of the week, picks the cheapest product for each food over \
                all suppliers (as if the site bought alone), takes off stock on hand, and prints why. Foods no catalog \
                offers are listed, never dropped. Without --week, window N uses week ((N - 1) mod cycle length) + 1 of \
                the menu, since windows are weekly.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The site id, as in sites.csv.") var site: String
        @Option(help: "The order window id.") var window: Int64
        @Option(help: "The menu (.yaml).") var menu: String
        @Option(help: "The menu week (default: the window's week of the cycle).") var week: Int?
        @Option(name: .customLong("on-hand"), help: "Stock on hand: a CSV of food,quantity,unit.") var onHand: String?
        @Option(help: "Where to write the draft (default: suggested-<site>-w<window>.csv).") var out: String?
        @Option(help: "The food table menus name foods from.") var foods = "catalogs/foods.csv"
        @Option(help: "Language of the explanation: en or es.") var lang: Language = .english

        func run() throws {
            let db = try database.open()
            guard let found = try db.sites().first(where: { $0.id.rawValue == site }) else {
                throw ValidationError("no site \"\(site)\"; import it with `comal import sites`")
            }
            guard try db.window(OrderWindow.ID(window)) != nil else { throw StoreError.unknownWindow(OrderWindow.ID(window)) }
            let foodTable = try MenuFiles.foods(foods)
            let plan = try MenuFiles.menu(menu, foods: foodTable)
            let stock = try onHand.map { path in try OnHandReader.read(readUserFile(path), file: path, foods: foodTable) } ?? [:]
            let (order, weekNumber) = try OrderSuggestion(database: db).suggest(
                site: found, window: OrderWindow.ID(window), menu: plan, week: week, foods: foodTable, onHand: stock)
            let path = out ?? "suggested-\(site)-w\(window).csv"
            try WholeFile.write(OrderCSV.render(order.lines.map { ($0.orderLine, $0.chosen.product.sku) }), to: path)
            print(SuggestedOrderText.render(order, site: found, menu: plan, week: weekNumber, language: lang))
            print(
                BilingualText(
                    english: "Wrote \(path) (\(order.lines.count) lines). Review it, then: comal import orders \(path) --window \(window)",
                    spanish: "Se escribió \(path) (\(order.lines.count) líneas). Revíselo y luego: comal import orders \(path) --window \(window)"
                ).text(in: lang))
        }
    }
}
