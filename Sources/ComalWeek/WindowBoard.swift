import ComalCore
import ComalStore

/// The buyer's board of a window, as the window page and the API both show it: which sites have
/// ordered and submitted, what would fill each product's last case under the alliance's rule, and
/// the consolidation once there is one.
public struct WindowBoard: Sendable {
    public let window: OrderWindow
    public let sites: [Site]
    public let orders: [SiteOrderLine]
    public let submissions: [Site.ID: LocalDateTime]
    public let topUps: [CaseTopUp]
    public let consolidation: Consolidation?

    /// Reads the board; a caller that has just computed the week's consolidation passes it, since
    /// computing it is most of the cost.
    public init(window: OrderWindow, database: AppDatabase, consolidation known: Consolidation? = nil) throws {
        self.window = window
        sites = try database.sites()
        orders = try database.orderLines(window: window.id)
        submissions = try database.submissions(window: window.id)
        topUps = CaseTopUp.compute(
            products: try database.products(window: window.id), orders: orders, rule: try database.consolidationRule())
        consolidation = try known ?? database.consolidation(window: window.id)
    }
}
