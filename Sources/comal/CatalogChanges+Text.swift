import ComalCore
import ComalStore

// How `comal import catalog --dry-run` shows a catalog file against the supplier's catalog.

extension CatalogChanges {
    /// One section per kind of change, each product on a line, and the counts of the rest.
    func text(file: String, supplier: String) -> String {
        var lines = ["\(file) against \(supplier)'s catalog:"]
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("  \(title) (\(items.count)):")
            lines += items.map { "    " + $0 }
        }
        section("new", added.map { "\($0.sku) \($0.description), \($0.pack), \($0.casePrice.formatted)" })
        section("price up", priceUp.map(Self.price))
        section("price down", priceDown.map(Self.price))
        section(
            "pack changed",
            packChanged.map { "\($0.sku) \($0.description): \($0.before.pack) → \($0.after.pack)" + ordering($0.sku) })
        section(
            "not in the file (kept while open orders may name them)",
            gone.map { "\($0.sku) \($0.description), \($0.pack), \($0.casePrice.formatted)" + ordering($0.sku) })
        if otherwiseChanged > 0 { lines.append("  otherwise changed (description, storage, food, allergens, tiers or each price): \(otherwiseChanged)") }
        lines.append("  unchanged: \(unchanged)")
        lines.append("Nothing was imported (--dry-run).")
        return lines.joined(separator: "\n")
    }

    /// What the buyer must tell the sites that ordered a product whose pack changes or that goes.
    func ordering(_ sku: String) -> String {
        guard let sites = sitesOrdering[sku], sites > 0 else { return "" }
        return " — on the open orders of \(sites) site\(sites == 1 ? "" : "s"): tell \(sites == 1 ? "it" : "them")"
    }

    /// `BN-10 Pinto beans: $42.00 → $44.10 (+5.0%)`.
    private static func price(_ change: Change) -> String { "\(change.sku) \(change.description): \(change.priceText)" }

    /// After an import: the products it repacked or that the file dropped while sites have them on
    /// an open order, which the buyer must tell those sites about; empty when there are none.
    var flaggedText: String {
        let flagged =
            packChanged.filter { (sitesOrdering[$0.sku] ?? 0) > 0 }.map { "  \($0.sku) \($0.description): pack \($0.before.pack) → \($0.after.pack)" + ordering($0.sku) }
            + gone.filter { (sitesOrdering[$0.sku] ?? 0) > 0 }.map { "  \($0.sku) \($0.description): not in the file" + ordering($0.sku) }
        guard !flagged.isEmpty else { return "" }
        return (["Check with the sites:"] + flagged).joined(separator: "\n")
    }
}
