import ComalCore
import ComalStore

/// The buyer's board of a window, as the window page and the API both show it: which sites have
/// ordered and submitted, what would fill each product's last case under the alliance's rule, and
/// the consolidation once there is one.
///
/// It reads what it shows and no more, with as many statements for 2,000 sites as for 2: the page
/// of sites it shows, line counts and sums rather than the lines, and the stored consolidation's
/// lines and invoices rather than its allocations, since the board is watched all week and reloads
/// itself while sites order.
public struct WindowBoard: Sendable {
    public let window: OrderWindow
    /// The sites shown (one page of them, or all), with their line counts and submissions, and
    /// how many sites and submissions there are in all.
    public let sites: BoardSites
    /// Empty unless the window is open: topping up only helps while sites can still order.
    public let topUps: [CaseTopUp]
    public let consolidation: ConsolidationSummary?

    /// Reads the board with page `page` of its sites, `sitesPerPage` to a page (all of them when
    /// nil); a caller that has just read the week's consolidation passes it.
    public init(
        window: OrderWindow, database: AppDatabase, page: Int = 1, sitesPerPage: Int? = nil,
        consolidation known: ConsolidationSummary? = nil
    ) throws {
        self.window = window
        sites = try database.boardSites(window: window.id, page: page, limit: sitesPerPage)
        topUps = try Self.topUps(window, database: database)
        consolidation = try known ?? database.consolidationSummary(window: window.id)
    }

    /// What would fill each product's last case, from the window's sums; none unless it is open.
    public static func topUps(_ window: OrderWindow, database: AppDatabase) throws -> [CaseTopUp] {
        guard window.state == .open else { return [] }
        return try CaseTopUp.compute(
            products: try database.products(window: window.id), totals: try database.orderTotals(window: window.id),
            rule: try database.consolidationRule())
    }
}
