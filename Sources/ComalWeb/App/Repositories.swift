import ComalCore
import ComalSheets
import ComalStore
import ComalWeek
import Foundation

/// What the login pages and the session middleware need of the database.
protocol AccountRepository: Sendable {
    func accountForLogin(username: String) throws -> (account: Account, passwordHash: String)?
    func startSession(id: String, csrfToken: String, username: String, now: Date, expiresAt: Date) throws
    func session(id: String, now: Date, idleSince: Date) throws -> Session?
    func endSession(id: String, now: Date) throws
    func recordLoginFailure(username: String, address: String, at instant: Date) throws
    func loginFailures(username: String, address: String, since: Date) throws -> LoginFailures
    func clearLoginFailures(username: String) throws
    func setLanguage(_ language: Language, username: String) throws
}

/// What every page about a week reads.
protocol WeekRepository: Sendable {
    /// Runs `body`, a page's reads, in one read transaction.
    func reading<T>(_ body: () throws -> T) throws -> T
    /// Throws when the database cannot be read, for the health check.
    func checkReadable() throws
    func sites() throws -> [Site]
    func site(_ id: Site.ID) throws -> Site?
    func windows() throws -> [OrderWindow]
    func window(_ id: OrderWindow.ID) throws -> OrderWindow?
    func products(window id: OrderWindow.ID) throws -> [Product]
    func products(window: OrderWindow, ids: Set<Product.ID>) throws -> [Product]
    func orderLines(window: OrderWindow.ID) throws -> [SiteOrderLine]
    func orderLines(window: OrderWindow.ID, site: Site.ID) throws -> [SiteOrderLine]
    func submissions(window id: OrderWindow.ID) throws -> [Site.ID: LocalDateTime]
    func submission(window id: OrderWindow.ID, site: Site.ID) throws -> LocalDateTime?
    func siteOrder(window id: OrderWindow.ID, site: Site.ID) throws -> SiteOrder
    func consolidation(window id: OrderWindow.ID) throws -> Consolidation?
    func siteInvoice(window id: OrderWindow.ID, site: Site.ID) throws -> SiteInvoice?
    func localDateTime(at instant: Date) throws -> LocalDateTime
    func allianceClock(at instant: Date) throws -> AllianceClock
    func consolidationRule() throws -> CaseRoundingRule
    /// Lines the upgrade took out of a window because they could not be real.
    func setAsideLines(window: OrderWindow.ID) throws -> [SetAsideOrderLine]
    /// Savings by week, of the alliance (`site` nil) or of one site.
    func weeklySavings(site: Site.ID?) throws -> [WeekSavings]
}

/// What a director changes: their own site's order.
protocol SiteRepository: WeekRepository {
    func setOrderLine(
        site: Site.ID, window id: OrderWindow.ID, sku: String, quantity: Int, unit: SiteOrderLine.Unit, tolerance: Int,
        now: LocalDateTime, buyer: String?, source: String, basedOn expected: ContentVersion?) throws
    func importOrders(
        csv: String, file: String, window id: OrderWindow.ID, now: LocalDateTime, buyer: String?, site onlySite: Site.ID?,
        basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary
    func submitOrder(
        site: Site.ID, window id: OrderWindow.ID, actor: String, now: LocalDateTime, basedOn expected: ContentVersion?) throws
    func repeatOrder(
        site: Site.ID, into window: OrderWindow.ID, from source: OrderWindow.ID?, now: LocalDateTime, buyer: String?,
        basedOn expected: ContentVersion?
    ) throws -> (from: OrderWindow, summary: OrderImportSummary)
    func standingOrders(site: Site.ID) throws -> [StandingOrder]
    func saveStandingOrder(site: Site.ID, name: String, from window: OrderWindow.ID, actor: String, now: LocalDateTime) throws
    func startFromStandingOrder(
        site: Site.ID, name: String, into window: OrderWindow.ID, now: LocalDateTime, buyer: String?, basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary
    /// The alliance's kitchens, so that a satellite's home links to its meals from the kitchen.
    func kitchens() throws -> [Kitchen]
}

/// What the menu pages read and change: a site's own copies of its menus, the food table they name
/// foods from, and the catalogs for allergens and suggested orders.
protocol MenuRepository: WeekRepository, JobRepository {
    func foods() throws -> [Food.ID: Food]?
    func produceSeasons() throws -> [ProduceSeason]
    /// A stored menu read against the stored food table.
    func menu(_ stored: SiteMenu) throws -> Menu
    func siteMenus(site: Site.ID) throws -> [SiteMenu]
    func siteMenu(site: Site.ID, menu: Menu.ID) throws -> SiteMenu?
    @discardableResult
    func saveSiteMenu(
        site: Site.ID, menu id: Menu.ID, yaml: String, now: LocalDateTime, actor: String, detail: String,
        basedOn expected: ContentVersion?
    ) throws -> Menu
    func allProducts() throws -> [Product]
    func suppliers() throws -> [Supplier]
    /// The order a menu week suggests, and the week it was drawn from (`OrderSuggestion`).
    func suggestOrder(
        site: Site, window: OrderWindow.ID, menu: Menu, week: Int?, foods: [Food.ID: Food], onHand: [Food.ID: Quantity]
    ) throws -> (order: SuggestedOrder, week: Int)
    func replaceOrder(
        of site: Site.ID, window: OrderWindow.ID, with order: SuggestedOrder, now: LocalDateTime,
        basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary
    /// The stored CACFP rates and a site's claiming terms, for a menu's margin.
    func reimbursementRates() throws -> [ReimbursementRate]
    func claimingTerms(site: Site.ID) throws -> ClaimingTerms?
    /// Substitutes for a food on a site's menu, and making one (`MenuSubstitution`).
    func substitutes(site: Site.ID, menu: Menu.ID, food: Food.ID, asOf: CalendarDate) throws -> [Substitution]
    /// The foods the site's menus serve that its last received delivery brought short.
    func shortAtReceiving(site: Site.ID) throws -> [MenuSubstitution.ShortAtReceiving]
    func substitute(
        site: Site.ID, menu: Menu.ID, food: Food.ID, with substitute: Food.ID, reason: String, actor: String, now: LocalDateTime
    ) throws
}

/// What the buyer changes: windows, the consolidation and receiving.
/// The buyer's long work, stored as jobs (`JobRunner`).
protocol JobRepository: Sendable {
    func startJob(_ kind: Job.Kind, window id: OrderWindow.ID, actor: String, now: LocalDateTime) throws -> Job
    func startJob(_ kind: Job.Kind, site id: Site.ID, actor: String, now: LocalDateTime) throws -> Job
    func reportProgress(of id: Job.ID, done: Int, total: Int, step: String) throws
    func finishJob(_ id: Job.ID, now: LocalDateTime, error: BilingualText?) throws
    func job(_ id: Job.ID) throws -> Job?
}

protocol BuyerRepository: WeekRepository, JobRepository {
    /// The window's board (`WindowBoard`) with page `page` of its sites, `sitesPerPage` to a page
    /// (all when nil), and the consolidation a caller has just read if any.
    func windowBoard(
        _ window: OrderWindow, page: Int, sitesPerPage: Int?, consolidation known: ConsolidationSummary?
    ) throws -> WindowBoard
    /// What would fill each product's last case; none unless the window is open.
    func caseTopUps(_ window: OrderWindow) throws -> [CaseTopUp]
    /// What the board shows of the window's stored consolidation; nil before one is saved.
    func consolidationSummary(window id: OrderWindow.ID) throws -> ConsolidationSummary?
    func openWindow(delivery: CalendarDate, cutoff: LocalDateTime) throws -> OrderWindow
    func closeWindow(_ id: OrderWindow.ID, now: LocalDateTime, force: Bool, actor: String) throws -> OrderWindow
    func consolidateWeek(
        window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String, language: Language,
        progress: (JobProgress) throws -> Void
    ) throws -> WeeklyCycle.Result
    func receiveWeek(
        csv: String, file: String, window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String,
        language: Language, progress: (JobProgress) throws -> Void
    ) throws -> (receipts: [Receipt], week: WeeklyCycle.Result)
    func receiveWeek(
        _ entries: [ReceiptEntry], source: String, window: OrderWindow.ID, actor: String, now: LocalDateTime,
        directory: String, language: Language, progress: (JobProgress) throws -> Void
    ) throws -> (receipts: [Receipt], week: WeeklyCycle.Result)
    /// What `receiveWeek` would refuse of a file or of entries, without recording anything.
    func checkReceipts(csv: String, file: String, window id: OrderWindow.ID) throws
    func checkReceipts(_ entries: [ReceiptEntry], source: String, window id: OrderWindow.ID) throws
    /// What `receiveWeights` would refuse of a weights file, without recording anything.
    func checkWeights(csv: String, file: String, window id: OrderWindow.ID) throws
    func receiveWeights(
        csv: String, file: String, window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String,
        language: Language, progress: (JobProgress) throws -> Void
    ) throws
    /// Sites, catalogs and every week's orders, invoices, receipts and lots as one zip of CSVs.
    func exportArchive() throws -> Data
}

extension AppDatabase: AccountRepository, SiteRepository, BuyerRepository, MenuRepository {
    func allProducts() throws -> [Product] { try products() }

    func suggestOrder(
        site: Site, window: OrderWindow.ID, menu: Menu, week: Int?, foods: [Food.ID: Food], onHand: [Food.ID: Quantity]
    ) throws -> (order: SuggestedOrder, week: Int) {
        try OrderSuggestion(database: self).suggest(
            site: site, window: window, menu: menu, week: week, foods: foods, onHand: onHand)
    }

    func replaceOrder(
        of site: Site.ID, window: OrderWindow.ID, with order: SuggestedOrder, now: LocalDateTime,
        basedOn expected: ContentVersion?
    ) throws -> OrderImportSummary {
        try OrderSuggestion(database: self).replaceOrder(of: site, window: window, with: order, now: now, basedOn: expected)
    }

    func windowBoard(
        _ window: OrderWindow, page: Int, sitesPerPage: Int?, consolidation known: ConsolidationSummary?
    ) throws -> WindowBoard {
        try WindowBoard(window: window, database: self, page: page, sitesPerPage: sitesPerPage, consolidation: known)
    }

    func caseTopUps(_ window: OrderWindow) throws -> [CaseTopUp] {
        try WindowBoard.topUps(window, database: self)
    }

    func consolidateWeek(
        window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String, language: Language,
        progress: (JobProgress) throws -> Void
    ) throws -> WeeklyCycle.Result {
        try WeeklyCycle(database: self, window: window)
            .consolidate(actor: actor, now: now, directory: directory, language: language, progress: progress)
    }

    /// Records the receipts, then consolidates again so invoices and workbooks show the credits;
    /// returns both, so a caller shows the new invoices without computing them again.
    func receiveWeek(
        csv: String, file: String, window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String,
        language: Language, progress: (JobProgress) throws -> Void
    ) throws -> (receipts: [Receipt], week: WeeklyCycle.Result) {
        try WeeklyCycle(database: self, window: window).receive(
            csv: csv, file: file, actor: actor, now: now, directory: directory, language: language, progress: progress)
    }

    func receiveWeights(
        csv: String, file: String, window: OrderWindow.ID, actor: String, now: LocalDateTime, directory: String,
        language: Language, progress: (JobProgress) throws -> Void
    ) throws {
        _ = try WeeklyCycle(database: self, window: window).receiveWeights(
            csv: csv, file: file, actor: actor, now: now, directory: directory, language: language, progress: progress)
    }

    func receiveWeek(
        _ entries: [ReceiptEntry], source: String, window: OrderWindow.ID, actor: String, now: LocalDateTime,
        directory: String, language: Language, progress: (JobProgress) throws -> Void
    ) throws -> (receipts: [Receipt], week: WeeklyCycle.Result) {
        try WeeklyCycle(database: self, window: window).receive(
            entries, source: source, actor: actor, now: now, directory: directory, language: language, progress: progress)
    }
}
