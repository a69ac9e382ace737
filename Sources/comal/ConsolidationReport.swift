import ComalCore

/// What the buyer reads in the terminal after consolidating: per supplier and per site, in short.
struct ConsolidationReport {
    let consolidation: Consolidation
    let sites: [Site]

    init(_ consolidation: Consolidation, sites: [Site]) {
        self.consolidation = consolidation
        self.sites = sites
    }

    var text: String {
        var lines: [String] = []
        for purchase in consolidation.purchases {
            let bought = purchase.lines.filter { $0.dropped == nil }
            let cases = bought.map(\.purchase.cases).reduce(0, +)
            let eaches = bought.map(\.purchase.splitEaches).reduce(0, +)
            var line =
                "\(purchase.supplier.name): \(bought.count) products, \(cases) cases + \(eaches) eaches, goods \(purchase.goodsTotal.formatted), delivery \(purchase.deliveryFee.formatted)"
            if purchase.isBelowMinimumOrder {
                line += "  ⚠ below the minimum order of \(purchase.supplier.minimumOrder.formatted)"
            }
            lines.append(line)
            for dropped in purchase.lines where dropped.dropped != nil {
                lines.append(
                    "  dropped \(dropped.product.sku) \(dropped.product.description): \(dropped.dropped!.explanation.english)")
            }
            let tiers = bought.filter { $0.tierReached != nil }.count
            if tiers > 0 { lines.append("  \(tiers) products reached a price tier") }
            for line in bought {
                let filled = line.allocations.map(\.fromTolerance).reduce(0, +)
                let short = line.allocations.map(\.shortAtPurchase).reduce(0, +)
                if filled > 0 {
                    lines.append("  \(line.product.sku) \(line.product.description): tolerance took \(filled) to fill a case")
                }
                if short > 0 {
                    lines.append("  \(line.product.sku) \(line.product.description): \(short) short, a partial case not bought")
                }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: sites.map { ($0.id, $0.name) })
        lines.append("")
        lines.append("Site      Total        Saved        Name")
        for invoice in consolidation.invoices {
            let id = invoice.site.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            lines.append("\(id) \(pad(invoice.total.formatted)) \(pad(invoice.savings.formatted)) \(names[invoice.site] ?? "")")
        }
        let total = consolidation.invoices.map(\.total).sum()
        let saved = consolidation.invoices.map(\.savings).sum()
        lines.append("All sites \(pad(total.formatted)) \(pad(saved.formatted))")
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String) -> String {
        String(repeating: " ", count: max(0, 12 - text.count)) + text
    }
}

/// What the buyer reads after recording receiving: which lines came short and who is credited.
struct ReceivingReport {
    let receipts: [Receipt]
    let consolidation: Consolidation

    var text: String {
        let lines = consolidation.purchases.flatMap(\.lines)
        return receipts.compactMap { receipt -> String? in
            guard let line = lines.first(where: { $0.product.id == receipt.product }) else { return nil }
            let missing = line.boughtEaches - receipt.receivedEaches
            let credited = line.allocations.filter { $0.credit > .zero }
                .map { "\($0.recipient) \($0.credit.formatted)" }.joined(separator: ", ")
            return
                "\(line.product.sku) \(line.product.description): \(receipt.reason.rawValue), received \(receipt.receivedEaches) of \(line.boughtEaches)"
                + (missing > 0 ? "; credits \(line.credit.formatted): \(credited)" : "")
        }.joined(separator: "\n")
    }
}
