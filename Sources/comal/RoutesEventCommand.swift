import ArgumentParser
import ComalCore
import ComalStore
import ComalWeek

extension DeliveryEvent.Kind: ExpressibleByArgument {}
extension DeliveryException.Reason: ExpressibleByArgument {}

/// `comal routes event`: records what happened at a stop. An exception takes the goods off the
/// site's allocation and credits it, so the invoice changes at the next `comal consolidate`.
struct RoutesEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Record a stop event: arrived, delivered, or exception (with --sku, --quantity, --reason).")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The window id.") var window: Int64
    @Option(help: "The site id of the stop.") var site: String
    @Argument(help: "arrived, delivered or exception.") var kind: DeliveryEvent.Kind
    @Option(help: "The SKU of the goods not kept (exception).") var sku: String?
    @Option(help: "Eaches not kept (exception).") var quantity: Int?
    @Option(help: "short, damaged or refused (exception).") var reason: DeliveryException.Reason?
    @Option(help: "What happened, in a few words (kept with the event).") var note: String?
    @Option(help: "Who reports it (default: the alliance's buyer).") var by: String?

    func run() throws {
        let db = try database.open()
        var goods: DeliveryDay.Goods?
        if kind == .exception {
            guard let sku, let quantity, quantity > 0, let reason else { throw DeliveryCommandError.exceptionNeedsGoods }
            goods = DeliveryDay.Goods(sku: sku, eaches: quantity, reason: reason)
        } else if sku != nil || quantity != nil || reason != nil {
            throw DeliveryCommandError.goodsOnlyForExceptions
        }
        let event = try DeliveryDay(database: db, window: OrderWindow.ID(window)).record(
            kind, at: Site.ID(site), goods: goods, note: note, actor: try actorName(by, in: db), now: try localNow(in: db))
        print(
            "\(event.at) \(site) \(kind.rawValue)"
                + (event.exception.map { " \(sku ?? "") \($0.eaches) \($0.reason.rawValue)" } ?? ""))
        if event.exception != nil { print("Run comal consolidate --window \(window) to rewrite the invoices with the credit.") }
    }
}
