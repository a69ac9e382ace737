import ComalCore
import ComalStore

/// One supplier: its price list as Comal holds it, how its files are read, the upload of a new
/// price list, and (after an upload) what that list would change, for the buyer to confirm.
struct SupplierPage: Page {
    static let template = "supplier"

    struct Choice: Sendable, Encodable {
        var value, label: String
        var selected: Bool
    }

    struct Line: Sendable, Encodable {
        var sku, description, pack, casePrice, eachPrice, storage, food: String
        /// Nil when the supplier gives none, so the template shows nothing.
        var brand: String?
        var perCase: Int
        var catchWeight: Bool
    }

    /// A product the upload changes, with the sites to tell when its pack changes or it goes.
    struct Change: Sendable, Encodable {
        var sku, description, detail: String
        /// Nil when no site has it on an open order.
        var sitesOrdering: Int?
    }

    struct Section: Sendable, Encodable {
        var title: String
        var changes: [Change]
        var count: Int

        init(title: String, changes: [Change]) {
            self.title = title
            self.changes = changes
            count = changes.count
        }
    }

    /// What an uploaded price list would change, and what confirms it.
    struct Review: Sendable, Encodable {
        var file, token: String
        var sections: [Section]
        var otherwiseChanged, unchanged: Int
    }

    /// A product whose price changed, with its prices by day.
    struct History: Sendable, Encodable {
        var sku, description, prices: String
    }

    var chrome: Chrome
    var l: SupplierLabels
    var name, path, deliveryFee, minimumOrder: String
    var history: [History]
    var hasHistory: Bool
    var layouts: [Choice]
    var lines: [Line]
    var productCount: Int
    var review: Review?
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        supplier: Supplier, products: [Product], history: [String: [PriceOnDay]], review: (file: String, token: String, changes: CatalogChanges)?, notice: String?,
        problems: [String], context: WebContext
    ) {
        let language = context.language
        l = SupplierLabels(language)
        chrome = Chrome(title: supplier.name, context: context)
        name = supplier.name
        path = "/buyer/suppliers/\(supplier.id)"
        deliveryFee = supplier.deliveryFee.formatted
        minimumOrder = supplier.minimumOrder.formatted
        layouts =
            [Choice(value: "auto", label: l.layoutAuto, selected: supplier.catalogLayout == nil)]
            + CatalogLayout.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: supplier.catalogLayout == $0) }
        let l = self.l
        lines = products.map {
            Line(
                sku: $0.sku, description: $0.description, pack: $0.pack.description,
                casePrice: $0.casePrice.formatted, eachPrice: $0.eachPrice?.formatted ?? "—", storage: $0.storage.rawValue,
                food: $0.food.isEmpty ? l.noFood : $0.food, brand: $0.brand.isEmpty ? nil : $0.brand, perCase: $0.pack.eachesPerCase, catchWeight: $0.isCatchWeight)
        }
        productCount = products.count
        self.history = products.compactMap { product in
            guard let prices = history[product.sku] else { return nil }
            return History(
                sku: product.sku, description: product.description,
                prices: prices.suffix(6).map { "\(LocalizedFormat.shortDate($0.day, language)) \($0.casePrice.formatted)" }
                    .joined(separator: " → "))
        }
        hasHistory = !self.history.isEmpty
        self.review = review.map { Self.changesReview($0.file, $0.token, $0.changes, l) }
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }

    private static func changesReview(_ file: String, _ token: String, _ changes: CatalogChanges, _ l: SupplierLabels) -> Review {
        func change(_ change: CatalogChanges.Change, _ detail: String) -> Change {
            Change(
                sku: change.sku, description: change.description, detail: detail,
                sitesOrdering: changes.sitesOrdering[change.sku].flatMap { $0 > 0 ? $0 : nil })
        }
        let sections = [
            Section(
                title: l.newProducts,
                changes: changes.added.map { Change(sku: $0.sku, description: $0.description, detail: "\($0.pack), \($0.casePrice.formatted)", sitesOrdering: nil) }),
            Section(title: l.priceUp, changes: changes.priceUp.map { change($0, $0.priceText) }),
            Section(title: l.priceDown, changes: changes.priceDown.map { change($0, $0.priceText) }),
            Section(title: l.packChanged, changes: changes.packChanged.map { change($0, "\($0.before.pack) → \($0.after.pack)") }),
            Section(
                title: l.gone,
                changes: changes.gone.map {
                    Change(sku: $0.sku, description: $0.description, detail: "\($0.pack), \($0.casePrice.formatted)", sitesOrdering: changes.sitesOrdering[$0.sku].flatMap { $0 > 0 ? $0 : nil })
                }),
        ].filter { !$0.changes.isEmpty }
        return Review(file: file, token: token, sections: sections, otherwiseChanged: changes.otherwiseChanged, unchanged: changes.unchanged)
    }
}
