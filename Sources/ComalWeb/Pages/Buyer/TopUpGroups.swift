import ComalCore
import ComalWeek

/// The window's case top-ups as the buyer reads them: products the sites would go short of unless
/// they order more, then part cases that are bought anyway (as eaches, or rounded up to the hub),
/// then full ones; empty groups are left out.
struct TopUpGroups {
    struct Row: Sendable, Encodable {
        var sku, description, pack: String
        var ordered, tolerance, toFill: Int
        var full: Bool
        /// What becomes of the part case if no site tops up, in words.
        var ifNotFilled: String?
        /// The sites go short unless someone tops up: shown first, and marked.
        var urgent: Bool
    }

    /// One list of products by what becomes of their last case.
    struct Group: Sendable, Encodable {
        /// Where the top-ups page shows it (`#short`), for the board's links.
        var anchor: String
        var summary: String
        var rows: [Row]
    }

    /// Each nil when no product is in it.
    let short, bought, full: Group?

    /// The groups there are, in that order.
    var groups: [Group] { [short, bought, full].compactMap(\.self) }

    init(_ topUps: [CaseTopUp], language: Language) {
        let t = Labels.of(language)
        let rows = topUps.map {
            Row(
                sku: $0.product.sku, description: $0.product.description, pack: $0.product.pack.description,
                ordered: $0.orderedEaches, tolerance: $0.tolerance, toFill: $0.eachesToFill, full: $0.remainder == nil,
                ifNotFilled: $0.remainder.map { Labels.ifNotFilled($0).text(in: language) },
                urgent: $0.remainder == .notBought || $0.remainder == .belowMinimum)
        }
        func group(_ anchor: String, _ rows: [Row], _ summary: (Int) -> String) -> Group? {
            rows.isEmpty ? nil : Group(anchor: anchor, summary: summary(rows.count), rows: rows)
        }
        short = group("short", rows.filter(\.urgent)) { Labels.shortCases($0).text(in: language) }
        bought = group("bought", rows.filter { !$0.full && !$0.urgent }) { Labels.boughtPartCases($0).text(in: language) }
        full = group("full", rows.filter(\.full)) { "\(t.fullCases) (\($0))" }
    }
}
