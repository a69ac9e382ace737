import ComalCore

/// The buyer's suppliers: each one's terms, how many products it lists and how its files are
/// read, and the form to add one.
struct SuppliersPage: Page {
    static let template = "suppliers"

    struct Row: Sendable, Encodable {
        var name, path, deliveryFee, minimumOrder, layout: String
        var products: Int
    }

    var chrome: Chrome
    var l: SupplierLabels
    var rows: [Row]
    var hasRows: Bool
    /// Products without a food yet, linked to where the buyer names them; nil when none.
    var unmapped: Int?
    var notice: String?
    var problems: [String]
    var hasProblems: Bool

    init(
        suppliers: [Supplier], productCounts: [Supplier.ID: Int], unmapped: Int, notice: String?, problems: [String],
        context: WebContext
    ) {
        let l = SupplierLabels(context.language)
        self.l = l
        chrome = Chrome(title: l.suppliers, context: context)
        rows = suppliers.map {
            Row(
                name: $0.name, path: "/buyer/suppliers/\($0.id)", deliveryFee: $0.deliveryFee.formatted,
                minimumOrder: $0.minimumOrder.formatted, layout: $0.catalogLayout?.rawValue ?? l.layoutAuto,
                products: productCounts[$0.id] ?? 0)
        }
        hasRows = !rows.isEmpty
        self.unmapped = unmapped > 0 ? unmapped : nil
        self.notice = notice
        self.problems = problems
        hasProblems = !problems.isEmpty
    }
}
