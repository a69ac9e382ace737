import ComalCore
import Foundation

/// Why an order cannot start from an earlier week's.
public enum RepeatOrderError: ExplainedError, Equatable, Sendable {
    case noEarlierOrder(Site.ID)

    public var explanation: BilingualText {
        switch self {
        case .noEarlierOrder(let site):
            BilingualText(
                english: "\(site) has no order in an earlier week to start from; add the lines, or draft them from the menu",
                spanish: "\(site) no tiene un pedido de una semana anterior para empezar; agregue las líneas o sugiéralas del menú")
        }
    }
}

extension AppDatabase {
    /// Starts a site's order in `window` from its order of an earlier week (the latest before it
    /// with lines, unless `from` names one): the lines, quantities, units and tolerances, replacing
    /// the order through the order import, with its checks and its rule of who may change it when.
    /// Returns the week copied and what the import did.
    public func repeatOrder(
        site: Site.ID, into window: OrderWindow.ID, from source: OrderWindow.ID? = nil, now: LocalDateTime, buyer: String?,
        basedOn expected: ContentVersion? = nil
    ) throws -> (from: OrderWindow, summary: OrderImportSummary) {
        let (earlier, csv) = try reading {
            guard let target = try self.window(window) else { throw StoreError.unknownWindow(window) }
            let candidates = try windows().filter { $0.delivery < target.delivery && (source == nil || $0.id == source) }
                .sorted { $0.delivery > $1.delivery }
            let skus = Dictionary(try products().map { ($0.id, $0.sku) }, uniquingKeysWith: { first, _ in first })
            for candidate in candidates {
                let lines = try orderLines(window: candidate.id, site: site)
                guard !lines.isEmpty else { continue }
                let sorted = lines.sorted { (skus[$0.product] ?? "") < (skus[$1.product] ?? "") }
                return (candidate, OrderCSV.render(sorted.map { ($0, skus[$0.product] ?? "\($0.product)") }))
            }
            throw RepeatOrderError.noEarlierOrder(site)
        }
        let summary = try importOrders(
            csv: csv, file: "the order of \(earlier.delivery)", window: window, now: now, buyer: buyer, site: site, basedOn: expected)
        return (earlier, summary)
    }
}
