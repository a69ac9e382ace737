import ComalCore
import ComalStore

/// The buyer's board of a window, as the window page and the API both show it: which sites have
/// ordered and submitted, what would fill each product's last case under the alliance's rule, and
/// the consolidation once there is one.
///
/// It reads what it shows and no more, with as many statements for 2,000 sites as for 2: line counts
/// and sums rather than the lines, and the stored consolidation's lines and invoices rather than its
/// allocations, since the board is watched all week and reloads itself while sites order.
public struct WindowBoard: Sendable {
    public let window: OrderWindow
    public let sites: [Site]
    /// How many order lines each site has; a site with none is left out.
    public let lineCounts: [Site.ID: Int]
    public let submissions: [Site.ID: LocalDateTime]
    /// Empty unless the window is open: topping up only helps while sites can still order.
    public let topUps: [CaseTopUp]
    public let consolidation: ConsolidationSummary?

    /// Reads the board; a caller that has just read the week's consolidation passes it.
    public init(window: OrderWindow, database: AppDatabase, consolidation known: ConsolidationSummary? = nil) throws {
        self.window = window
        sites = try database.sites()
        lineCounts = try database.orderLineCounts(window: window.id)
        submissions = try database.submissions(window: window.id)
        topUps =
            window.state == .open
            ? try CaseTopUp.compute(
                products: try database.products(window: window.id), totals: try database.orderTotals(window: window.id),
                rule: try database.consolidationRule()) : []
        consolidation = try known ?? database.consolidationSummary(window: window.id)
    }
}
